/// Words of the `biasvar.*` experiments (bias and variance).
protocol BiasVarianceStrings {

    // Shared by the biasvar.* experiments
    var labelNoise: KnobText { get }
    func diagnosis(_ diagnosis: BiasVarianceDiagnosis) -> String

    // biasvar.capacity
    var capacityTitle: String { get }
    var capacitySummary: String { get }
    var devError: String { get }
    func capacityChartTitle(_ count: Int, _ noise: String) -> String
    var degreeAxis: String { get }
    func noiseFloorLabel(_ noise: String) -> String
    func capacityTableTitle(_ noise: String) -> String
    var capacityColumns: [String] { get }
    func capacityAtDegrees(_ diagnosis: String, _ degrees: String, plural: Bool) -> String
    func capacityOverview(_ noise: String, _ summary: String) -> String
    func capacityTrend(_ firstTrain: String, _ lastTrain: String, _ lastDegree: Int, _ bestDegree: Int, _ bestDev: String, _ lastDev: String) -> String
    func capacityBest(_ train: String, _ dev: String, _ bias: String, _ variance: String, _ diagnosis: String) -> String
    /// Why an avoidable bias can be negative.
    var belowNoiseFloor: String { get }
    func capacityUnclear(_ degrees: String, plural: Bool, _ trainCount: Int) -> String

    // biasvar.data-size
    var curvesTitle: String { get }
    var curvesSummary: String { get }
    func curvesModel(large: Bool, _ degree: Int) -> String
    func curvesTrain(_ model: String) -> String
    func curvesDev(_ model: String) -> String
    func curvesChartTitle(_ noise: String) -> String
    var trainingExamplesAxis: String { get }
    var noiseFloor: String { get }
    var curvesTableTitle: String { get }
    var examplesColumn: String { get }
    func curvesModelColumn(large: Bool) -> String
    var largeGapColumn: String { get }
    func curvesSmall(_ size: Int, _ train: String, _ dev: String, _ aboveFloor: String, _ firstSize: Int, _ firstDev: String, clearlyBiased: Bool) -> String
    func curvesLarge(_ firstGap: String, _ firstSize: Int, _ lastGap: String, _ lastSize: Int, _ firstDev: String, _ lastDev: String) -> String
}
