/// Words of the `dropout.*` experiments (随机失活).
protocol DropoutStrings {

    // dropout.keep-prob
    var keepProbTitle: String { get }
    var keepProbSummary: String { get }
    var keepProbKnob: KnobText { get }
    var trainingCostAsTrained: String { get }
    var devCostNoDropout: String { get }
    func keepProbCostTitle(_ keep: String) -> String
    var boundaryAtTestTime: String { get }
    func keepProbJumps(_ percent: String) -> String
    func keepProbSmooth(_ percent: String) -> String
    func keepProbErrors(_ keep: String, _ train: String, _ dev: String, _ gap: String, _ standardError: String, unclear: Bool) -> String

    // dropout.scaling
    var scalingTitle: String { get }
    var scalingSummary: String { get }
    var scalingKeepProb: KnobText { get }
    var scalingKnob: KnobText { get }
    var runningMeanSeries: String { get }
    var noMaskDrawn: String { get }
    func scalingChartTitle(_ keep: String, _ scaling: String) -> String
    var masksDrawnAxis: String { get }
    var meanActivationAxis: String { get }
    var testTimeLabel: String { get }
    var unitClass: String { get }
    var trainingEqualsTest: String { get }
    func scalingScatterTitle(_ units: Int) -> String
    var testTimeMeanAxis: String { get }
    var trainingMeanAxis: String { get }
    func scalingSummaryFinding(_ masks: Int, _ train: String, _ test: String, _ ratio: String) -> String
    var scalingNothingToCorrect: String { get }
    func scalingNone(_ keep: String) -> String
    var scalingInverted: String { get }
    var scalingAtTest: String { get }
}
