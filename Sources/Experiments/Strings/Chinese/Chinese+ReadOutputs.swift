extension ChineseStrings {
    var readOutputsTitle: String { "逐条查看输出，不要只看指标" }
    var readOutputsSummary: String { "一个稀有类别的分类器，开发集准确率约为 95%，并把它在开发集上的预测与标签并排列出：流程正确、训练标签与输入被分开打乱，或开发集标签有误。" }
    var readOutputsPipeline: KnobText { KnobText("流程", "正确；训练标签与输入被分开打乱；或 5% 的开发集标签错误") }
    var readOutputsTableTitle: String { "开发集样本与其标签" }
    var readOutputsLabel: String { "标签" }
    var readOutputsPrediction: String { "预测" }
    func readOutputsAccuracy(_ accuracy: String, _ allZero: String) -> String {
        "开发集准确率 \(accuracy)；一律回答 0 也能得到 \(allZero)。"
    }
    func readOutputsConstant(_ count: Int, _ lowest: String, _ highest: String, _ labelledOnes: Int) -> String {
        "它对全部 \(count) 个开发集样本都回答 0（p 从 \(lowest) 到 \(highest)），标签为 1 的 \(labelledOnes) 个样本一个也没找到（0 个）：它忽略了输入。检查标签是怎样进入训练的。"
    }
    func readOutputsFound(_ found: Int, _ labelledOnes: Int, _ predictedOnes: Int) -> String {
        "标签为 1 的 \(labelledOnes) 个样本中它找到 \(found) 个，共预测 1 \(predictedOnes) 次。"
    }
    var readOutputsNoErrors: String { "它与开发集的每个标签都一致。" }
    func readOutputsConfidentErrors(_ errors: Int, _ confident: Int) -> String {
        "它的 \(errors) 个错误中有 \(confident) 个很有把握（p < 0.1 或 > 0.9）：逐个查看这些样本；网络很有把握却与标签相反，往往是标签错了。"
    }
    func readOutputsUnsureErrors(_ errors: Int, _ confident: Int) -> String {
        "它的 \(errors) 个错误中只有 \(confident) 个很有把握（p < 0.1 或 > 0.9）：其余的都没有把握，位于边界附近。"
    }
}
