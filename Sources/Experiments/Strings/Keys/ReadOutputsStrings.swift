/// Words of the `debug.read-outputs` experiment (逐条查看输出).
protocol ReadOutputsStrings {
    var readOutputsTitle: String { get }
    var readOutputsSummary: String { get }
    var readOutputsPipeline: KnobText { get }
    var readOutputsTableTitle: String { get }
    var readOutputsLabel: String { get }
    var readOutputsPrediction: String { get }
    func readOutputsAccuracy(_ accuracy: String, _ allZero: String) -> String
    func readOutputsConstant(_ count: Int, _ lowest: String, _ highest: String, _ labelledOnes: Int) -> String
    func readOutputsFound(_ found: Int, _ labelledOnes: Int, _ predictedOnes: Int) -> String
    var readOutputsNoErrors: String { get }
    func readOutputsConfidentErrors(_ errors: Int, _ confident: Int) -> String
    func readOutputsUnsureErrors(_ errors: Int, _ confident: Int) -> String
}
