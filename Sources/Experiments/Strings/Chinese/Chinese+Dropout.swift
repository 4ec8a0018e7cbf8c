extension ChineseStrings {
    // dropout.keep-prob
    var keepProbTitle: String { "用随机失活（丢弃法）的 keep_prob 对抗过拟合" }
    var keepProbSummary: String { "在 100 个带噪声的点上训练一个大网络，隐藏层使用反向随机失活：训练集与开发集曲线、带噪声的训练代价、决策边界。" }
    var keepProbKnob: KnobText { KnobText("keep_prob", "训练时每个隐藏单元被保留的概率；1 表示不用随机失活") }
    var trainingCostAsTrained: String { "训练代价（训练时）" }
    var devCostNoDropout: String { "开发集代价（不失活）" }
    func keepProbCostTitle(_ keep: String) -> String { "代价，keep_prob=\(keep)" }
    var boundaryAtTestTime: String { "决策边界（测试时保留全部单元）" }
    func keepProbJumps(_ percent: String) -> String {
        "训练代价每步跳动 \(percent)%：每次更新看到的都是一个不同的稀疏网络。"
    }
    func keepProbSmooth(_ percent: String) -> String {
        "不用随机失活时训练代价很平滑（每步抖动 \(percent)%）：J 稳步下降，这是打开随机失活之前要做的检查。"
    }
    func keepProbErrors(_ keep: String, _ train: String, _ dev: String, _ gap: String, _ standardError: String, unclear: Bool) -> String {
        "keep_prob=\(keep)：训练误差 \(train)%，开发误差 \(dev)%，差距 \(gap) ± \(standardError) 个百分点。"
            + (unclear ? "不能确定是高方差：差距在 2 个标准误之内（多跑几个种子或用更大的开发集才能判断）。" : "")
    }

    // dropout.scaling
    var scalingTitle: String { "反向随机失活：为什么要除以 keep_prob" }
    var scalingSummary: String { "在数千个随机失活掩码下，一个隐藏层向下一层传递的平均激活值，与测试时的值对比，共三种缩放方式。" }
    var scalingKeepProb: KnobText { KnobText("keep_prob", "训练时每个隐藏单元被保留的概率") }
    var scalingKnob: KnobText { KnobText("缩放方式", "inverted：训练时除以 keep_prob；at-test：测试时乘以 keep_prob；none：不缩放") }
    var runningMeanSeries: String { "训练：目前所有掩码下的平均值" }
    var noMaskDrawn: String { "随机失活没有为隐藏层生成掩码" }
    func scalingChartTitle(_ keep: String, _ scaling: String) -> String { "传递下去的平均激活值，keep_prob=\(keep)，缩放方式 \(scaling)" }
    var masksDrawnAxis: String { "已抽取的掩码数" }
    var meanActivationAxis: String { "平均 a" }
    var testTimeLabel: String { "测试时" }
    var unitClass: String { "单元" }
    var trainingEqualsTest: String { "训练 = 测试" }
    func scalingScatterTitle(_ units: Int) -> String { "\(units) 个单元各自的训练平均值与测试时的值" }
    var testTimeMeanAxis: String { "测试时平均值" }
    var trainingMeanAxis: String { "训练平均值" }
    func scalingSummaryFinding(_ masks: Int, _ train: String, _ test: String, _ ratio: String) -> String {
        "在 \(masks) 个掩码下，下一层在训练时平均收到 \(train)，测试时收到 \(test)：比值为 \(ratio)。"
    }
    var scalingNothingToCorrect: String { "keep_prob = 1 时什么都不丢弃，也就没有什么需要校正。" }
    func scalingNone(_ keep: String) -> String {
        "不缩放时，训练看到的输入约为测试时的 keep_prob = \(keep) 倍：网络训练时的输入比测试时小。"
    }
    var scalingInverted: String { "反向随机失活：训练时除以 keep_prob，两个平均值就一致了，测试时的网络无须任何改动。" }
    var scalingAtTest: String { "测试时乘以 keep_prob 也能让两个平均值一致，代价是测试时要改动网络。" }
}
