/// Words of the `split.*` experiments (train, dev and test sets).
protocol DataSplitStrings {

    // split.ratios
    var ratiosTitle: String { get }
    var ratiosSummary: String { get }
    var ratiosSize: KnobText { get }
    var train: String { get }
    var dev: String { get }
    var test: String { get }
    func ratiosChartTitle(_ size: String) -> String
    func ratiosTableTitle(_ size: String) -> String
    var ratiosSplitColumn: String { get }
    var ratiosNoiseColumn: String { get }
    func points(_ value: String) -> String
    func ratiosClassic(_ classicDev: String, _ classicNoise: String, _ modernDev: String, _ modernNoise: String) -> String
    func ratiosEnough(_ dev: String, _ extra: String) -> String
    func ratiosTooFew(_ dev: String, one: Bool) -> String
    func ratiosNoisy(_ dev: String, _ noise: String) -> String
    func ratiosHalf(_ dev: String, _ test: String, _ noise: String) -> String

    // split.dev-size
    var devSizeTitle: String { get }
    var devSizeSummary: String { get }
    var devSizeKnob: KnobText { get }
    var measuredStd: String { get }
    func devSizeSpreadTitle(_ repeats: Int) -> String
    var devSizeAxis: String { get }
    var stdPointsAxis: String { get }
    func devSizeHistogramTitle(_ size: Int, _ repeats: Int) -> String
    var accuracyPercentAxis: String { get }
    func devSizeRange(_ size: Int, _ low: String, _ high: String, _ std: String, _ theory: String, _ pool: String) -> String
    var devSizeEnough: String { get }
    func devSizeTooSmall(_ twoStd: String) -> String
    func devSizeOnePercent(_ million: String, _ hundred: String) -> String

    // split.mismatch
    var mismatchTitle: String { get }
    var mismatchSummary: String { get }
    var mismatchShift: KnobText { get }
    var trainError: String { get }
    var mismatchSameCurve: String { get }
    var mismatchShiftedCurve: String { get }
    var mismatchChartTitle: String { get }
    var shiftAxis: String { get }
    var errorPercentAxis: String { get }
    func shiftLabel(_ shift: String) -> String
    var shiftedDevClassZero: String { get }
    var shiftedDevClassOne: String { get }
    func mismatchBoundaryTitle(_ shift: String) -> String
    func mismatchErrors(_ train: String, _ same: String, _ shift: String, _ shifted: String) -> String
    func mismatchGap(_ points: String, _ error: String) -> String
    func mismatchUnclear(_ points: String, _ error: String) -> String
    func mismatchNone(_ points: String, _ error: String, _ count: Int) -> String
    func mismatchSweep(_ train: String, _ atZero: String, _ atTwo: String) -> String
}
