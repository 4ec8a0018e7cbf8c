/// The `init.*` experiments, in the order the lessons use them.
enum InitializationExperiments {
    static let all: [any Experiment] = [
        InitCompare(),
        InitActivations(),
        InitGradients(),
        InitResidual(),
        InitOrthogonal(),
    ]
}
