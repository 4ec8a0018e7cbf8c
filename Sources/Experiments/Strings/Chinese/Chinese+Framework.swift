import TextCharts

extension ChineseStrings {
    func runCouldNotStart(_ reason: String) -> String { "实验无法开始：\(reason)" }
    func runCouldNotFinish(_ reason: String) -> String { "实验未能运行完：\(reason)" }
    func numberRange(_ low: String, _ high: String) -> String { "\(low) 到 \(high) 之间的数" }
    func wholeNumberRange(_ low: String, _ high: String) -> String { "\(low) 到 \(high) 之间的整数" }
    func oneOf(_ choices: [String]) -> String { "可选 " + choices.joined(separator: "、") }
    var onOrOff: String { "on 或 off" }
    var chartWords: ChartWords { ChartWords(moreBefore: "… 还有 ", moreAfter: " 项", moreRowsBefore: "… 还有 ", moreRowsAfter: " 行") }
}
