extension ChineseStrings {
    var conventionsTitle: String { "标签平滑的两种写法" }
    var conventionsSummary: String { "K 个类别的平滑目标：ε 分给所有类别（常见框架的写法），或只分给其他类别；以及让两者相同的 ε。" }
    var conventionsEpsilon: KnobText { KnobText("ε", "平滑程度 ε") }
    var conventionsClasses: KnobText { KnobText("类别数", "类别的个数 K") }
    func conventionsChartTitle(_ classes: Int, _ equivalent: String) -> String {
        "K = \(classes) 时的目标：其他类别取 ε = 所有类别取 ε′ = ε·K/(K − 1) = \(equivalent)"
    }
    func conventionsConverted(_ equivalent: String) -> String { "所有类别 ε′=\(equivalent)" }
    func conventionsOverAll(_ epsilon: String) -> String { "所有类别，ε=\(epsilon)" }
    func conventionsOverOthers(_ epsilon: String) -> String { "其他类别，ε=\(epsilon)" }
    var conventionsTrue: String { "正确类别" }
    var conventionsOther: String { "其他类别" }
    func conventionsOverAllTargets(_ trueClass: String, _ other: String) -> String {
        "分给所有类别：正确类别 1 − ε + ε/K = \(trueClass)，其他每个类别 ε/K = \(other)。"
    }
    func conventionsOverOthersTargets(_ trueClass: String, _ other: String) -> String {
        "只分给其他类别：正确类别 1 − ε = \(trueClass)，其他每个类别 ε/(K − 1) = \(other)。"
    }
    func conventionsSame(_ equivalent: String, _ trueClass: String, _ other: String) -> String {
        "第二种就是第一种取 ε′ = ε·K/(K − 1) = \(equivalent)：\(trueClass) 和 \(other)，目标完全相同。"
    }
}
