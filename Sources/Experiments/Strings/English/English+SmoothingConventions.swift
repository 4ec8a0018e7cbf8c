extension EnglishStrings {
    var conventionsTitle: String { "Label smoothing: two conventions" }
    var conventionsSummary: String { "The smoothed targets of K classes when ε is spread over all classes (PyTorch, Keras) or over the other classes only, and the ε that makes the two the same." }
    var conventionsEpsilon: KnobText { KnobText("epsilon", "ε, the smoothing") }
    var conventionsClasses: KnobText { KnobText("classes", "K, the number of classes") }
    func conventionsChartTitle(_ classes: Int, _ equivalent: String) -> String {
        "Targets, K = \(classes): others with ε = all with ε′ = ε·K/(K − 1) = \(equivalent)"
    }
    func conventionsConverted(_ equivalent: String) -> String { "all, ε′=\(equivalent)" }
    func conventionsOverAll(_ epsilon: String) -> String { "all, ε=\(epsilon)" }
    func conventionsOverOthers(_ epsilon: String) -> String { "others, ε=\(epsilon)" }
    var conventionsTrue: String { "true" }
    var conventionsOther: String { "other" }
    func conventionsOverAllTargets(_ trueClass: String, _ other: String) -> String {
        "Spread over all classes: true class 1 − ε + ε/K = \(trueClass), each other ε/K = \(other)."
    }
    func conventionsOverOthersTargets(_ trueClass: String, _ other: String) -> String {
        "Spread over the other classes: true class 1 − ε = \(trueClass), each other ε/(K − 1) = \(other)."
    }
    func conventionsSame(_ equivalent: String, _ trueClass: String, _ other: String) -> String {
        "The second is the first with ε′ = ε·K/(K − 1) = \(equivalent): \(trueClass) and \(other), the same targets."
    }
}
