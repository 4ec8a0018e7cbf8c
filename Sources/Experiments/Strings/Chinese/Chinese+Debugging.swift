extension ChineseStrings {
    // Shared by the debug.* experiments
    func divergedWithCost(_ step: Int, _ cost: String) -> String { "在第 \(step) 步发散：代价变成了 \(cost)。" }
    var trainingCostTitle: String { "训练代价" }

    // debug.exploding
    var explodingTitle: String { "学习率过高" }
    var explodingSummary: String { "梯度下降 300 步的代价，第一个代价为 ln 2（分类）：随着学习率增大，它先是下降，然后振荡、上升；回归的代价会发散成 ∞。" }
    var explodingLearningRate: KnobText { KnobText("α（学习率）", "梯度下降的步长；←/→ 乘以或除以 √10") }
    var explodingTask: KnobText {
        KnobText("任务", "classification：双月数据分类，二元交叉熵，小权重（第一个代价 ≈ ln 2）；regression：平方误差回归，代价可能变成 ∞")
    }
    func explodingFirstCost(_ first: String, _ lnTwo: String, _ gap: String) -> String {
        "第一个代价 \(first)，ln 2 = \(lnTwo)（相差 \(gap)）：权重很小时，每个样本最初的预测都约为 ½，正该如此。"
    }
    var divergedLabel: String { "发散" }
    func explodingChartTitle(_ rate: String) -> String { "训练代价，α = \(rate)" }
    func explodingCosts(_ first: String, _ last: String, _ rising: String) -> String {
        "代价开始时为 \(first)，最后一个有限值为 \(last)；有 \(rising) 的步骤代价上升了。"
    }
    func explodingDiverged(_ step: Int, _ cost: String, _ peak: String) -> String {
        "在第 \(step) 步发散：代价攀升到 \(peak) 后变成了 \(cost)。训练就此停止。请调低 α。"
    }
    var explodingClimbs: String { "代价在上升：最终比开始时还高。每一步都迈过了头；请调低 α。" }
    func explodingOscillates(_ rises: Int, _ steps: Int) -> String { "代价在振荡：\(steps) 步中有 \(rises) 步上升。α 已接近稳定的边缘。" }
    func explodingFalls(_ rises: Int, _ steps: Int) -> String { "代价平稳下降（\(steps) 步中只有 \(rises) 步上升）。" }

    // debug.overfit-tiny
    var tinyTitle: String { "在极小的数据集上过拟合" }
    var tinySummary: String { "一个 [2, 20, 20, 1] 的网络在少量样本上训练：正确的实现能把代价降到接近 0，有 bug 的做不到。" }
    var tinyExamples: KnobText { KnobText("样本数", "要记住的训练样本个数") }
    var tinyBug: KnobText { KnobText("植入的 bug", "植入更新步骤的 bug：none（没有），或 wrong-sign（W += α·dW，往上坡走）") }
    func tinyChartTitle(_ count: Int, _ bug: String) -> String { "\(count) 个样本上的代价，bug：\(bug)" }
    func tinyBoundaryTitle(_ count: Int) -> String { "P(y=1) 与 \(count) 个训练样本" }
    func tinyCosts(_ first: String, _ final: String, _ iterations: Int, _ lowest: String, _ accuracy: String) -> String {
        "代价开始时为 \(first)，迭代 \(iterations) 次后为 \(final)（最低 \(lowest)）；训练集准确率 \(accuracy)。"
    }
    func tinyMemorized(_ count: Int) -> String {
        "记住了：网络以接近 0 的代价拟合了\(count == 1 ? "这一个样本" : "全部 \(count) 个样本")。模型能够学习。"
    }
    func tinyCannot(_ count: Int, _ final: String, _ first: String) -> String {
        "记不住 \(count) 个样本：代价最终为 \(final)（开始时为 \(first)）。先找 bug，再调任何超参数。"
    }
    func tinyNotYet(_ count: Int, _ final: String, _ first: String, _ iterations: Int, _ accuracy: String) -> String {
        "还没记住：\(iterations) 次迭代后，\(count) 个样本上的代价从 \(first) 降到 \(final)（训练准确率 \(accuracy)），"
            + "已低于起点的十分之一，但还没接近 0。代价这样下降说明网络在学习，而不是有 bug：样本越多，需要的迭代越多。"
    }

    // debug.saturation
    var saturationTitle: String { "饱和的 sigmoid 单元" }
    var saturationSummary: String { "训练过程中 sigmoid 输入 z 的分布和饱和单元（|z| > 4）的比例，对比大权重和 Xavier 权重。" }
    var saturationInit: KnobText { KnobText("初始化", "权重的初始值：大权重 N(0,1)×10，或 Xavier N(0, 2/(n_in+n_out))") }
    var allHiddenUnits: String { "全部隐藏单元" }
    func zAtIteration(_ iteration: Int) -> String { "第 \(iteration) 次迭代时的 z" }
    func saturationPanelsTitle(_ scheme: String) -> String { "隐藏单元的 sigmoid 输入 z（初始化 \(scheme)；|z| > 4 处饱和）" }
    var saturationShareTitle: String { "饱和隐藏单元的比例（|z| > 4）" }
    var shareAxis: String { "比例" }
    func saturationShares(_ start: String, _ end: String, _ iterations: Int) -> String {
        "饱和的隐藏单元（|z| > 4）：开始时 \(start)，迭代 \(iterations) 次后 \(end)。"
    }
    func saturationSlope(_ before: String, _ now: String) -> String {
        "隐藏单元的平均斜率 σ′(z)：开始时 \(before)，结束时 \(now)（最大为 0.25）。"
    }
    func saturationCosts(_ first: String, _ final: String, _ accuracy: String) -> String {
        "训练代价开始时为 \(first)，结束时为 \(final)；训练集准确率 \(accuracy)。"
    }
    func divergedAtStep(_ step: Int) -> String { "在第 \(step) 步发散。" }

    // debug.update-ratio
    var ratioTitle: String { "更新量与权重之比" }
    var ratioSummary: String { "训练中每层的 ‖α·dW‖/‖W‖，对照健康值 10⁻³ 附近的区间；学习率按 10 倍步进。" }
    var ratioLearningRate: KnobText { KnobText("α（学习率）", "梯度下降的步长；←/→ 乘以或除以 10") }
    var ratioCostSeries: String { "训练代价（全部 300 个样本）" }
    func ratioChartTitle(_ rate: String) -> String { "每层的 ‖α·dW‖ / ‖W‖（20 步平均），α = \(rate)" }
    var ratioAxis: String { "比值" }
    var healthyLabel: String { "健康值 1e-3" }
    func ratioMedians(_ medians: [String], _ typical: String?) -> String {
        "各层比值的中位数：" + medians.joined(separator: "，") + (typical.map { "；典型值 \($0)。" } ?? "。")
    }
    func ratioStopped(_ layers: [String], _ peak: String) -> String {
        "\(layers.joined(separator: "、")) 不再变化（比值中位数为 0），此前最初几步的更新量大到权重的 \(peak)。请调低 α。"
    }
    var ratioNotFinite: String { "没有比值可以判断：更新量或权重已经不是有限数。" }
    func ratioTooHigh(_ share: String) -> String {
        "过高：典型的一步改写了一层权重的 \(share)，超出 1e-4…1e-2 的区间（1e-3 上下 10 倍）。请调低 α。"
    }
    func ratioTooLow(_ ratio: String) -> String {
        "过低：典型的一步只让权重变化其大小的 \(ratio)，低于 1e-4…1e-2 的区间（1e-3 上下 10 倍）：几乎没有在学习。请调高 α。"
    }
    func ratioHealthy(_ ratio: String) -> String { "健康：典型比值 \(ratio) 落在 1e-4…1e-2 区间内，与 1e-3 相差不到 10 倍。" }
    func ratioCosts(_ first: String, _ final: String, _ iterations: Int) -> String {
        "全部 300 个训练样本上的代价：开始时为 \(first)，迭代 \(iterations) 次后为 \(final)。"
    }
}
