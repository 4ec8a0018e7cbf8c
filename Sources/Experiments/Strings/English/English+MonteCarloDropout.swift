extension EnglishStrings {
    var monteCarloTitle: String { "Monte-Carlo dropout: spread where data is and is not" }
    var monteCarloSummary: String { "A ReLU network trained with dropout on x in [−1.5, 1.5], then run with dropout on through many random masks over [−4, 4]: the mean is the prediction, the standard deviation its uncertainty." }
    var monteCarloPasses: KnobText { KnobText("passes", "forward passes with fresh dropout masks at test time") }
    func monteCarloChartTitle(_ passes: Int, _ keepProb: String) -> String {
        "Mean ± 2 std of \(passes) dropout passes (keep_prob \(keepProb))"
    }
    var monteCarloMean: String { "mean" }
    var monteCarloUpper: String { "mean + 2 std" }
    var monteCarloLower: String { "mean − 2 std" }
    var monteCarloDataEdge: String { "data" }
    func monteCarloSpreads(_ passes: Int, _ inside: String, _ far: String) -> String {
        "Over \(passes) passes the mean std is \(inside) where the data is (|x| ≤ 1.5) and \(far) far from it (|x| ≥ 3)."
    }
    func monteCarloWider(_ ratio: String) -> String {
        "The spread is \(ratio)× larger away from the data: the network is less sure where it has seen nothing."
    }
    func monteCarloNotWider(_ ratio: String) -> String {
        "Here the spread is not larger away from the data (×\(ratio)): dropout's spread is only a rough guide to uncertainty."
    }
}
