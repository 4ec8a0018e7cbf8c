/// Words of the `init.*` experiments (初始化).
protocol InitializationStrings {

    // Shared by the init.* experiments
    func schemeLabel(_ scheme: InitializationScheme) -> String
    var layerAxis: String { get }
    var initWeightsKnob: KnobText { get }

    // init.compare
    var compareTitle: String { get }
    var compareSummary: String { get }
    var compareInit: KnobText { get }
    func schemeLabel(_ scheme: InitCompare.Scheme) -> String
    func compareCostTitle(_ scheme: String) -> String
    var iterationAxis: String { get }
    func compareBoundaryTitle(_ iterations: Int) -> String
    func compareCosts(_ first: String, _ iterations: Int, _ final: String) -> String
    func compareAccuracy(_ train: String, _ dev: String) -> String
    func compareHugeFirstCost(_ ratio: String) -> String
    func compareWorseThanHe(_ scheme: String, _ he: String, _ gap: String, _ error: String, worse: Bool) -> String
    func compareTiedWithHe(_ scheme: String, _ he: String, _ gap: String, _ error: String) -> String
    func compareSymmetric(_ prediction: String) -> String
    func compareUnitsDiffer(_ spread: String) -> String

    // init.activations
    var activationsTitle: String { get }
    var activationsSummary: String { get }
    var activationsActivation: KnobText { get }
    var stdOfActivations: String { get }
    func stdChartTitle(_ activation: String, _ scheme: String) -> String
    var stdAxis: String { get }
    func activationsPanelsTitle(_ low: String, _ high: String) -> String
    func activationsStd(_ first: String, _ last: String, _ overall: String) -> String
    func activationsFactors(_ low: String, _ high: String, _ mean: String) -> String
    func activationsSaturated(_ share: String) -> String
    func activationsZero(_ share: String) -> String
    var activationsSaturating: String { get }
    func activationsVanishing(_ factor: String, _ last: String) -> String
    func activationsExploding(_ factor: String, _ last: String) -> String
    func activationsHealthy(_ spread: String) -> String

    // init.gradients
    var gradientsTitle: String { get }
    var gradientsSummary: String { get }
    var gradientsActivation: KnobText { get }
    func layerBar(_ layer: Int) -> String
    func gradientsChartTitle(_ activation: String, _ scheme: String) -> String
    var perHiddenLayer: String { get }
    func gradientsTrend(_ last: String, _ first: String, _ perLayer: String) -> String
    var gradientsNotFinite: String { get }
    func gradientsVanishing(_ ratio: String) -> String
    func gradientsExploding(_ ratio: String) -> String
    func gradientsLevel(_ factor: String) -> String
    func gradientsWeights(_ low: String, _ high: String) -> String

    // init.orthogonal
    var orthogonalTitle: String { get }
    var orthogonalSummary: String { get }
    var orthogonalInit: KnobText { get }
    func schemeLabel(_ scheme: InitOrthogonal.Scheme) -> String
    var minNorm: String { get }
    var medianNorm: String { get }
    var maxNorm: String { get }
    func layerFailed(_ layer: Int, _ error: String) -> String
    func orthogonalChartTitle(_ scheme: String, _ units: Int) -> String
    var startNormLabel: String { get }
    func orthogonalHistogramTitle(_ inputs: Int, _ layer: Int) -> String
    func orthogonalRange(_ layers: Int, _ low: String, _ high: String, _ median: String) -> String
    func orthogonalMeanSquare(_ value: String) -> String
    func orthogonalPreserved(_ deviation: String) -> String
    func orthogonalDrifted(_ ratio: String) -> String
}
