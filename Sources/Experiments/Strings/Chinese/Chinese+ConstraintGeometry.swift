extension ChineseStrings {
    var geometryTitle: String { "L1 为什么落在坐标轴上：菱形与圆" }
    var geometrySummary: String { "两个权重的二次代价，分别在 ‖w‖₁ ≤ t（菱形）和 ‖w‖₂ ≤ t（圆）内精确求最小值，对图中的代价和 200 个随机代价：权重恰好为 0 的频率。" }
    var geometryBudget: KnobText { KnobText("预算", "t，两个区域的大小（代价的最小值点离原点 2t）") }
    var geometryElongation: KnobText { KnobText("拉长", "代价的椭圆等高线一个方向比另一个方向长多少倍") }
    func geometryChartTitle(_ budget: String) -> String { "(w₁, w₂) 上的 √(代价)，区域大小 t = \(budget)" }
    var geometryDiamond: String { "‖w‖₁ = t：L1 的菱形" }
    var geometryCircle: String { "‖w‖₂ = t：L2 的圆" }
    var geometryAxisW1: String { "坐标轴 w₁ = 0" }
    var geometryAxisW2: String { "坐标轴 w₂ = 0" }
    var geometryOptimum: String { "代价的最小值" }
    var geometryL1Solution: String { "L1 的解" }
    var geometryL2Solution: String { "L2 的解" }
    func geometryShown(_ l1w1: String, _ l1w2: String, _ l1Zeros: Int, _ l2w1: String, _ l2w2: String, _ l2Zeros: Int) -> String {
        "这个代价：L1 落在 (\(l1w1), \(l1w2))，有 \(l1Zeros) 个权重恰好为 0；L2 落在 (\(l2w1), \(l2w2))，有 \(l2Zeros) 个。"
    }
    func geometryShares(_ count: Int, _ l1Share: String, _ l2Share: String) -> String {
        "在 \(count) 个同样形状的随机代价中，L1 让某个权重恰好为 0 的占 \(l1Share)，L2 占 \(l2Share)。"
    }
}
