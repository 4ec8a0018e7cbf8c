import DLCore
import TextCharts

extension EnglishStrings {
    // Shared by the gradcheck.* experiments (and dltutor check)
    func verdict(_ verdict: GradientCheckVerdict) -> String { verdict.label }
    var gradientCheckBands: [ThresholdBand] { ThresholdBand.gradientCheck }
    var worstComponentsTitle: String { "Worst components" }
    var worstComponentsColumns: [String] { ["component", "backprop", "numerical", "|difference|", "relative"] }
    var cannotJudge: String { "At this ε the finite differences cannot judge backprop; try ε ≈ 1e-7." }
    func allSegmentsPass(_ count: Int, _ largest: String, _ difference: String) -> String {
        "All \(count) segments pass; largest \(largest) at \(difference)."
    }
    func allSegmentsFail(_ count: Int, _ low: String, _ high: String) -> String { "All \(count) segments fail (\(low) to \(high))." }
    func failingSegments(_ segments: [String]) -> String { "Failing: " + segments.joined(separator: ", ") + "." }
    func overallVerdict(_ difference: String, _ verdict: String, _ segments: String) -> String { "Overall \(difference): \(verdict). \(segments)" }
    func setAside(_ count: Int, _ total: Int, allKinks: Bool, _ names: String) -> String {
        let why = allKinks ? "sit on a ReLU kink, where ±ε sees both slopes and backprop one" : "cross ReLU kinks or change between ε and ε/2"
        return "\(count) of \(total) components \(why) (\(names)): set aside, the verdict is on the rest."
    }
    func worstComponent(_ name: String, _ analytic: String, _ numeric: String) -> String {
        "Worst component \(name): backprop \(analytic), numerical \(numeric)."
    }
    var relativeDifference: String { "relative difference" }
    var greatLabel: String { "1e-7 great" }
    var bugLabel: String { "1e-3 bug" }
    var plantedBug: String { "planted bug" }

    // gradcheck.epsilon
    var epsilonTitle: String { "One-sided vs two-sided differences" }
    var epsilonSummary: String { "Error of the one-sided and two-sided numerical derivative as ε shrinks from 1e-1 to 1e-12." }
    var epsilonFunction: KnobText { KnobText("f(θ)", "the function whose derivative is estimated; network: the cost of a [4,5,3,1] network (θ unused)") }
    var epsilonTheta: KnobText { KnobText("θ", "the point where the derivative is estimated") }
    var epsilonPointsPerDecade: KnobText { KnobText("points per decade", "how many ε values per power of ten") }
    var oneSidedError: String { "one-sided |error|" }
    var twoSidedError: String { "two-sided |error|" }
    func epsilonChartTitle(_ formula: String, _ theta: String) -> String { "|numerical − exact| derivative of \(formula) at θ=\(theta)" }
    var errorAxis: String { "error" }
    func epsilonSlopes(_ one: String, _ two: String) -> String {
        "For ε ≥ 1e-4 the one-sided error falls like ε^\(one) and the two-sided like ε^\(two)."
    }
    func epsilonBest(_ oneError: String, _ oneEpsilon: String, _ twoError: String, _ twoEpsilon: String) -> String {
        "Read from the trend (each point smoothed over half a decade either side), the one-sided error bottoms out at about \(oneError) near ε=\(oneEpsilon), the two-sided at about \(twoError) near ε=\(twoEpsilon)."
    }
    func epsilonRounding(network: Bool, oneGrows: Bool, twoGrows: Bool, _ oneAtSmallest: String, _ twoAtSmallest: String) -> String {
        let errors = network ? "differences" : "errors"
        let rounding = network ? "rounding in J (≈1e-16/ε)" : "rounding error (≈1e-16/ε)"
        let atSmallest = "(\(oneAtSmallest) one-sided, \(twoAtSmallest) two-sided at ε=1e-12)"
        switch (oneGrows, twoGrows) {
        case (true, true): return "Below those ε, \(rounding) takes over and both \(errors) grow again \(atSmallest)."
        case (true, false), (false, true):
            let which = oneGrows ? "one-sided" : "two-sided"
            return "Below its floor only the \(which) \(errors.dropLast()) grows again, as \(rounding) takes over; the other does not climb by a decade \(atSmallest)."
        case (false, false):
            return network ? "Neither difference grows again down to ε=1e-12 \(atSmallest): rounding never overtakes truncation here."
                : "Neither error grows again down to ε=1e-12 \(atSmallest): rounding is relative to |f(θ±ε)|, which shrinks with ε here (f(θ) = 0), so it never overtakes truncation."
        }
    }
    func epsilonAtHundredth(_ estimate: String, _ exact: String) -> String { "At ε=0.01 the two-sided estimate is \(estimate) (exact \(exact))." }
    var oneSidedDifference: String { "one-sided difference" }
    var twoSidedDifference: String { "two-sided difference" }
    var networkSweepTitle: String { "Relative difference, backprop vs numerical gradient of a correct [4, 5, 3, 1] network" }
    func networkSlopes(_ one: String, _ two: String) -> String {
        "For ε ≥ 1e-4 the one-sided difference falls like ε^\(one) and the two-sided like ε^\(two)."
    }
    func networkBest(_ oneError: String, _ oneEpsilon: String, _ twoError: String, _ twoEpsilon: String) -> String {
        "Read from the trend (each point smoothed over half a decade either side), the one-sided difference bottoms out at about \(oneError) near ε=\(oneEpsilon), the two-sided at about \(twoError) near ε=\(twoEpsilon)."
    }
    func networkUsual(_ epsilon: String, _ two: String, _ one: String) -> String {
        "At ε=\(epsilon) a correct backprop scores \(two) two-sided and \(one) one-sided."
    }

