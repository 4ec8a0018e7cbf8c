/// Words of the `reg.smoothing-conventions` experiment (标签平滑的两种写法).
protocol SmoothingConventionsStrings {
    var conventionsTitle: String { get }
    var conventionsSummary: String { get }
    var conventionsEpsilon: KnobText { get }
    var conventionsClasses: KnobText { get }
    /// The chart's title says what its bars show: the second convention is the first with ε′.
    func conventionsChartTitle(_ classes: Int, _ equivalent: String) -> String
    func conventionsOverAll(_ epsilon: String) -> String
    /// The first convention again, with the converted ε′.
    func conventionsConverted(_ equivalent: String) -> String
    func conventionsOverOthers(_ epsilon: String) -> String
    var conventionsTrue: String { get }
    var conventionsOther: String { get }
    func conventionsOverAllTargets(_ trueClass: String, _ other: String) -> String
    func conventionsOverOthersTargets(_ trueClass: String, _ other: String) -> String
    func conventionsSame(_ equivalent: String, _ trueClass: String, _ other: String) -> String
}
