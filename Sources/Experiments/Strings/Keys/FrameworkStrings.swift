import TextCharts

/// The words of the shared run lifecycle and of knobs: failures and valid values.
protocol FrameworkStrings {
    func runCouldNotStart(_ reason: String) -> String
    func runCouldNotFinish(_ reason: String) -> String
    /// "a number from 1e-12 to 0.1"
    func numberRange(_ low: String, _ high: String) -> String
    func wholeNumberRange(_ low: String, _ high: String) -> String
    func oneOf(_ choices: [String]) -> String
    var onOrOff: String { get }
    /// "… 7 more" under a chart whose bars do not all fit, "… 3 more rows" under a table.
    var chartWords: ChartWords { get }
}
