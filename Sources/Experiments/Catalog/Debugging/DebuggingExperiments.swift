/// The `debug.*` experiments, in the order the lessons use them.
enum DebuggingExperiments {
    static let all: [any Experiment] = [
        OverfitTiny(),
        UpdateRatio(),
        Exploding(),
        Saturation(),
        ReadOutputs(),
    ]
}
