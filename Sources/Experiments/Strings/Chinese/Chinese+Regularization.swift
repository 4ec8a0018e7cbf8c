extension ChineseStrings {
    // Shared by the reg.* and dropout.* experiments
    var trainCost: String { "训练代价" }
    var devCost: String { "开发集代价" }
    var trainErrorPercent: String { "训练误差 %" }
    var devErrorPercent: String { "开发误差 %" }
    var stepAxis: String { "步数" }
    var costAxis: String { "代价" }
    func trainingDiverged(atStep step: Int) -> String { "训练在第 \(step) 步发散（代价为 NaN 或 ∞）。" }

    // reg.l2
    var l2Title: String { "用 L2 正则化对抗过拟合" }
    var l2Summary: String { "在 100 个带噪声的点上训练一个大网络，代价中加入惩罚项 (λ/2m)·Σ‖W‖F²：训练集与开发集曲线、决策边界、权重范数。" }
    var l2Lambda: KnobText { KnobText("λ（L2 强度）", "惩罚项 (λ/2m)·Σ‖W‖F² 的权重；0 表示不加惩罚") }
    var weightNorms: String { "权重范数" }
    var layerColumn: String { "层" }
    func unpenalisedCostTitle(_ lambda: String) -> String { "不含惩罚项的代价，λ=\(lambda)" }
    var boundaryOnTrainingSet: String { "训练集上的决策边界" }
    func l2Underfits(_ train: String, _ linear: String, _ difference: String, _ error: String) -> String {
        "训练误差 \(train)% 在噪声范围内并不比一条直线的 \(linear)% 更好（差值 \(difference) ± \(error) 个百分点）：λ 太大，模型几乎和直线一样简单，欠拟合（高偏差）。"
    }
    func l2HighVariance(_ gap: String, _ error: String) -> String {
        "开发误差比训练误差高 \(gap) ± \(error) 个百分点，超出 2 个标准误：高方差，网络拟合了噪声。"
    }
    func l2GapUnclear(_ gap: String, _ error: String) -> String {
        "开发误差比训练误差高 \(gap) ± \(error) 个百分点：不能确定是高方差（在无差距的 2 个标准误之内）。用更多种子或更大的训练集才能分辨。"
    }
    func l2GoodFit(_ gap: String, _ linear: String) -> String {
        "差距只有 \(gap) 个百分点，训练误差也低于一条直线的 \(linear)%：拟合得很好。"
    }
    func l2Errors(_ lambda: String, _ train: String, _ dev: String, _ gap: String) -> String {
        "λ=\(lambda)：训练误差 \(train)%，开发误差 \(dev)%，差距 \(gap) 个百分点。"
    }
    func l2NormFree(_ norm: String, _ steps: Int, _ initial: String) -> String {
        "训练 \(steps) 步后 Σ‖W‖F² = \(norm)（开始时为 \(initial)）：没有惩罚项，权重自由增长。"
    }
    func l2NormHeld(_ norm: String, _ steps: Int, _ unpenalised: String) -> String {
        "训练 \(steps) 步后 Σ‖W‖F² = \(norm)，同一网络不加惩罚项训练则为 \(unpenalised)：惩罚项抑制了权重的增长。"
    }

    // reg.l1-vs-l2
    var l1Title: String { "L1 与 L2：稀疏的权重还是小的权重" }
    var l1Summary: String { "同一个网络用梯度下降分别在相同 λ 的 L1 和 L2 正则化下训练：比较权重的直方图。" }
    var l1Lambda: KnobText { KnobText("λ", "两种惩罚的强度，L1 为 (λ/m)·Σ|w|，L2 为 (λ/2m)·Σw²") }
    var weightAxis: String { "权重" }
    func l1PanelsTitle(_ count: Int, _ steps: Int, _ lambda: String) -> String { "训练 \(steps) 步后的 \(count) 个权重，λ=\(lambda)" }
    func l1NearZero(_ threshold: String, _ l1: String, _ l2: String, _ initial: String) -> String {
        "|w| < \(threshold) 的权重：L1 下占 \(l1)%，L2 下占 \(l2)%（开始时为 \(initial)%）。"
    }
    func l1Median(_ initial: String, _ l1: String, _ l2: String) -> String { "|w| 的中位数：开始时 \(initial)，L1 下 \(l1)，L2 下 \(l2)。" }

    // reg.weight-decay
    var decayTitle: String { "SGD 与 Adam 下的权重衰减和 L2" }
    var decaySummary: String { "同一网络的两份副本，一份在代价中加 L2 惩罚 λ/2m·Σ‖W‖²，一份用解耦的权重衰减 λ/m：SGD 下完全相同，Adam 下分道扬镳。" }
    var decayOptimizer: KnobText { KnobText("优化器", "sgd：普通梯度下降；adam：Adam（L2）对比 AdamW（权重衰减）") }
    var decayRate: KnobText { KnobText("AdamW 衰减", "AdamW 自己的解耦衰减率 wd：每一步 W ← W − α·wd·W（仅 Adam；SGD 用 λ/m）") }
    var l2InTheCost: String { "代价中的 L2" }
    var weightDecay: String { "权重衰减" }
    func decayChartTitle(_ optimizer: String, _ lambda: String, _ decay: String) -> String { "\(optimizer) 下的 ‖W‖：L2（λ=\(lambda)）对比衰减 \(decay)" }
    func decayWeaker(_ rate: String, _ ratio: String, _ matched: String) -> String {
        "wd=\(rate) 的 AdamW 对权重的收缩远弱于 L2：它的 ‖W‖ 是 L2 的 \(ratio) 倍。它的衰减率与 λ 没有对应关系（λ/m = \(matched) 几乎不衰减）：要单独调——调大 decay。"
    }
    func decayStronger(_ rate: String, _ ratio: String) -> String {
        "wd=\(rate) 的 AdamW 对权重的收缩远强于 L2：L2 的 ‖W‖ 是它的 \(ratio) 倍。单独调的话，这个衰减率太强——调小 decay。"
    }
    func decayComparable(_ rate: String, _ ratio: String) -> String {
        "wd=\(rate) 的 AdamW 对权重的收缩与 L2 相当（‖W‖ 之比 \(ratio)），而且每个权重按同样的比例衰减：这是它自己的衰减率，与 λ 分开调。"
    }
    func decayDevApart(_ gap: String, _ error: String, better: Bool) -> String {
        "AdamW 的开发集错误率减去 L2 的：\(gap) ± \(error) 个百分点，超出了开发集的噪声：这里 AdamW \(better ? "更好" : "更差")。"
    }
    func decayDevTied(_ gap: String, _ error: String) -> String {
        "AdamW 的开发集错误率减去 L2 的：\(gap) ± \(error) 个百分点：在开发集的噪声之内，两者分不出高下。"
    }
    var oneWeight: String { "一个权重" }
    var decayScatterTitle: String { "每个权重：L2 训练（x）对比权重衰减训练（y）" }
    var weightWithL2: String { "L2 下的 W" }
    var weightWithDecay: String { "权重衰减下的 W" }
    func decayAdamApart(_ normA: String, _ normB: String, _ gap: String) -> String {
        "Adam 下两次训练分开了：L2 下 ‖W‖ 为 \(normA)，权重衰减下为 \(normB)（最多相差 \(gap)%）。Adam 缩放的是惩罚项的梯度，而不是衰减。"
    }
    func decaySGDAgree(_ difference: String, _ norm: String) -> String {
        "SGD 下两次训练的每个权重都一致：最大差异 \(difference)，‖W‖ 都是 \(norm)。同一种方法，两个名字。"
    }
    func decayFinal(_ normA: String, _ normB: String, _ devA: String, _ devB: String) -> String {
        "最终 ‖W‖：\(normA)（代价中的 L2）和 \(normB)（权重衰减）；开发误差分别为 \(devA)% 和 \(devB)%。"
    }

    // reg.early-stopping
    var stoppingTitle: String { "提前停止与耐心值" }
    var stoppingSummary: String { "用小批量训练一个会过拟合的网络，开发集代价连续 `patience` 个 epoch 没有改善时停止。" }
    var stoppingPatience: KnobText { KnobText("耐心值", "停止训练前允许开发集代价不创新低的 epoch 数") }
    var trainCostMiniBatch: String { "训练代价（小批量平均）" }
    func bestEpochLabel(_ epoch: Int) -> String { "最佳 \(epoch)" }
    func stopEpochLabel(_ epoch: Int) -> String { "停止 \(epoch)" }
    func stoppingChartTitle(_ patience: Int) -> String { "耐心值为 \(patience) 的提前停止" }
    var epochAxis: String { "epoch" }
    func stoppingStopped(_ cost: String, _ best: Int, _ stopped: Int) -> String {
        "最佳开发集代价 \(cost) 出现在第 \(best) 个 epoch；训练在第 \(stopped) 个 epoch 停止（晚了 \(stopped - best) 个 epoch），并恢复了第 \(best) 个 epoch 的权重。"
    }
    func stoppingRose(_ percent: String, _ epochs: Int) -> String {
        "停止之前，开发集代价在上升：最后 \(epochs) 轮的平均值比最低点高 \(percent)%。网络已经开始拟合噪声。"
    }
    func stoppingBarelyRose(_ percent: String, _ epochs: Int) -> String {
        "停止之前，开发集代价几乎没有变化：最后 \(epochs) 轮的平均值只比最低点高 \(percent)%。让这次运行停下来的是一段噪声，而不是明显的过拟合；更大的耐心才能看清。"
    }
    func stoppingRestored(_ accuracy: String, _ atBest: String, _ atStop: String) -> String {
        "恢复后的网络：开发集准确率 \(accuracy)%。训练代价在最佳 epoch 时为 \(atBest)，停止时为 \(atStop)。"
    }
    func stoppingNever(_ epochs: Int, _ best: Int) -> String {
        "\(epochs) 个 epoch 内没有停止：开发集代价不断创出新低（最近一次在第 \(best) 个 epoch）。"
    }

    // reg.augmentation
    var augmentationTitle: String { "二维数据增强" }
    var augmentationSummary: String { "两个同心圆环上的少量点，分别只用原样本训练和加上变换后的副本（旋转、翻转、缩放、平移、加抖动）训练。" }
    var augmentationKnob: KnobText { KnobText("数据增强", "每个训练样本的副本如何变换（all：依次使用每种变换）") }
    var noAugmentation: String { "不做数据增强" }
    func augmentationSeries(_ transformation: String) -> String { "数据增强：\(transformation)" }
    func augmentationBoundaryTitle(_ transformation: String) -> String { "决策边界，数据增强：\(transformation)" }
    var copiesOfZero: String { "类别 0 的副本" }
    var copiesOfOne: String { "类别 1 的副本" }
    func devAccuracyTitle(_ count: Int) -> String { "开发集准确率（\(count) 个点）" }
    func augmentationNone(_ count: Int, _ train: String, _ dev: String) -> String {
        "\(count) 个训练点，不做数据增强：训练集准确率 \(train)%，开发集准确率 \(dev)%。"
    }
    func augmentationCompared(_ with: String, _ transformation: String, _ count: Int, _ copies: Int, _ without: String, _ change: String, _ standardError: String, clear: Bool) -> String {
        "用 \(transformation)（\(count) 个点加 \(copies) 个副本）时开发集准确率 \(with)%，不增强时 \(without)%：相差 \(change) ± \(standardError) 个百分点。"
            + (clear ? "" : "在 2 个标准误之内：在这个开发集上分不出两者的高下（多跑几个种子才能判断）。")
    }
    func augmentationMislabelled(_ percent: String) -> String { "\(percent)% 的副本越过了真实的圆环边界，带着错误的标签。" }

    // reg.label-smoothing
    var smoothingTitle: String { "标签平滑：趋于平稳的置信度" }
    var smoothingSummary: String { "在三团数据上训练一个 softmax 分类器，部分训练标签是错的，目标按 ε 平滑：训练过程中的 logit 差距。" }
    var smoothingEpsilon: KnobText { KnobText("ε（平滑）", "标注类别的目标变为 1 − ε + ε/K，其他类别为 ε/K") }
    var smoothingMislabelled: KnobText { KnobText("错误标签", "被改成错误类别的训练标签比例") }
    var gapCleanSeries: String { "logit 差距，标签正确的点" }
    var gapFlippedSeries: String { "错误标签的 logit 差距，标错的点" }
    var wrongLabelSeries: String { "p(错误标签)，标错的点" }
    var devAccuracySeries: String { "开发集准确率" }
    var devConfidenceSeries: String { "开发集上最高预测概率的平均值" }
    func targetGapLabel(_ gap: String) -> String { "目标差距 \(gap)" }
    func gapChartTitle(_ epsilon: String) -> String { "logit 差距 z(标签) − 其余 z 的最大值，ε=\(epsilon)" }
    var gapAxis: String { "差距" }
    var probabilityChartTitle: String { "开发集准确率与置信度；标错的训练点" }
    var probabilityAxis: String { "概率" }
    func gapTrend(levelsOff: Bool, growing: Bool) -> String { levelsOff ? "趋于平稳" : (growing ? "仍在上升" : "在下降") }
    func gapMovement(_ late: String, _ end: String, _ growth: String) -> String { "训练进行到四分之三时为 \(late)，结束时为 \(end)（\(growth)）" }
    func smoothingHard(_ trend: String, _ movement: String, levelsOff: Bool) -> String {
        "硬目标：标签正确的点上 logit 差距的平均值\(trend)：\(movement)。\(levelsOff ? "" : "目标要求完全确定，所以没有什么能让它停下。")"
    }
    func smoothingSoft(_ epsilon: String, _ trend: String, _ movement: String, _ ceiling: String) -> String {
        "ε=\(epsilon)：标签正确的点上 logit 差距的平均值\(trend)：\(movement)；平滑后的目标要求的差距是 \(ceiling)。"
    }
    func smoothingDev(_ accuracy: String, _ confidence: String) -> String {
        "开发集准确率 \(accuracy)%；开发集上最高预测概率平均为 \(confidence)。"
    }
    func smoothingMemorised(_ count: Int, _ probability: String, _ fit: LabelSmoothing.WrongLabelFit, _ memorisedAt: String, _ guess: String, _ classes: Int) -> String {
        let verdict = switch fit {
        case .memorised: "不低于 \(memorisedAt)，接近其目标要求的概率：网络把它们背下来了"
        case .leaning: "高于在 \(classes) 个类别中随机猜测的 \(guess)，但低于 \(memorisedAt)：网络偏向这些错误标签，但还没有背下来"
        case .resisted: "不高于在 \(classes) 个类别中随机猜测的 \(guess)：网络没有学到这些错误标签"
        }
        return "\(count) 个标错的训练点被预测为其错误标签的平均概率是 \(probability)，\(verdict)。"
    }
}
