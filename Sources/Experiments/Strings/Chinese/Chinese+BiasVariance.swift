extension ChineseStrings {
    // Shared by the biasvar.* experiments
    var labelNoise: KnobText { KnobText("标签噪声", "随机翻转的标签比例：任何模型能达到的最低误差") }
    func diagnosis(_ diagnosis: BiasVarianceDiagnosis) -> String {
        switch diagnosis {
        case .highBias: "高偏差"
        case .highVariance: "高方差"
        case .both: "高偏差且高方差"
        case .good: "良好"
        case .highBiasVarianceUnclear: "高偏差，方差不明"
        case .highVarianceBiasUnclear: "高方差，偏差不明"
        case .unclear: "不明"
        }
    }

    // biasvar.capacity
    var capacityTitle: String { "偏差与方差随模型容量的变化" }
    var capacitySummary: String { "从直线到 10 次多项式边界的一系列模型的训练误差和开发误差，每个模型标为高偏差、高方差、两者兼有或良好。" }
    var devError: String { "开发误差" }
    func capacityChartTitle(_ count: Int, _ noise: String) -> String { "误差随容量的变化（\(count) 个训练样本，\(noise) 的标签被翻转）" }
    var degreeAxis: String { "多项式次数" }
    func noiseFloorLabel(_ noise: String) -> String { "噪声下限 \(noise)" }
    func capacityTableTitle(_ noise: String) -> String { "各模型与 \(noise) 噪声下限的比较" }
    var capacityColumns: [String] { ["次数", "特征数", "训练", "开发", "可避免偏差", "方差", "诊断"] }
    func capacityAtDegrees(_ diagnosis: String, _ degrees: String, plural: Bool) -> String { "\(degrees) 次为\(diagnosis)" }
    func capacityOverview(_ noise: String, _ summary: String) -> String { "以 \(noise) 的噪声下限为准：\(summary)。" }
    func capacityTrend(_ firstTrain: String, _ lastTrain: String, _ lastDegree: Int, _ bestDegree: Int, _ bestDev: String, _ lastDev: String) -> String {
        "训练误差从 \(firstTrain)（1 次）降到 \(lastTrain)（\(lastDegree) 次）；开发误差在 \(bestDegree) 次时最低（\(bestDev)），"
            + "最后为 \(lastDev)。"
    }
    func capacityBest(_ train: String, _ dev: String, _ bias: String, _ variance: String, _ diagnosis: String) -> String {
        "最佳模型：训练 \(train)，开发 \(dev)：可避免偏差 \(bias)，方差 \(variance)（\(diagnosis)）。"
    }
    var belowNoiseFloor: String {
        "它的可避免偏差为负：训练误差低于噪声下限，因为它拟合了一部分被翻转的训练标签，而这些标签在新数据上任何模型都无法预测（开发误差不会低于下限）。"
    }
    func capacityUnclear(_ degrees: String, plural: Bool, _ trainCount: Int) -> String {
        "\(degrees) 次不明：差值超过 5 个百分点，但在 2 个标准误之内（±，来自 \(trainCount) 个训练样本和 1,000 个开发样本），可能只是抽样噪声。更多训练样本，或用更多种子重跑，才能分辨。"
    }

    // biasvar.data-size
    var curvesTitle: String { "学习曲线：更多数据对偏差和方差的作用" }
    var curvesSummary: String { "小模型（线性）和大模型（8 次）的训练误差和开发误差随训练集大小的变化。" }
    func curvesModel(large: Bool, _ degree: Int) -> String { "\(large ? "大模型" : "小模型")（\(degree) 次）" }
    func curvesTrain(_ model: String) -> String { "\(model) 训练" }
    func curvesDev(_ model: String) -> String { "\(model) 开发" }
    func curvesChartTitle(_ noise: String) -> String { "学习曲线（\(noise) 的标签被翻转）" }
    var trainingExamplesAxis: String { "训练样本数" }
    var noiseFloor: String { "噪声下限" }
    var curvesTableTitle: String { "不同训练集大小下的训练 / 开发误差" }
    var examplesColumn: String { "样本数" }
    func curvesModelColumn(large: Bool) -> String { "\(large ? "大模型" : "小模型") 训练 / 开发" }
    var largeGapColumn: String { "大模型差距" }
    func curvesSmall(_ size: Int, _ train: String, _ dev: String, _ aboveFloor: String, _ firstSize: Int, _ firstDev: String, clearlyBiased: Bool) -> String {
        "小模型用 \(size) 个样本：训练 \(train)，开发 \(dev)：两条曲线已在噪声下限之上 \(aboveFloor) 处会合。"
            + (clearlyBiased ? "高偏差：" : "不能确定是高偏差（离下限不到 5 个百分点或在 2 个标准误之内），不过")
            + "样本从 \(firstSize) 个增加到 \(size) 个，开发误差只从 \(firstDev) 变为 \(dev)。"
    }
    func curvesLarge(_ firstGap: String, _ firstSize: Int, _ lastGap: String, _ lastSize: Int, _ firstDev: String, _ lastDev: String) -> String {
        "大模型：训练与开发误差的差距从 \(firstSize) 个样本时的 \(firstGap) 缩小到 \(lastSize) 个时的 \(lastGap)；"
            + "开发误差从 \(firstDev) 降到 \(lastDev)。更多数据能治高方差。"
    }
}
