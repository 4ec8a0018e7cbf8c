import DLCore
import FoundationEssentials
import TextCharts

/// `reg.smoothing-conventions`: the two ways label smoothing is written, side by side, for K classes
/// and a smoothing ε: spread over all classes (1 − ε + ε/K, others ε/K; PyTorch, Keras) or over the
/// other classes (1 − ε, others ε/(K − 1)). The second is the first with ε′ = ε·K/(K − 1), which the
/// run converts and checks.
public struct SmoothingConventions: Experiment {
    public init() {}

    public let id = "reg.smoothing-conventions"
    public let title = Localized { $0.conventionsTitle }
    public let summary = Localized { $0.conventionsSummary }

    static let epsilon = NumberKnob(id: "epsilon", text: Localized { $0.conventionsEpsilon }, range: 0...0.45, step: 0.05, default: 0.1)
    static let classes = IntegerKnob(id: "classes", text: Localized { $0.conventionsClasses }, range: 2...10, default: 3)
    public var knobs: [Knob] { [Self.epsilon.knob, Self.classes.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("equivalent_epsilon", .fixed(3))]
        let epsilon: Double
        let classes: Int
        private var targets: (overAll: (trueClass: Double, otherClass: Double), overOthers: (trueClass: Double, otherClass: Double),
                              converted: (trueClass: Double, otherClass: Double), equivalent: Double)?
        var isFinished: Bool { targets != nil }

        init(_ context: RunContext) {
            strings = context.strings
            epsilon = context.settings[SmoothingConventions.epsilon]
            classes = context.settings[SmoothingConventions.classes]
        }

        func advance() throws {
            let equivalent = try LabelSmoothingConvention.overOtherClasses.uniformEpsilon(epsilon, classCount: classes)
            targets = (try LabelSmoothingConvention.overAllClasses.targets(epsilon: epsilon, classCount: classes),
                       try LabelSmoothingConvention.overOtherClasses.targets(epsilon: epsilon, classCount: classes),
                       try LabelSmoothingConvention.overAllClasses.targets(epsilon: equivalent, classCount: classes),
                       equivalent)
        }

        func makeFrame() -> Frame {
            guard let targets else { return Frame() }
            typealias S = NumberText
            let e = S.fixed(epsilon, 2), converted = S.fixed(targets.equivalent, 3)
            let groups = [
                BarGroup(strings.conventionsOverAll(e), bars: [Bar(strings.conventionsTrue, targets.overAll.trueClass),
                                                             Bar(strings.conventionsOther, targets.overAll.otherClass)]),
                BarGroup(strings.conventionsOverOthers(e), bars: [Bar(strings.conventionsTrue, targets.overOthers.trueClass),
                                                                Bar(strings.conventionsOther, targets.overOthers.otherClass)]),
                BarGroup(strings.conventionsConverted(converted), bars: [Bar(strings.conventionsTrue, targets.converted.trueClass),
                                                                     Bar(strings.conventionsOther, targets.converted.otherClass)]),
            ]
            let chart = BarChart(title: strings.conventionsChartTitle(classes, converted), groups: groups, range: 0...1)
            return Frame(figures: [.bar(chart)], findings: findings(targets), progress: 1)
        }

        private func findings(_ t: (overAll: (trueClass: Double, otherClass: Double), overOthers: (trueClass: Double, otherClass: Double),
                                    converted: (trueClass: Double, otherClass: Double), equivalent: Double)) -> [Finding] {
            typealias S = NumberText
            return [
                Finding(strings.conventionsOverAllTargets(S.fixed(t.overAll.trueClass, 4), S.fixed(t.overAll.otherClass, 4)),
                        values: ["over_all_true": t.overAll.trueClass, "over_all_other": t.overAll.otherClass],
                        claims: [.near("over_all_true", 1 - epsilon + epsilon / Double(classes), relativeTolerance: 1e-12)]),
                Finding(strings.conventionsOverOthersTargets(S.fixed(t.overOthers.trueClass, 4), S.fixed(t.overOthers.otherClass, 4)),
                        values: ["over_others_true": t.overOthers.trueClass, "over_others_other": t.overOthers.otherClass],
                        claims: [.near("over_others_true", 1 - epsilon, relativeTolerance: 1e-12)]),
                Finding(strings.conventionsSame(S.fixed(t.equivalent, 3), S.fixed(t.converted.trueClass, 4), S.fixed(t.converted.otherClass, 4)),
                        tone: .good,
                        values: ["equivalent_epsilon": t.equivalent, "converted_true": t.converted.trueClass,
                                 "converted_other": t.converted.otherClass],
                        claims: [.near("converted_true", t.overOthers.trueClass, relativeTolerance: 1e-12),
                                 .near("converted_other", t.overOthers.otherClass, relativeTolerance: 1e-12)]),
            ]
        }
    }
}
