import DLCore
import TextCharts

extension ChineseStrings {
    // Shared by the gradcheck.* experiments (and dltutor check)
    func verdict(_ verdict: GradientCheckVerdict) -> String {
        switch verdict {
        case .great: "很好"
        case .lookCloser: "需要细查"
        case .bug: "有 bug"
        case .notMeaningful: "没有意义"
        case .inconclusive: "无法判断"
        }
    }
    var gradientCheckBands: [ThresholdBand] {
        [ThresholdBand(below: 1e-7, color: .green, label: "通过"),
         ThresholdBand(below: 1e-3, color: .yellow, label: "细查"),
         ThresholdBand(below: .infinity, color: .red, label: "bug")]
    }
    var worstComponentsTitle: String { "差异最大的分量" }
    var worstComponentsColumns: [String] { ["分量", "反向传播", "数值", "|差|", "相对"] }
    var cannotJudge: String { "在这个 ε 下，有限差分无法判断反向传播是否正确；试试 ε ≈ 1e-7。" }
    func allSegmentsPass(_ count: Int, _ largest: String, _ difference: String) -> String {
        "全部 \(count) 段都通过；最大的是 \(largest)，为 \(difference)。"
    }
    func allSegmentsFail(_ count: Int, _ low: String, _ high: String) -> String { "全部 \(count) 段都未通过（\(low) 到 \(high)）。" }
    func failingSegments(_ segments: [String]) -> String { "未通过：" + segments.joined(separator: "，") + "。" }
    func overallVerdict(_ difference: String, _ verdict: String, _ segments: String) -> String { "总体 \(difference)：\(verdict)。\(segments)" }
    func setAside(_ count: Int, _ total: Int, allKinks: Bool, _ names: String) -> String {
        let why = allKinks ? "落在 ReLU 的折点上，±ε 看到两侧的斜率，反向传播只用其中一个" : "跨过了 ReLU 的折点，或在 ε 与 ε/2 之间发生变化"
        return "\(total) 个分量中有 \(count) 个\(why)（\(names)）：已排除，结论针对其余分量。"
    }
    func worstComponent(_ name: String, _ analytic: String, _ numeric: String) -> String {
        "差异最大的分量 \(name)：反向传播 \(analytic)，数值 \(numeric)。"
    }
    var relativeDifference: String { "相对误差" }
    var greatLabel: String { "1e-7 很好" }
    var bugLabel: String { "1e-3 有 bug" }
    var plantedBug: String { "植入的 bug" }

