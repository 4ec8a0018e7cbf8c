/// Words of the `dropout.monte-carlo` experiment (蒙特卡洛随机失活).
protocol MonteCarloDropoutStrings {
    var monteCarloTitle: String { get }
    var monteCarloSummary: String { get }
    var monteCarloPasses: KnobText { get }
    func monteCarloChartTitle(_ passes: Int, _ keepProb: String) -> String
    var monteCarloMean: String { get }
    var monteCarloUpper: String { get }
    var monteCarloLower: String { get }
    var monteCarloDataEdge: String { get }
    func monteCarloSpreads(_ passes: Int, _ inside: String, _ far: String) -> String
    func monteCarloWider(_ ratio: String) -> String
    func monteCarloNotWider(_ ratio: String) -> String
}
