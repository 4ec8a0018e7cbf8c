extension ChineseStrings {
    var monteCarloTitle: String { "蒙特卡洛随机失活：有数据与没有数据处的离散程度" }
    var monteCarloSummary: String { "一个 ReLU 网络在 x ∈ [−1.5, 1.5] 上带随机失活训练，然后保持随机失活开启，用许多个随机掩码在 [−4, 4] 上运行：均值作为预测，标准差作为它的不确定度。" }
    var monteCarloPasses: KnobText { KnobText("次数", "测试时用新掩码做前向传播的次数") }
    func monteCarloChartTitle(_ passes: Int, _ keepProb: String) -> String {
        "\(passes) 次随机失活前向传播的均值 ± 2 倍标准差（保留概率 \(keepProb)）"
    }
    var monteCarloMean: String { "均值" }
    var monteCarloUpper: String { "均值 + 2 倍标准差" }
    var monteCarloLower: String { "均值 − 2 倍标准差" }
    var monteCarloDataEdge: String { "数据" }
    func monteCarloSpreads(_ passes: Int, _ inside: String, _ far: String) -> String {
        "\(passes) 次前向传播中，有数据处（|x| ≤ 1.5）的平均标准差为 \(inside)，远离数据处（|x| ≥ 3）为 \(far)。"
    }
    func monteCarloWider(_ ratio: String) -> String {
        "远离数据处的离散程度是有数据处的 \(ratio) 倍：网络在没见过数据的地方更没有把握。"
    }
    func monteCarloNotWider(_ ratio: String) -> String {
        "这次远离数据处的离散程度并不更大（×\(ratio)）：随机失活的离散程度只是不确定度的粗略指示。"
    }
}
