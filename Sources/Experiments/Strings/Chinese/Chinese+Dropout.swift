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
    func keepProbErrors(_ keep: String, _ train: String, _ dev: String, _ gap: String) -> String {
        "keep_prob=\(keep)：训练误差 \(train)%，开发误差 \(dev)%，差距 \(gap) 个百分点。"
    }
}
