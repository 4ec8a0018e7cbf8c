extension ChineseStrings {
    // norm.scales
    var scalesTitle: String { "特征尺度与梯度下降" }
    var scalesSummary: String { "双特征线性回归的代价等高线和梯度下降路径，对比归一化前后。" }
    var scalesScaling: KnobText { KnobText("缩放方式", "训练前如何重新缩放两个输入特征") }
    var scalesLearningRate: KnobText { KnobText("α（学习率）", "梯度下降的步长；逐步调大，直到路径发散") }
    var gradientDescentPath: String { "梯度下降" }
    func noProblem(_ scaling: String) -> String { "没有为缩放方式 \(scaling) 建立问题" }
    func contoursTitle(_ scaling: String, _ rate: String) -> String { "w₁、w₂ 上的 √(代价 − 最小值)（\(scaling)，α=\(rate)）" }
    var minimumPoint: String { "最小值" }
    func iterationsTableTitle(_ rate: String) -> String { "α=\(rate) 时收敛所需的迭代次数" }
    var iterationsColumns: [String] { ["缩放方式", "迭代次数", "最大稳定 α"] }
    func divergedAt(_ iteration: Int) -> String { "发散（第 \(iteration) 次）" }
    func scalesConverged(_ scaling: String, _ iterations: Int, _ rate: String) -> String {
        "\(scaling)：α=\(rate) 时迭代 \(iterations) 次收敛。"
    }
    func scalesDiverged(_ scaling: String, _ iteration: Int, _ rate: String, _ cost: String) -> String {
        "\(scaling)：α=\(rate) 时在第 \(iteration) 次迭代发散：代价增长到 \(cost)；对陡峭的方向来说步长太大了。"
    }
    func scalesNotConverged(_ scaling: String, _ iterations: Int, _ rate: String, _ excess: String) -> String {
        "\(scaling)：α=\(rate) 时迭代 \(iterations) 次仍未收敛；代价仍比最小值高 \(excess)。"
    }
    func scalesCurvature(_ ratio: String, _ weightRatio: String, _ axes: String, round: Bool, _ stable: String) -> String {
        "在 (w₁, w₂, b) 上最大与最小曲率之比为 \(ratio)；只看 (w₁, w₂)、b 取最优值时为 \(weightRatio)："
            + "图中等高线的长轴是短轴的 \(axes) 倍" + (round ? "（接近圆形）。" : "。") + "最大稳定 α = 2/最大曲率 = \(stable)。"
    }
    func scalesNotCentred(_ mean1: String, _ mean2: String, _ ratio: String) -> String {
        "输入没有中心化（均值 \(mean1) 和 \(mean2)），b 与权重耦合在一起：梯度下降也要移动 b，"
            + "所以无论 (w₁, w₂) 上的等高线看起来多圆，它都和曲率比 \(ratio) 所示的一样慢。中心化（standardize）能消除这一点。"
    }
    func scalesAtSameRate(_ outcomes: [String]) -> String { "相同 α 下：" + outcomes.joined(separator: "，") + "。" }

    // norm.leak
    var leakTitle: String { "归一化统计量：只用训练集拟合，还是用全部数据？" }
    var leakSummary: String { "用训练集或全部数据拟合 μ 和 σ，比较开发集、测试集得分与新数据上的得分。" }
    var leakFitOn: KnobText { KnobText("μ、σ 拟合于", "标准化统计量由哪些样本计算") }
    func fitOnGroup(_ way: String) -> String { "拟合于 \(way)" }
    var newData: String { "新数据" }
    func leakChartTitle(_ draws: Int) -> String { "\(draws) 次抽取的平均准确率（%）" }
    var leakTableTitle: String { "不同 μ、σ 拟合方式下的准确率（多次抽取的平均）" }
    var leakColumns: [String] { ["拟合于", "开发集", "测试集", "新数据", "开发/测试 − 新数据"] }
    func leakScores(_ way: String, _ dev: String, _ test: String, _ new: String, _ draws: Int) -> String {
        "拟合于 \(way)：开发集 \(dev)，测试集 \(test)，真正的新数据 \(new)（\(draws) 次抽取的平均）。"
    }
    func leakOptimism(_ gap: String, _ error: String, _ reading: StatisticsLeak.Run.OptimismReading) -> String {
        let verdict = switch reading {
        case .optimistic: "这是过于乐观的估计。"
        case .withinNoise: "在抽取的噪声范围之内。"
        case .pessimistic: "差得超出了抽取的噪声，但这不是泄漏造成的乐观（泄漏只会让结果显得更好）：在这个种子下，抽到开发集/测试集的样本比新数据更难。"
        }
        return "开发集/测试集看起来比新数据好 \(gap) 个百分点（多次抽取的误差 ± \(error)）：" + verdict
    }
    func leakMoved(_ moved: String, _ meanShift: String, _ spread: String) -> String {
        "改用全部数据而不是训练集来拟合，开发集/测试集得分变化了 \(moved) 个百分点：加入开发集和测试集使 μ 移动了 "
            + "\(meanShift)σ，σ 变化了 \(spread)%，而且统计量中不含任何标签。"
    }
}
