extension EnglishStrings {
    var geometryTitle: String { "Why L1 lands on the axes: diamond vs circle" }
    var geometrySummary: String { "A quadratic cost of two weights minimised exactly inside ‖w‖₁ ≤ t (a diamond) and ‖w‖₂ ≤ t (a circle), for the cost shown and for 200 random costs: how often a weight is exactly 0." }
    var geometryBudget: KnobText { KnobText("budget", "t, the size of both regions (the cost's minimum lies at 2t from 0)") }
    var geometryElongation: KnobText { KnobText("elongation", "how many times longer the cost's elliptical contours are one way than the other") }
    func geometryChartTitle(_ budget: String) -> String { "√(cost) over (w₁, w₂), regions of size t = \(budget)" }
    var geometryDiamond: String { "‖w‖₁ = t, the L1 diamond" }
    var geometryCircle: String { "‖w‖₂ = t, the L2 circle" }
    var geometryAxisW1: String { "axis w₁ = 0" }
    var geometryAxisW2: String { "axis w₂ = 0" }
    var geometryOptimum: String { "the cost's minimum" }
    var geometryL1Solution: String { "L1 solution" }
    var geometryL2Solution: String { "L2 solution" }
    func geometryShown(_ l1w1: String, _ l1w2: String, _ l1Zeros: Int, _ l2w1: String, _ l2w2: String, _ l2Zeros: Int) -> String {
        "This cost: L1 lands at (\(l1w1), \(l1w2)) with \(l1Zeros) weight(s) exactly 0; L2 at (\(l2w1), \(l2w2)) with \(l2Zeros)."
    }
    func geometryShares(_ count: Int, _ l1Share: String, _ l2Share: String) -> String {
        "Over \(count) random costs of this shape, L1 puts a weight exactly at 0 in \(l1Share) of them, L2 in \(l2Share)."
    }
}
