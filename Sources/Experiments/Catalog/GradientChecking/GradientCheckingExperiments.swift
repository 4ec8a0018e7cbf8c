/// The `gradcheck.*` experiments, in the order the lessons use them.
enum GradientCheckingExperiments {
    static let all: [any Experiment] = [
        EpsilonSweep(),
        ComponentsBugLab(),
        RegularizationPenaltyCheck(),
        DropoutGradientCheck(),
        AfterTrainingCheck(),
    ]
}
