extension EnglishStrings {
    // split.ratios
    var ratiosTitle: String { "Split ratios by data size" }
    var ratiosSummary: String { "How many examples train, dev and test get under 70/30, 60/20/20, 98/1/1 and 99.5% splits." }
    var ratiosSize: KnobText { KnobText("examples", "how many labelled examples there are to split") }
    var train: String { "train" }
    var dev: String { "dev" }
    var test: String { "test" }
    func ratiosChartTitle(_ size: String) -> String { "Examples per set, \(size) in all (log scale)" }
    func ratiosTableTitle(_ size: String) -> String { "Examples per set for \(size) examples" }
    var ratiosSplitColumn: String { "split" }
    var ratiosNoiseColumn: String { "dev SE at 90% ±" }
    func points(_ value: String) -> String { "\(value) pts" }
    func ratiosClassic(_ classicDev: String, _ classicNoise: String, _ modernDev: String, _ modernNoise: String) -> String {
        "60/20/20 gives a dev set of \(classicDev), whose accuracy has a standard error of ±\(classicNoise) when the model is 90% accurate; 98/1/1 gives \(modernDev) (±\(modernNoise), one standard error, not an interval)."
    }
    func ratiosEnough(_ dev: String, _ extra: String) -> String {
        "1% is already \(dev) examples, enough to tell models apart: 98/1/1 trains on \(extra) more examples than 60/20/20."
    }
    func ratiosTooFew(_ dev: String, one: Bool) -> String {
        "1% is only \(dev) example\(one ? "" : "s"): far too few for a dev set. At this size keep the classic 60/20/20 or 70/30."
    }
    func ratiosNoisy(_ dev: String, _ noise: String) -> String {
        "1% is \(dev) examples, still ±\(noise) of noise: too few to separate models a fraction of a point apart; "
            + "a larger share (60/20/20) is safer at this size."
    }
    func ratiosHalf(_ dev: String, _ test: String, _ noise: String) -> String {
        "99.5/0.25/0.25 keeps \(dev) dev and \(test) test examples (dev noise ±\(noise))."
    }

    // split.dev-size
    var devSizeTitle: String { "How big must the dev set be?" }
    var devSizeSummary: String { "The spread of a fixed classifier's measured accuracy over many random dev sets, by dev-set size." }
    var devSizeKnob: KnobText { KnobText("dev examples", "examples in each random dev set drawn from the pool") }
    var measuredStd: String { "measured std" }
    func devSizeSpreadTitle(_ repeats: Int) -> String { "Spread of measured dev accuracy (\(repeats) random dev sets per size)" }
    var devSizeAxis: String { "dev-set size n" }
    var stdPointsAxis: String { "std (points)" }
    func devSizeHistogramTitle(_ size: Int, _ repeats: Int) -> String { "Measured accuracy on \(size) dev examples, \(repeats) draws" }
    var accuracyPercentAxis: String { "accuracy %" }
    func devSizeRange(_ size: Int, _ low: String, _ high: String, _ std: String, _ theory: String, _ pool: String) -> String {
        "On \(size) dev examples the measured accuracy ranged from \(low) to \(high) (std \(std) points; √(p(1−p)/n) predicts "
            + "\(theory)). The classifier's accuracy on the whole pool is \(pool)."
    }
    var devSizeEnough: String { "A 1-point difference between two models is over 2 std of this noise: this dev set can tell them apart." }
    func devSizeTooSmall(_ twoStd: String) -> String {
        "A 1-point difference between two models is within 2 std (\(twoStd) points) of this noise: the draw of the dev set matters more than the models."
    }
    func devSizeOnePercent(_ million: String, _ hundred: String) -> String {
        "1% of a million (10,000 examples): std \(million) points. 1% of a hundred (1 example): std \(hundred) points, a coin toss."
    }

    // split.mismatch
    var mismatchTitle: String { "Train and dev from different distributions" }
    var mismatchSummary: String { "A network trained on one distribution, measured on the same distribution and on a shifted one." }
    var mismatchShift: KnobText { KnobText("shift", "how far the evaluation data moves away from the training distribution") }
    var trainError: String { "train error" }
    var mismatchSameCurve: String { "dev, same distribution" }
    var mismatchShiftedCurve: String { "dev, shifted" }
    var mismatchChartTitle: String { "Error against shift of the dev data" }
    var shiftAxis: String { "shift" }
    var errorPercentAxis: String { "error %" }
    func shiftLabel(_ shift: String) -> String { "shift \(shift)" }
    var shiftedDevClassZero: String { "shifted dev class 0" }
    var shiftedDevClassOne: String { "shifted dev class 1" }
    func mismatchBoundaryTitle(_ shift: String) -> String { "Boundary learned on the training data; shifted dev points (shift \(shift))" }
    func mismatchErrors(_ train: String, _ same: String, _ shift: String, _ shifted: String) -> String {
        "Train error \(train), dev from the training distribution \(same), dev from the shifted distribution (shift \(shift)) \(shifted)."
    }
    func mismatchGap(_ points: String, _ error: String) -> String {
        "The shifted data costs \(points) ± \(error) points more error than data like the training set: a data mismatch, not variance; regularization will not close it."
    }
    func mismatchUnclear(_ points: String, _ error: String) -> String {
        "The shifted data costs \(points) ± \(error) points more error: above 5 points but within 2 standard errors, so not clearly a mismatch. Larger dev sets would tell."
    }
    func mismatchNone(_ points: String, _ error: String, _ count: Int) -> String {
        "Dev error on the shifted data differs from the training distribution's by \(points) ± \(error) points (two dev sets of \(count), each with its own sampling noise): no real mismatch."
    }
    func mismatchSweep(_ train: String, _ atZero: String, _ atTwo: String) -> String {
        "Across the sweep the training error stays at \(train) while the shifted error goes from \(atZero) at shift 0 to \(atTwo) at shift 2."
    }
}
