/// The `dropout.*` experiments, in the order the lessons use them.
enum DropoutExperiments {
    static let all: [any Experiment] = [
        KeepProbability(),
        DropoutScaling(),
        MonteCarloSpread(),
    ]
}
