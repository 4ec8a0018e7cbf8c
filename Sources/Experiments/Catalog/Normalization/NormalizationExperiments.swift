/// The `norm.*` experiments, in the order the lessons use them.
enum NormalizationExperiments {
    static let all: [any Experiment] = [
        FeatureScales(),
        StatisticsLeak(),
    ]
}
