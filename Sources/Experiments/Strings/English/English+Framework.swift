import TextCharts

extension EnglishStrings {
    func runCouldNotStart(_ reason: String) -> String { "The run could not start: \(reason)" }
    func runCouldNotFinish(_ reason: String) -> String { "The run could not finish: \(reason)" }
    func numberRange(_ low: String, _ high: String) -> String { "a number from \(low) to \(high)" }
    func wholeNumberRange(_ low: String, _ high: String) -> String { "a whole number from \(low) to \(high)" }
    func oneOf(_ choices: [String]) -> String { "one of " + choices.joined(separator: ", ") }
    var onOrOff: String { "on or off" }
    var chartWords: ChartWords { .english }
}
