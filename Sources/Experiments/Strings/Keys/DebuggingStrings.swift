/// Words of the `debug.*` experiments (debugging a network).
protocol DebuggingStrings {

    // Shared by the debug.* experiments
    func divergedWithCost(_ step: Int, _ cost: String) -> String
    var trainingCostTitle: String { get }

    // debug.exploding
    var explodingTitle: String { get }
    var explodingSummary: String { get }
    var explodingLearningRate: KnobText { get }
    var explodingTask: KnobText { get }
    func explodingFirstCost(_ first: String, _ lnTwo: String, _ gap: String) -> String
    var divergedLabel: String { get }
    func explodingChartTitle(_ rate: String) -> String
    func explodingCosts(_ first: String, _ last: String, _ rising: String) -> String
    func explodingDiverged(_ step: Int, _ cost: String, _ peak: String) -> String
    var explodingClimbs: String { get }
    func explodingOscillates(_ rises: Int, _ steps: Int) -> String
    func explodingFalls(_ rises: Int, _ steps: Int) -> String

    // debug.overfit-tiny
    var tinyTitle: String { get }
    var tinySummary: String { get }
    var tinyExamples: KnobText { get }
    var tinyBug: KnobText { get }
    func tinyChartTitle(_ count: Int, _ bug: String) -> String
    func tinyBoundaryTitle(_ count: Int) -> String
    func tinyCosts(_ first: String, _ final: String, _ iterations: Int, _ lowest: String, _ accuracy: String) -> String
    func tinyMemorized(_ count: Int) -> String
    func tinyCannot(_ count: Int, _ final: String, _ first: String) -> String
    func tinyNotYet(_ count: Int, _ final: String, _ first: String, _ iterations: Int, _ accuracy: String) -> String

    // debug.saturation
    var saturationTitle: String { get }
    var saturationSummary: String { get }
    var saturationInit: KnobText { get }
    var allHiddenUnits: String { get }
    func zAtIteration(_ iteration: Int) -> String
    func saturationPanelsTitle(_ scheme: String) -> String
    var saturationShareTitle: String { get }
    var shareAxis: String { get }
    func saturationShares(_ start: String, _ end: String, _ iterations: Int) -> String
    func saturationSlope(_ before: String, _ now: String) -> String
    func saturationCosts(_ first: String, _ final: String, _ accuracy: String) -> String
    func divergedAtStep(_ step: Int) -> String

    // debug.update-ratio
    var ratioTitle: String { get }
    var ratioSummary: String { get }
    var ratioLearningRate: KnobText { get }
    var ratioCostSeries: String { get }
    func ratioChartTitle(_ rate: String) -> String
    var ratioAxis: String { get }
    var healthyLabel: String { get }
    /// `typical` is nil when a layer's median is 0 or not finite: no geometric mean then.
    func ratioMedians(_ medians: [String], _ typical: String?) -> String
    func ratioStopped(_ layers: [String], _ peak: String) -> String
    var ratioNotFinite: String { get }
    func ratioTooHigh(_ share: String) -> String
    func ratioTooLow(_ ratio: String) -> String
    func ratioHealthy(_ ratio: String) -> String
    func ratioCosts(_ first: String, _ final: String, _ iterations: Int) -> String
}
