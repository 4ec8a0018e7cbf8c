/// The `biasvar.*` experiments, in the order the lessons use them.
enum BiasVarianceExperiments {
    static let all: [any Experiment] = [
        CapacitySweep(),
        LearningCurves(),
    ]
}
