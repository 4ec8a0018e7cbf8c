extension EnglishStrings {
    // Shared by the debug.* experiments
    func divergedWithCost(_ step: Int, _ cost: String) -> String { "Diverged at step \(step): the cost became \(cost)." }
    var trainingCostTitle: String { "Training cost" }

    // debug.exploding
    var explodingTitle: String { "A learning rate too high" }
    var explodingSummary: String { "The cost over 300 steps of gradient descent, from a first cost of ln 2 (classification): it falls, oscillates, then climbs as the learning rate grows; a regression's cost diverges to ∞." }
    var explodingLearningRate: KnobText { KnobText("α (learning rate)", "gradient-descent step size; ←/→ multiply or divide by √10") }
    var explodingTask: KnobText {
        KnobText("task", "classification: moons, binary cross-entropy, small weights (first cost ≈ ln 2); regression: squared error, whose cost can turn into ∞")
    }
    func explodingFirstCost(_ first: String, _ lnTwo: String, _ gap: String) -> String {
        "First cost \(first) against ln 2 = \(lnTwo) (off by \(gap)): with small weights every first prediction is about ½, as it should be."
    }
    var divergedLabel: String { "diverged" }
    func explodingChartTitle(_ rate: String) -> String { "Training cost, α = \(rate)" }
    func explodingCosts(_ first: String, _ last: String, _ rising: String) -> String {
        "Cost \(first) at the start, \(last) at its last finite value; it went up on \(rising) of the steps."
    }
    func explodingDiverged(_ step: Int, _ cost: String, _ peak: String) -> String {
        "Diverged at step \(step): the cost became \(cost) after climbing to \(peak). The run was stopped there. Lower α."
    }
    var explodingClimbs: String { "The cost climbs: it ends above where it started. Each step overshoots; lower α." }
    func explodingOscillates(_ rises: Int, _ steps: Int) -> String { "The cost oscillates: it rose on \(rises) of \(steps) steps. α is near the edge of stability." }
    func explodingFalls(_ rises: Int, _ steps: Int) -> String { "The cost falls smoothly (it rose on \(rises) of \(steps) steps)." }

    // debug.overfit-tiny
    var tinyTitle: String { "Overfit a tiny data set" }
    var tinySummary: String { "A [2, 20, 20, 1] network trained on a few examples: a correct one drives the cost to ~0, a bugged one cannot." }
    var tinyExamples: KnobText { KnobText("examples", "how many training examples to memorize") }
    var tinyBug: KnobText { KnobText("bug", "a bug planted in the update: none, or wrong-sign (W += α·dW, uphill)") }
    func tinyChartTitle(_ count: Int, _ bug: String) -> String { "Cost on \(count) example\(count == 1 ? "" : "s"), bug: \(bug)" }
    func tinyBoundaryTitle(_ count: Int) -> String { "P(y=1) and the \(count) training example\(count == 1 ? "" : "s")" }
    func tinyCosts(_ first: String, _ final: String, _ iterations: Int, _ lowest: String, _ accuracy: String) -> String {
        "Cost \(first) at the start, \(final) after \(iterations) iterations (lowest \(lowest)); training accuracy \(accuracy)."
    }
    func tinyMemorized(_ count: Int) -> String {
        "Memorized: the network fits \(count == 1 ? "its one example" : "all \(count) examples") with a cost near 0. The model can learn."
    }
    func tinyCannot(_ count: Int, _ final: String, _ first: String) -> String {
        "Cannot memorize \(count) example\(count == 1 ? "" : "s"): the cost ends at \(final) (it started at \(first)). Look for a bug before tuning anything."
    }
    func tinyNotYet(_ count: Int, _ final: String, _ first: String, _ iterations: Int, _ accuracy: String) -> String {
        "Not memorized yet: after \(iterations) iterations the cost on the \(count) examples fell from \(first) to \(final) (training accuracy \(accuracy)), "
            + "below a tenth of its start but not yet near 0. A cost that falls like this is learning, not a bug: more examples need more iterations."
    }

    // debug.saturation
    var saturationTitle: String { "Saturated sigmoid units" }
    var saturationSummary: String { "The distribution of the sigmoid inputs z over training and the share of saturated units (|z| > 4), for large or Xavier weights." }
    var saturationInit: KnobText { KnobText("init", "how the weights start: large N(0,1)×10, or Xavier N(0, 2/(n_in+n_out))") }
    var allHiddenUnits: String { "all hidden units" }
    func zAtIteration(_ iteration: Int) -> String { "z at iteration \(iteration)" }
    func saturationPanelsTitle(_ scheme: String) -> String { "Sigmoid inputs z of the hidden units (init \(scheme); saturated where |z| > 4)" }
    var saturationShareTitle: String { "Share of saturated hidden units (|z| > 4)" }
    var shareAxis: String { "share" }
    func saturationShares(_ start: String, _ end: String, _ iterations: Int) -> String {
        "Saturated hidden units (|z| > 4): \(start) at the start, \(end) after \(iterations) iterations."
    }
    func saturationSlope(_ before: String, _ now: String) -> String {
        "Mean slope σ′(z) of the hidden units: \(before) at the start, \(now) at the end (0.25 at most)."
    }
    func saturationCosts(_ first: String, _ final: String, _ accuracy: String) -> String {
        "Training cost \(first) at the start, \(final) at the end; training accuracy \(accuracy)."
    }
    func divergedAtStep(_ step: Int) -> String { "Diverged at step \(step)." }

    // debug.update-ratio
    var ratioTitle: String { "Update-to-weight ratio" }
    var ratioSummary: String { "‖α·dW‖/‖W‖ per layer during training, against a band around the healthy 10⁻³, for a learning rate stepped by factors of 10." }
    var ratioLearningRate: KnobText { KnobText("α (learning rate)", "gradient-descent step size; ←/→ multiply or divide by 10") }
    var ratioCostSeries: String { "training cost (all 300 examples)" }
    func ratioChartTitle(_ rate: String) -> String { "‖α·dW‖ / ‖W‖ per layer (mean of 20 steps), α = \(rate)" }
    var ratioAxis: String { "ratio" }
    var healthyLabel: String { "healthy 1e-3" }
    func ratioMedians(_ medians: [String], _ typical: String?) -> String {
        "Median ratio per layer: " + medians.joined(separator: ", ") + (typical.map { "; typical \($0)." } ?? ".")
    }
    func ratioStopped(_ layers: [String], _ peak: String) -> String {
        "\(layers.joined(separator: ", ")) stopped changing (median ratio 0) after early steps as large as \(peak) of the weights. Lower α."
    }
    var ratioNotFinite: String { "No ratio to judge: the updates or the weights stopped being finite numbers." }
    func ratioTooHigh(_ share: String) -> String {
        "Too high: a typical step rewrites \(share) of a layer's weights, above the 1e-4…1e-2 band (a factor of 10 either side of 1e-3). Lower α."
    }
    func ratioTooLow(_ ratio: String) -> String {
        "Too low: a typical step changes the weights by only \(ratio) of their size, below the 1e-4…1e-2 band (a factor of 10 either side of 1e-3): barely learning. Raise α."
    }
    func ratioHealthy(_ ratio: String) -> String { "Healthy: the typical ratio \(ratio) sits in the 1e-4…1e-2 band, within a factor of 10 of 1e-3." }
    func ratioCosts(_ first: String, _ final: String, _ iterations: Int) -> String {
        "Cost on all 300 training examples: \(first) at the start, \(final) after \(iterations) iterations."
    }
}
