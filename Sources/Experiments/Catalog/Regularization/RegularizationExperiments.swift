/// The `reg.*` experiments, in the order the lessons use them.
enum RegularizationExperiments {
    static let all: [any Experiment] = [
        L2Penalty(),
        L1VersusL2(),
        ConstraintGeometry(),
        WeightDecayVersusL2(),
        EarlyStoppingPatience(),
        Augmentation2D(),
        LabelSmoothing(),
        SmoothingConventions(),
    ]
}