    // gradcheck.epsilon
    var epsilonTitle: String { "单边差分与双边差分" }
    var epsilonSummary: String { "ε 从 1e-1 缩小到 1e-12 时，单边和双边数值导数的误差。" }
    var epsilonFunction: KnobText { KnobText("f(θ)", "要估计导数的函数；network：一个 [4,5,3,1] 网络的代价（不用 θ）") }
    var epsilonTheta: KnobText { KnobText("θ", "估计导数的位置") }
    var epsilonPointsPerDecade: KnobText { KnobText("每十倍的点数", "每个数量级取多少个 ε") }
    var oneSidedError: String { "单边 |误差|" }
    var twoSidedError: String { "双边 |误差|" }
    func epsilonChartTitle(_ formula: String, _ theta: String) -> String { "\(formula) 在 θ=\(theta) 处导数的 |数值 − 精确值|" }
    var errorAxis: String { "误差" }
    func epsilonSlopes(_ one: String, _ two: String) -> String {
        "ε ≥ 1e-4 时，单边误差按 ε^\(one) 下降，双边误差按 ε^\(two) 下降。"
    }
    func epsilonBest(_ oneError: String, _ oneEpsilon: String, _ twoError: String, _ twoEpsilon: String) -> String {
        "按曲线的趋势读（每个点与前后各半个数量级内的点取平均），单边误差最低约为 \(oneError)，在 ε=\(oneEpsilon) 附近；双边最低约为 \(twoError)，在 ε=\(twoEpsilon) 附近。"
    }
    func epsilonRounding(network: Bool, oneGrows: Bool, twoGrows: Bool, _ oneAtSmallest: String, _ twoAtSmallest: String) -> String {
        let errors = network ? "差分的误差" : "误差"
        let rounding = network ? "J 的舍入误差（≈1e-16/ε）" : "舍入误差（≈1e-16/ε）"
        let atSmallest = "（ε=1e-12 时单边 \(oneAtSmallest)，双边 \(twoAtSmallest)）"
        switch (oneGrows, twoGrows) {
        case (true, true): return "ε 再小下去，\(rounding)占了上风，两种\(errors)又都变大\(atSmallest)。"
        case (true, false), (false, true):
            let which = oneGrows ? "单边" : "双边"
            return "越过最低点后，只有\(which)\(errors)随\(rounding)又变大；另一种没有回升一个数量级\(atSmallest)。"
        case (false, false):
            return network ? "直到 ε=1e-12，两种差分的误差都没有再变大\(atSmallest)：这里舍入误差始终赶不上截断误差。"
                : "直到 ε=1e-12，两种误差都没有再变大\(atSmallest)：舍入误差与 |f(θ±ε)| 成正比，而这里 f(θ) = 0，它随 ε 一起变小，始终赶不上截断误差。"
        }
    }
    func epsilonAtHundredth(_ estimate: String, _ exact: String) -> String { "ε=0.01 时双边估计为 \(estimate)（精确值 \(exact)）。" }
    var oneSidedDifference: String { "单边差分" }
    var twoSidedDifference: String { "双边差分" }
    var networkSweepTitle: String { "一个正确的 [4, 5, 3, 1] 网络：反向传播梯度与数值梯度的相对误差" }
    func networkSlopes(_ one: String, _ two: String) -> String {
        "ε ≥ 1e-4 时，单边差分的误差按 ε^\(one) 下降，双边按 ε^\(two) 下降。"
    }
    func networkBest(_ oneError: String, _ oneEpsilon: String, _ twoError: String, _ twoEpsilon: String) -> String {
        "按曲线的趋势读（每个点与前后各半个数量级内的点取平均），单边差分最低约为 \(oneError)，在 ε=\(oneEpsilon) 附近；双边最低约为 \(twoError)，在 ε=\(twoEpsilon) 附近。"
    }
    func networkUsual(_ epsilon: String, _ two: String, _ one: String) -> String {
        "ε=\(epsilon) 时，正确的反向传播双边得到 \(two)，单边得到 \(one)。"
    }

    // gradcheck.after-training
    var afterTitle: String { "训练之后再检验一次" }
    var afterSummary: String { "梯度检验的相对误差：在初始化时，以及训练进行中。" }
    var afterBug: KnobText { KnobText("植入的 bug", "tanh-derivative：反向传播用 1 − z² 代替 1 − tanh²(z)") }
    var afterSteps: KnobText { KnobText("训练步数", "第一次和最后一次检验之间的 Adam 更新次数") }
    var afterInitStd: KnobText { KnobText("初始 σ", "初始权重的标准差（小：z ≈ 0）") }
    var afterChartTitle: String { "训练过程中的梯度检验" }
    var trainingStepAxis: String { "训练步数" }
    func afterDiverged(_ step: Int, _ lastCheck: Int) -> String {
        "训练在第 \(step) 步发散（代价为 NaN 或 ∞）；最后一次检验在第 \(lastCheck) 步。"
    }
    func afterDifferences(_ atInit: String, _ initVerdict: String, _ steps: Int, _ atEnd: String, _ endVerdict: String) -> String {
        "初始化时相对误差 \(atInit)（\(initVerdict)），训练 \(steps) 步后 \(atEnd)（\(endVerdict)）。"
    }
    func afterBecause(tanhBug: Bool, failsBetween window: (lastPassing: Int, firstFailing: Int)?) -> String {
        let when = window.map { $0.firstFailing == 0 ? "；初始化时检验就不通过。" : "；在第 \($0.lastPassing) 步（最后一次通过的检验）与第 \($0.firstFailing) 步（第一次不通过的检验）之间开始不通过。" }
        return tanhBug ? "1−z² ≈ 1−tanh²z 只在 0 附近成立" + (when ?? "。") : "正确的反向传播在任何 z 处都一致。"
    }
    func afterHiddenZ(_ atInit: String, _ atEnd: String, _ because: String) -> String { "隐藏层 |z| \(atInit) → \(atEnd)：\(because)" }