    // gradcheck.after-training
    var afterTitle: String { "Check again after training" }
    var afterSummary: String { "The relative difference of a gradient check at initialization and as training goes on." }
    var afterBug: KnobText { KnobText("planted bug", "tanh-derivative: backprop uses 1 − z² instead of 1 − tanh²(z)") }
    var afterSteps: KnobText { KnobText("training steps", "Adam updates between the first check and the last") }
    var afterInitStd: KnobText { KnobText("init σ", "standard deviation of the initial weights (small: z ≈ 0)") }
    var afterChartTitle: String { "Gradient check while training" }
    var trainingStepAxis: String { "training step" }
    func afterDiverged(_ step: Int, _ lastCheck: Int) -> String {
        "Training diverged at step \(step) (cost NaN or ∞); the last check was at step \(lastCheck)."
    }
    func afterDifferences(_ atInit: String, _ initVerdict: String, _ steps: Int, _ atEnd: String, _ endVerdict: String) -> String {
        "Difference at init \(atInit) (\(initVerdict)), after \(steps) steps \(atEnd) (\(endVerdict))."
    }
    func afterBecause(tanhBug: Bool, failsBetween window: (lastPassing: Int, firstFailing: Int)?) -> String {
        let when = window.map { $0.firstFailing == 0 ? "; fails already at initialization." : "; fails between step \($0.lastPassing) (last check passed) and step \($0.firstFailing) (first check failed)." }
        return tanhBug ? "1−z² ≈ 1−tanh²z only near 0" + (when ?? ".") : "a correct backprop agrees at any z."
    }
    func afterHiddenZ(_ atInit: String, _ atEnd: String, _ because: String) -> String { "Hidden |z| \(atInit) → \(atEnd): \(because)" }

    // gradcheck.components
    var bugLabTitle: String { "Gradient-check bug lab" }
    var bugLabSummary: String { "Plant a bug in backprop and see which segments of θ the gradient check flags." }
    var bugLabBug: KnobText { KnobText("planted bug", "the mistake planted in the backward pass") }
    var bugLabLayers: KnobText { KnobText("layer sizes", "the network's layer sizes [n⁰, n¹, …, 1]") }
    var bugLabHidden: KnobText { KnobText("hidden activation", "activation of the hidden layers (the output is sigmoid)") }
    var bugLabLambda: KnobText { KnobText("λ (L2)", "L2 strength, in both the cost and backprop") }
    var bugLabEpsilon: KnobText { KnobText("ε", "the step of the two-sided difference") }
    func bugLabScaled(_ parts: [String]) -> String { "k times too large predicts |k−1|/(k+1): " + parts.joined(separator: ", ") + "." }
    func bugLabMissingOneOverM(_ m: Int, _ predicted: String, withPenalty: Bool) -> String {
        withPenalty
            ? "λ > 0: the penalty's gradient keeps its 1/m, so W segments differ from (m−1)/(m+1) = \(predicted)."
            : "Every gradient is m = \(m) times too large: (m−1)/(m+1) = \(predicted)."
    }
    var bugLabNoPenalty: String { "λ = 0: no penalty, so forgetting its gradient changes nothing; set lambda, e.g. 0.7." }
    var bugLabOnlyW: String { "Only dW carries the penalty's gradient (λ/m)·W: only W segments can fail." }
    var bugLabNoTanh: String { "The hidden layers use ReLU, so the tanh derivative is never used: set hidden to tanh." }
    var bugLabTanh: String { "1 − z² instead of 1 − tanh²(z): the last tanh layer's own segment (W and b) and every segment below it are off." }

    // gradcheck.dropout
    var dropoutCheckTitle: String { "Gradient checking with dropout" }
    var dropoutCheckSummary: String { "Dropout with a fresh mask per cost evaluation breaks the check; a fixed mask or keep-prob 1 repairs it." }
    var dropoutCheckKeepProb: KnobText { KnobText("keep_prob", "probability of keeping each hidden unit (1: no dropout)") }
    var dropoutCheckFixMask: KnobText { KnobText("fixed mask", "reuse one dropout mask for every evaluation of J") }
    var dropoutCheckOrdinary: String { "keep_prob = 1 drops nothing: the ordinary check." }
    func dropoutCheckFixed(_ evaluations: Int) -> String { "One mask for all \(evaluations) evaluations of J: the check covers dropout's backprop too." }
    func dropoutCheckFresh(_ numeric: String, _ analytic: String) -> String {
        "New mask per evaluation: numerical gradients reach \(numeric), backprop's \(analytic)."
    }

    // gradcheck.regularization
    var penaltyTitle: String { "Check the cost you minimize" }
    var penaltySummary: String { "A correct L2 backprop checked against a cost with and without the penalty term." }
    var penaltyLambda: KnobText { KnobText("λ (L2)", "L2 strength used by backprop (and by the check's cost if included)") }
    var penaltyInclude: KnobText { KnobText("penalty in check", "whether the cost used by the check includes (λ/2m)·Σ‖W‖²") }
    var penaltyNone: String { "λ = 0: there is no penalty, so leaving it out of the check changes nothing." }
    var penaltySame: String { "The check differentiates the same J as backprop, penalty included." }
    var penaltyMissing: String { "Backprop is right: the check's J lacks (λ/2m)·Σ‖W‖², so W segments fail." }
}
