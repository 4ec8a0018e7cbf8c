extension EnglishStrings {
    // Shared by the biasvar.* experiments
    var labelNoise: KnobText { KnobText("label noise", "share of labels flipped at random: the best error any model can reach") }
    func diagnosis(_ diagnosis: BiasVarianceDiagnosis) -> String { diagnosis.rawValue }

    // biasvar.capacity
    var capacityTitle: String { "Bias and variance across model capacity" }
    var capacitySummary: String { "Train and dev error for models from a straight line to a degree-10 boundary, each labelled high bias / high variance / both / good." }
    var devError: String { "dev error" }
    func capacityChartTitle(_ count: Int, _ noise: String) -> String { "Error against capacity (\(count) training examples, \(noise) labels flipped)" }
    var degreeAxis: String { "polynomial degree" }
    func noiseFloorLabel(_ noise: String) -> String { "noise floor \(noise)" }
    func capacityTableTitle(_ noise: String) -> String { "Each model against the noise floor of \(noise)" }
    var capacityColumns: [String] { ["degree", "features", "train", "dev", "avoidable bias", "variance", "diagnosis"] }
    func capacityAtDegrees(_ diagnosis: String, _ degrees: String, plural: Bool) -> String { "\(diagnosis) at degree\(plural ? "s" : "") \(degrees)" }
    func capacityOverview(_ noise: String, _ summary: String) -> String { "Against a noise floor of \(noise): \(summary)." }
    func capacityTrend(_ firstTrain: String, _ lastTrain: String, _ lastDegree: Int, _ bestDegree: Int, _ bestDev: String, _ lastDev: String) -> String {
        "Training error falls from \(firstTrain) (degree 1) to \(lastTrain) (degree \(lastDegree)); dev error is lowest at degree "
            + "\(bestDegree) (\(bestDev)) and ends at \(lastDev)."
    }
    func capacityBest(_ train: String, _ dev: String, _ bias: String, _ variance: String, _ diagnosis: String) -> String {
        "Best model: train \(train), dev \(dev): avoidable bias \(bias), variance \(variance) (\(diagnosis))."
    }
    var belowNoiseFloor: String {
        "Its avoidable bias is negative: its training error is below the noise floor, because it has fitted some of the flipped training labels, which no model can predict on new data (the dev error cannot go below the floor)."
    }
    func capacityUnclear(_ degrees: String, plural: Bool, _ trainCount: Int) -> String {
        "Unclear at degree\(plural ? "s" : "") \(degrees): a difference above 5 pts but within 2 standard errors (±, from \(trainCount) training and 1,000 dev examples) may be sampling noise. More training examples, or the same run at more seeds, would tell."
    }

    // biasvar.data-size
    var curvesTitle: String { "Learning curves: more data against bias and variance" }
    var curvesSummary: String { "Train and dev error against training-set size for a small (linear) and a large (degree-8) model." }
    func curvesModel(large: Bool, _ degree: Int) -> String { "\(large ? "large" : "small") (degree \(degree))" }
    func curvesTrain(_ model: String) -> String { "\(model) train" }
    func curvesDev(_ model: String) -> String { "\(model) dev" }
    func curvesChartTitle(_ noise: String) -> String { "Learning curves (\(noise) labels flipped)" }
    var trainingExamplesAxis: String { "training examples" }
    var noiseFloor: String { "noise floor" }
    var curvesTableTitle: String { "Train / dev error by training-set size" }
    var examplesColumn: String { "examples" }
    func curvesModelColumn(large: Bool) -> String { "\(large ? "large" : "small") train / dev" }
    var largeGapColumn: String { "large gap" }
    func curvesSmall(_ size: Int, _ train: String, _ dev: String, _ aboveFloor: String, _ firstSize: Int, _ firstDev: String, clearlyBiased: Bool) -> String {
        "Small model with \(size) examples: train \(train), dev \(dev): the curves have met \(aboveFloor) above the noise floor. "
            + (clearlyBiased ? "High bias: " : "Not clearly high bias (within 5 points or 2 standard errors of the floor), yet ")
            + "going from \(firstSize) to \(size) examples moved its dev error only from \(firstDev) to \(dev)."
    }
    func curvesLarge(_ firstGap: String, _ firstSize: Int, _ lastGap: String, _ lastSize: Int, _ firstDev: String, _ lastDev: String) -> String {
        "Large model: the train–dev gap shrinks from \(firstGap) with \(firstSize) examples to \(lastGap) with \(lastSize); "
            + "its dev error falls from \(firstDev) to \(lastDev). More data cures variance."
    }
}
