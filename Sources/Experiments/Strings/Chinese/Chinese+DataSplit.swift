extension ChineseStrings {
    // split.ratios
    var ratiosTitle: String { "按数据规模选择划分比例" }
    var ratiosSummary: String { "在 70/30、60/20/20、98/1/1 和 99.5% 等划分下，训练集、开发集（验证集）和测试集各分到多少样本。" }
    var ratiosSize: KnobText { KnobText("样本数", "待划分的带标签样本总数") }
    var train: String { "训练集" }
    var dev: String { "开发集" }
    var test: String { "测试集" }
    func ratiosChartTitle(_ size: String) -> String { "各集合的样本数，共 \(size) 个（对数坐标）" }
    func ratiosTableTitle(_ size: String) -> String { "\(size) 个样本时各集合的样本数" }
    var ratiosSplitColumn: String { "划分" }
    var ratiosNoiseColumn: String { "90% 时开发集标准误 ±" }
    func points(_ value: String) -> String { "\(value) 个百分点" }
    func ratiosClassic(_ classicDev: String, _ classicNoise: String, _ modernDev: String, _ modernNoise: String) -> String {
        "60/20/20 划出的开发集有 \(classicDev) 个样本，模型准确率为 90% 时，测得准确率的标准误为 ±\(classicNoise)；98/1/1 划出 \(modernDev) 个（±\(modernNoise)，是一个标准误，不是置信区间）。"
    }
    func ratiosEnough(_ dev: String, _ extra: String) -> String {
        "1% 已经是 \(dev) 个样本，足以区分模型的好坏：98/1/1 比 60/20/20 多出 \(extra) 个训练样本。"
    }
    func ratiosTooFew(_ dev: String, one: Bool) -> String {
        "1% 只有 \(dev) 个样本，远不够做开发集。这样的数据规模请保留经典的 60/20/20 或 70/30。"
    }
    func ratiosNoisy(_ dev: String, _ noise: String) -> String {
        "1% 是 \(dev) 个样本，噪声仍有 ±\(noise)：分不清相差不到一个百分点的模型；这样的规模下划出更大的比例（60/20/20）更稳妥。"
    }
    func ratiosHalf(_ dev: String, _ test: String, _ noise: String) -> String {
        "99.5/0.25/0.25 留下 \(dev) 个开发集样本和 \(test) 个测试集样本（开发集噪声 ±\(noise)）。"
    }

    // split.dev-size
    var devSizeTitle: String { "开发集（验证集）要多大？" }
    var devSizeSummary: String { "同一个固定的分类器在许多随机开发集上测得的准确率有多分散，随开发集大小的变化。" }
    var devSizeKnob: KnobText { KnobText("开发集样本数", "每个随机开发集从样本池中抽取的样本数") }
    var measuredStd: String { "实测标准差" }
    func devSizeSpreadTitle(_ repeats: Int) -> String { "开发集准确率实测值的分散程度（每种大小随机抽取 \(repeats) 个开发集）" }
    var devSizeAxis: String { "开发集大小 n" }
    var stdPointsAxis: String { "标准差（百分点）" }
    func devSizeHistogramTitle(_ size: Int, _ repeats: Int) -> String { "\(size) 个开发集样本上的实测准确率，抽取 \(repeats) 次" }
    var accuracyPercentAxis: String { "准确率 %" }
    func devSizeRange(_ size: Int, _ low: String, _ high: String, _ std: String, _ theory: String, _ pool: String) -> String {
        "在 \(size) 个开发集样本上，实测准确率从 \(low) 到 \(high) 不等（标准差 \(std) 个百分点；√(p(1−p)/n) 预测为 "
            + "\(theory)）。分类器在整个样本池上的准确率是 \(pool)。"
    }
    var devSizeEnough: String { "两个模型相差 1 个百分点，超过这种噪声的 2 倍标准差：这个开发集能区分它们。" }
    func devSizeTooSmall(_ twoStd: String) -> String {
        "两个模型相差 1 个百分点，仍在这种噪声的 2 倍标准差（\(twoStd) 个百分点）之内：抽到哪个开发集比模型本身影响更大。"
    }
    func devSizeOnePercent(_ million: String, _ hundred: String) -> String {
        "一百万的 1%（10,000 个样本）：标准差 \(million) 个百分点。一百的 1%（1 个样本）：标准差 \(hundred) 个百分点，无异于抛硬币。"
    }

    // split.mismatch
    var mismatchTitle: String { "训练集与开发集来自不同分布" }
    var mismatchSummary: String { "在一个分布上训练的网络，分别在同一分布和偏移后的分布上测量误差。" }
    var mismatchShift: KnobText { KnobText("偏移量", "评估数据偏离训练分布的程度") }
    var trainError: String { "训练误差" }
    var mismatchSameCurve: String { "开发集，同分布" }
    var mismatchShiftedCurve: String { "开发集，已偏移" }
    var mismatchChartTitle: String { "误差随开发集数据偏移量的变化" }
    var shiftAxis: String { "偏移量" }
    var errorPercentAxis: String { "误差 %" }
    func shiftLabel(_ shift: String) -> String { "偏移 \(shift)" }
    var shiftedDevClassZero: String { "偏移开发集 类别 0" }
    var shiftedDevClassOne: String { "偏移开发集 类别 1" }
    func mismatchBoundaryTitle(_ shift: String) -> String { "在训练数据上学到的边界；偏移后的开发集样本（偏移 \(shift)）" }
    func mismatchErrors(_ train: String, _ same: String, _ shift: String, _ shifted: String) -> String {
        "训练误差 \(train)，来自训练分布的开发集 \(same)，来自偏移分布（偏移 \(shift)）的开发集 \(shifted)。"
    }
    func mismatchGap(_ points: String, _ error: String) -> String {
        "偏移后的数据比与训练集同分布的数据多出 \(points) ± \(error) 个百分点的误差：这是数据不匹配，不是方差；正则化消除不了它。"
    }
    func mismatchUnclear(_ points: String, _ error: String) -> String {
        "偏移后的数据多出 \(points) ± \(error) 个百分点的误差：超过 5 个百分点，但在 2 个标准误之内，不能确定是不匹配。更大的开发集才能分辨。"
    }
    func mismatchNone(_ points: String, _ error: String, _ count: Int) -> String {
        "偏移数据上的开发集误差与训练分布上的相差 \(points) ± \(error) 个百分点（两个各 \(count) 个样本的开发集，各有抽样噪声）：没有明显的不匹配。"
    }
    func mismatchSweep(_ train: String, _ atZero: String, _ atTwo: String) -> String {
        "整个扫描过程中训练误差一直是 \(train)，而偏移数据上的误差从偏移 0 时的 \(atZero) 变为偏移 2 时的 \(atTwo)。"
    }
}
