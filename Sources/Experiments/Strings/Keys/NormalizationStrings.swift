/// Words of the `norm.*` experiments (归一化).
protocol NormalizationStrings {

    // norm.scales
    var scalesTitle: String { get }
    var scalesSummary: String { get }
    var scalesScaling: KnobText { get }
    var scalesLearningRate: KnobText { get }
    var gradientDescentPath: String { get }
    func noProblem(_ scaling: String) -> String
    func contoursTitle(_ scaling: String, _ rate: String) -> String
    var minimumPoint: String { get }
    func iterationsTableTitle(_ rate: String) -> String
    var iterationsColumns: [String] { get }
    func divergedAt(_ iteration: Int) -> String
    func scalesConverged(_ scaling: String, _ iterations: Int, _ rate: String) -> String
    func scalesDiverged(_ scaling: String, _ iteration: Int, _ rate: String, _ cost: String) -> String
    func scalesNotConverged(_ scaling: String, _ iterations: Int, _ rate: String, _ excess: String) -> String
    func scalesCurvature(_ ratio: String, _ weightRatio: String, _ axes: String, round: Bool, _ stable: String) -> String
    func scalesNotCentred(_ mean1: String, _ mean2: String, _ ratio: String) -> String
    func scalesAtSameRate(_ outcomes: [String]) -> String

    // norm.leak
    var leakTitle: String { get }
    var leakSummary: String { get }
    var leakFitOn: KnobText { get }
    func fitOnGroup(_ way: String) -> String
    var newData: String { get }
    func leakChartTitle(_ draws: Int) -> String
    var leakTableTitle: String { get }
    var leakColumns: [String] { get }
    func leakScores(_ way: String, _ dev: String, _ test: String, _ new: String, _ draws: Int) -> String
    func leakOptimism(_ gap: String, _ error: String, _ reading: StatisticsLeak.Run.OptimismReading) -> String
    func leakMoved(_ moved: String, _ meanShift: String, _ spread: String) -> String
}
