/// Words of the `init.residual` experiment (残差连接).
protocol ResidualStrings {
    var residualTitle: String { get }
    var residualSummary: String { get }
    var residualActivation: KnobText { get }
    var residualInit: KnobText { get }
    var residualDepth: KnobText { get }
    func residualSchemeLabel(_ scheme: InitResidual.Scheme) -> String
    var residualPlainSeries: String { get }
    var residualSkipSeries: String { get }
    func residualChartTitle(_ activation: String, _ scheme: String, _ depth: Int) -> String
    func residualPlain(_ last: String, _ first: String, _ depth: Int, _ ratio: String, _ trend: InitResidual.Trend) -> String
    func residualSkips(_ last: String, _ first: String, _ depth: Int, _ ratio: String, _ trend: InitResidual.Trend) -> String
    func residualLift(_ lift: String) -> String
    func residualNoLift(_ lift: String) -> String
}
