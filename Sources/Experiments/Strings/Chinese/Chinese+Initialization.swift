extension ChineseStrings {
    // Shared by the init.* experiments
    func schemeLabel(_ scheme: InitializationScheme) -> String {
        switch scheme {
        case .small: "N(0, 0.01²)"
        case .unit: "N(0, 1)"
        case .xavier: "Xavier"
        case .xavierUniform: "Xavier 均匀"
        case .he: "He"
        }
    }
    var layerAxis: String { "层" }
    var initWeightsKnob: KnobText { KnobText("初始化", "权重：N(0,0.01²)、N(0,1)、Xavier N(0, 2/(n_in+n_out))、Xavier 均匀分布 U(±√(6/(n_in+n_out))) 或 He N(0, 2/n_in)") }

    // init.compare
    var compareTitle: String { "全零、大随机值与 He 初始化" }
    var compareSummary: String { "一个 [2, 10, 5, 1] 的 ReLU 网络在圆环数据上训练，权重从全零、大随机值（×10）或 He 初始化开始：代价、决策边界、准确率。" }
    var compareInit: KnobText { KnobText("初始化", "权重的初始值：全零、N(0,1)×10 或 He N(0, 2/n)") }
    func schemeLabel(_ scheme: InitCompare.Scheme) -> String {
        switch scheme {
        case .zeros: "全零"
        case .large: "随机 ×10"
        case .he: "He"
        }
    }
    func compareCostTitle(_ scheme: String) -> String { "训练代价，初始化 = \(scheme)" }
    var iterationAxis: String { "迭代次数" }
    func compareBoundaryTitle(_ iterations: Int) -> String { "迭代 \(iterations) 次后的 P(y=1)" }
    func compareCosts(_ first: String, _ iterations: Int, _ final: String) -> String {
        "初始代价 \(first)（ln 2 = 0.693），迭代 \(iterations) 次后为 \(final)。"
    }
    func compareAccuracy(_ train: String, _ dev: String) -> String { "训练集准确率 \(train)，开发集准确率 \(dev)。" }
    func compareHugeFirstCost(_ ratio: String) -> String {
        "初始代价是 ln 2 的 \(ratio) 倍：还没学到任何东西，巨大的 logit 就已经在自信地犯错。"
    }
    func compareWorseThanHe(_ scheme: String, _ he: String, _ gap: String, _ error: String, worse: Bool) -> String {
        "同样的数据上 He 的开发集准确率为 \(he)；\(scheme) 最后\(worse ? "低" : "高")出 \(gap) ± \(error) 个百分点，超出了开发集的噪声。"
    }
    func compareTiedWithHe(_ scheme: String, _ he: String, _ gap: String, _ error: String) -> String {
        "同样的数据上 He 的开发集准确率为 \(he)；He 减去 \(scheme) 为 \(gap) ± \(error) 个百分点：在开发集的噪声之内，这个种子分不出两者。在大多数种子下，\(scheme) 最后都远低于 He。"
    }
    func compareSymmetric(_ prediction: String) -> String {
        "对称性始终没有被打破：每个隐藏层的所有单元权重仍然完全相同（差异为 0），所以网络在各处都预测 ŷ = \(prediction)。"
    }
    func compareUnitsDiffer(_ spread: String) -> String {
        "隐藏单元各不相同（同一层两个单元之间权重的最大差异：\(spread)）。"
    }

    // init.activations
    var activationsTitle: String { "激活值穿过十层网络" }
    var activationsSummary: String { "1,000 个随机输入穿过 10 层、每层 500 个单元的网络：每种初始化下各层激活值的直方图和标准差。" }
    var activationsActivation: KnobText { KnobText("激活函数", "每一层的非线性函数") }
    var stdOfActivations: String { "激活值的标准差" }
    func stdChartTitle(_ activation: String, _ scheme: String) -> String { "各层的标准差（\(activation)，\(scheme)）" }
    var stdAxis: String { "标准差" }
    func activationsPanelsTitle(_ low: String, _ high: String) -> String { "各层激活值，共用一条坐标轴 \(low)…\(high)" }
    func activationsStd(_ first: String, _ last: String, _ overall: String) -> String {
        "标准差：第 1 层 \(first)，第 10 层 \(last)（总共 ×\(overall)）。"
    }
    func activationsFactors(_ low: String, _ high: String, _ mean: String) -> String {
        "每经过一层，标准差乘以 \(low)…\(high)（几何平均 \(mean)）。"
    }
    func activationsSaturated(_ share: String) -> String { "第 10 层有 \(share) 的 tanh 单元饱和（|a| > 0.99）。" }
    func activationsZero(_ share: String) -> String { "第 10 层有 \(share) 的 ReLU 输出恰好为 0。" }
    var activationsSaturating: String { "饱和：激活值堆积在 −1 和 +1 附近，那里 tanh 的斜率几乎为 0。" }
    func activationsVanishing(_ factor: String, _ last: String) -> String { "消失：信号每层乘以 \(factor)，最后只剩 \(last)。" }
    func activationsExploding(_ factor: String, _ last: String) -> String { "爆炸：信号每层乘以 \(factor)，最后达到 \(last)。" }
    func activationsHealthy(_ spread: String) -> String { "健康：十层之间的标准差相差不超过 \(spread) 倍。" }

    // init.gradients
    var gradientsTitle: String { "梯度穿过十层网络" }
    var gradientsSummary: String { "初始化时到达十个隐藏层中每一层的梯度，随激活函数和权重尺度而变：消失、爆炸或持平。" }
    var gradientsActivation: KnobText { KnobText("激活函数", "隐藏层的非线性函数") }
    func layerBar(_ layer: Int) -> String { "第 \(layer) 层" }
    func gradientsChartTitle(_ activation: String, _ scheme: String) -> String {
        "初始化时到达各隐藏层的 ‖∂J/∂Z‖（\(activation)，\(scheme)）"
    }
    var perHiddenLayer: String { "各隐藏层" }
    func gradientsTrend(_ last: String, _ first: String, _ perLayer: String) -> String {
        "‖∂J/∂Z‖ 在第 10 层为 \(last)，在第 1 层为 \(first)：向下传播时每层 ×\(perLayer)。"
    }
    var gradientsNotFinite: String { "梯度不是有限数：发生了上溢或下溢。" }
    func gradientsVanishing(_ ratio: String) -> String { "梯度消失：到达第 1 层的梯度是到达第 10 层的 \(ratio) 倍。" }
    func gradientsExploding(_ ratio: String) -> String { "梯度爆炸：到达第 1 层的梯度是到达第 10 层的 \(ratio) 倍。" }
    func gradientsLevel(_ factor: String) -> String {
        "持平：第 1 层和第 10 层得到的梯度相差不超过 \(factor) 倍，所以各层一起开始学习。"
    }
    func gradientsWeights(_ low: String, _ high: String) -> String {
        "隐藏层的权重梯度 ‖∂J/∂W‖ 从 \(low) 到 \(high) 不等（见表）：它们还与每层的输入 A[l−1] 成比例。"
    }

    // init.orthogonal
    var orthogonalTitle: String { "正交初始化与高斯初始化在深层中的对比" }
    var orthogonalSummary: String { "200 个单位长度的输入经过 50 个线性层后的长度 ‖x‖：高斯 N(0, 1/n) 权重让它们渐渐分散，正交权重让它们都保持为 1。" }
    var orthogonalInit: KnobText { KnobText("初始化", "权重：高斯 N(0, 1/n)；正交，取自高斯矩阵的 QR 分解；或取自它的 SVD（U·Vᵀ）") }
    func schemeLabel(_ scheme: InitOrthogonal.Scheme) -> String {
        switch scheme {
        case .gaussian: "高斯 N(0, 1/n)"
        case .orthogonal: "正交"
        case .orthogonalSVD: "正交（SVD）"
        }
    }
    var minNorm: String { "最小 ‖x‖" }
    var medianNorm: String { "‖x‖ 中位数" }
    var maxNorm: String { "最大 ‖x‖" }
    func layerFailed(_ layer: Int, _ error: String) -> String { "无法应用第 \(layer) 层：\(error)" }
    func orthogonalChartTitle(_ scheme: String, _ units: Int) -> String { "每层之后 ‖x‖ 的分布范围（\(scheme)，\(units) 个单元）" }
    var startNormLabel: String { "起点：‖x‖ = 1" }
    func orthogonalHistogramTitle(_ inputs: Int, _ layer: Int) -> String { "第 \(layer) 层之后 \(inputs) 个输入的 ‖x‖" }
    func orthogonalRange(_ layers: Int, _ low: String, _ high: String, _ median: String) -> String {
        "经过 \(layers) 层后，‖x‖ 从 \(low) 到 \(high) 不等（中位数 \(median)）；每个输入开始时都是 1。"
    }
    func orthogonalMeanSquare(_ value: String) -> String { "各输入 ‖x‖² 的平均值为 \(value)（开始时为 1）。" }
    func orthogonalPreserved(_ deviation: String) -> String { "每个长度都保持不变：最大的 |‖x‖ − 1| 为 \(deviation)，只是舍入误差。" }
    func orthogonalDrifted(_ ratio: String) -> String { "长度渐渐分散：最长的是最短的 \(ratio) 倍。" }
}
