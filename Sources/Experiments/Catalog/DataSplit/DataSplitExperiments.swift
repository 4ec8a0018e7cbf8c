/// The `split.*` experiments, in the order the lessons use them.
enum DataSplitExperiments {
    static let all: [any Experiment] = [
        SplitRatios(),
        DevSetSize(),
        DistributionMismatch(),
    ]
}
