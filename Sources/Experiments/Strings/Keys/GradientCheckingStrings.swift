import DLCore
import TextCharts

/// Words of the `gradcheck.*` experiments (梯度检验) and of `dltutor check`.
protocol GradientCheckingStrings {

    // Shared by the gradcheck.* experiments (and dltutor check)
    func verdict(_ verdict: GradientCheckVerdict) -> String
    var gradientCheckBands: [ThresholdBand] { get }
    var worstComponentsTitle: String { get }
    var worstComponentsColumns: [String] { get }
    var cannotJudge: String { get }
    func allSegmentsPass(_ count: Int, _ largest: String, _ difference: String) -> String
    func allSegmentsFail(_ count: Int, _ low: String, _ high: String) -> String
    func failingSegments(_ segments: [String]) -> String
    func overallVerdict(_ difference: String, _ verdict: String, _ segments: String) -> String
    func setAside(_ count: Int, _ total: Int, allKinks: Bool, _ names: String) -> String
    func worstComponent(_ name: String, _ analytic: String, _ numeric: String) -> String
    var relativeDifference: String { get }
    var greatLabel: String { get }
    var bugLabel: String { get }
    var plantedBug: String { get }

    // gradcheck.epsilon
    var epsilonTitle: String { get }
    var epsilonSummary: String { get }
    var epsilonFunction: KnobText { get }
    var epsilonTheta: KnobText { get }
    var epsilonPointsPerDecade: KnobText { get }
    var oneSidedError: String { get }
    var twoSidedError: String { get }
    func epsilonChartTitle(_ formula: String, _ theta: String) -> String
    var errorAxis: String { get }
    func epsilonSlopes(_ one: String, _ two: String) -> String
    func epsilonBest(_ oneError: String, _ oneEpsilon: String, _ twoError: String, _ twoEpsilon: String) -> String
    /// Whether each curve grows again below its floor, and its (smoothed) value at the smallest ε; for
    /// the scalar sweep (errors) or the network's check (`network`: relative differences).
    func epsilonRounding(network: Bool, oneGrows: Bool, twoGrows: Bool, _ oneAtSmallest: String, _ twoAtSmallest: String) -> String
    func epsilonAtHundredth(_ estimate: String, _ exact: String) -> String
    var oneSidedDifference: String { get }
    var twoSidedDifference: String { get }
    var networkSweepTitle: String { get }
    func networkSlopes(_ one: String, _ two: String) -> String
    func networkBest(_ oneError: String, _ oneEpsilon: String, _ twoError: String, _ twoEpsilon: String) -> String
    func networkUsual(_ epsilon: String, _ two: String, _ one: String) -> String

    // gradcheck.after-training
    var afterTitle: String { get }
    var afterSummary: String { get }
    var afterBug: KnobText { get }
    var afterSteps: KnobText { get }
    var afterInitStd: KnobText { get }
    var afterChartTitle: String { get }
    var trainingStepAxis: String { get }
    func afterDiverged(_ step: Int, _ lastCheck: Int) -> String
    func afterDifferences(_ atInit: String, _ initVerdict: String, _ steps: Int, _ atEnd: String, _ endVerdict: String) -> String
    func afterBecause(tanhBug: Bool, failsBetween window: (lastPassing: Int, firstFailing: Int)?) -> String
    func afterHiddenZ(_ atInit: String, _ atEnd: String, _ because: String) -> String

    // gradcheck.components
    var bugLabTitle: String { get }
    var bugLabSummary: String { get }
    var bugLabBug: KnobText { get }
    var bugLabLayers: KnobText { get }
    var bugLabHidden: KnobText { get }
    var bugLabLambda: KnobText { get }
    var bugLabEpsilon: KnobText { get }
    func bugLabScaled(_ parts: [String]) -> String
    func bugLabMissingOneOverM(_ m: Int, _ predicted: String, withPenalty: Bool) -> String
    var bugLabNoPenalty: String { get }
    var bugLabOnlyW: String { get }
    var bugLabNoTanh: String { get }
    var bugLabTanh: String { get }

    // gradcheck.dropout
    var dropoutCheckTitle: String { get }
    var dropoutCheckSummary: String { get }
    var dropoutCheckKeepProb: KnobText { get }
    var dropoutCheckFixMask: KnobText { get }
    var dropoutCheckOrdinary: String { get }
    func dropoutCheckFixed(_ evaluations: Int) -> String
    func dropoutCheckFresh(_ numeric: String, _ analytic: String) -> String

    // gradcheck.regularization
    var penaltyTitle: String { get }
    var penaltySummary: String { get }
    var penaltyLambda: KnobText { get }
    var penaltyInclude: KnobText { get }
    var penaltyNone: String { get }
    var penaltySame: String { get }
    var penaltyMissing: String { get }
}