    // gradcheck.components
    var bugLabTitle: String { "梯度检验 bug 实验室" }
    var bugLabSummary: String { "在反向传播中植入一个 bug，看梯度检验标出 θ 的哪些段。" }
    var bugLabBug: KnobText { KnobText("植入的 bug", "植入反向传播的错误") }
    var bugLabLayers: KnobText { KnobText("各层大小", "网络各层的大小 [n⁰, n¹, …, 1]") }
    var bugLabHidden: KnobText { KnobText("隐藏层激活函数", "隐藏层的激活函数（输出层为 sigmoid）") }
    var bugLabLambda: KnobText { KnobText("λ（L2）", "L2 强度，代价和反向传播中都使用") }
    var bugLabEpsilon: KnobText { KnobText("ε", "双边差分的步长") }
    func bugLabScaled(_ parts: [String]) -> String { "梯度放大 k 倍时预测相对误差为 |k−1|/(k+1)：" + parts.joined(separator: "，") + "。" }
    func bugLabMissingOneOverM(_ m: Int, _ predicted: String, withPenalty: Bool) -> String {
        withPenalty
            ? "λ > 0：惩罚项的梯度保留了 1/m，所以 W 段的误差偏离 (m−1)/(m+1) = \(predicted)。"
            : "每个梯度都大了 m = \(m) 倍：(m−1)/(m+1) = \(predicted)。"
    }
    var bugLabNoPenalty: String { "λ = 0：没有惩罚项，忘掉它的梯度也不会改变什么；请设置 lambda，例如 0.7。" }
    var bugLabOnlyW: String { "只有 dW 带有惩罚项的梯度 (λ/m)·W：只有 W 段可能不通过。" }
    var bugLabNoTanh: String { "隐藏层用的是 ReLU，根本用不到 tanh 的导数：请把 hidden 设为 tanh。" }
    var bugLabTanh: String { "用 1 − z² 代替 1 − tanh²(z)：最后一个 tanh 层自身的那一段（W 和 b）以及它以下的每一段都有偏差。" }

    // gradcheck.dropout
    var dropoutCheckTitle: String { "随机失活下的梯度检验" }
    var dropoutCheckSummary: String { "每次计算代价都换一个新的随机失活掩码，检验就失效了；固定掩码或 keep-prob 取 1 可以修复。" }
    var dropoutCheckKeepProb: KnobText { KnobText("keep_prob", "每个隐藏单元被保留的概率（1：不用随机失活）") }
    var dropoutCheckFixMask: KnobText { KnobText("固定掩码", "每次计算 J 都使用同一个随机失活掩码") }
    var dropoutCheckOrdinary: String { "keep_prob = 1 时什么都不丢弃：就是普通的检验。" }
    func dropoutCheckFixed(_ evaluations: Int) -> String { "\(evaluations) 次计算 J 都用同一个掩码：检验连随机失活的反向传播也覆盖了。" }
    func dropoutCheckFresh(_ numeric: String, _ analytic: String) -> String {
        "每次计算都换新掩码：数值梯度大到 \(numeric)，而反向传播的只有 \(analytic)。"
    }

    // gradcheck.regularization
    var penaltyTitle: String { "检验你真正最小化的代价" }
    var penaltySummary: String { "用含和不含惩罚项的代价，分别检验一个正确的 L2 反向传播。" }
    var penaltyLambda: KnobText { KnobText("λ（L2）", "反向传播使用的 L2 强度（若包含惩罚项，检验的代价也用它）") }
    var penaltyInclude: KnobText { KnobText("检验含惩罚项", "检验所用的代价是否包含 (λ/2m)·Σ‖W‖²") }
    var penaltyNone: String { "λ = 0：没有惩罚项，检验里漏掉它也不会改变什么。" }
    var penaltySame: String { "检验求导的 J 与反向传播的相同，包括惩罚项。" }
    var penaltyMissing: String { "反向传播是对的：检验的 J 缺少 (λ/2m)·Σ‖W‖²，所以 W 段不通过。" }
}
