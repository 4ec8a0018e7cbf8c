import DLCore
import Localization
import FoundationEssentials
import TextSupport
import TextCharts

/// `gradcheck.after-training`: a bug that hides at initialization and shows after training.
///
/// The lesson: with small random weights every z is close to 0, where the wrong tanh derivative
/// 1 − z² and the right one 1 − tanh²(z) differ only by about z⁴, so the check passes. Training makes
/// the weights, and with them z, grow; checked again, the same backprop fails. So check at
/// initialization, train for a while, and check again. A correct backprop passes throughout.
public struct AfterTrainingCheck: Experiment {
    public init() {}

    public let id = "gradcheck.after-training"
    public let title = Localized { $0.afterTitle }
    public let summary = Localized { $0.afterSummary }

    enum Bug: String, CaseIterable, Sendable {
        case tanhDerivative = "tanh-derivative"
        case none

        var planted: [PlantedBug] { self == .tanhDerivative ? [.wrongTanhDerivative] : [] }
    }

    static let bug = ChoiceKnob<Bug>(id: "bug", text: Localized { $0.afterBug },
                                     default: .tanhDerivative)
    static let steps = IntegerKnob(id: "steps", text: Localized { $0.afterSteps },
                                   range: 100...5000, step: 100, default: 1000)
    static let initStd = NumberKnob(id: "init-std", text: Localized { $0.afterInitStd },
                                    range: 1e-3...1, step: 0.5, logarithmic: true, default: 0.01)
    public var knobs: [Knob] { [Self.bug.knob, Self.steps.knob, Self.initStd.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    /// Checks along the way (besides the one at initialization), evenly spaced.
    static let checkCount = 20
    static let learningRate = 0.001

    final class Run: RunProcedure {
        let strings: any ExperimentStrings
        let language: Language

        static let headlines: [HeadlineSpec] = [.init("difference_at_init", .scientific(1)), .init("difference_after_training", .scientific(1))]
        let bug: Bug
        let steps: Int
        let initStd: Double
        private(set) var isFinished = false

        private var trainer: Trainer
        private let lab: GradientCheckingLab
        private var differences: Series
        /// Mean |z| over the hidden layers' pre-activations at each check.
        private var meanAbsZ: [Double] = []
        private var lastComparison: GradientCheckingComparison?
        private var lastCost = Double.nan
        private let checkEvery: Int

        init(_ context: RunContext) throws {
            strings = context.strings
            language = context.language
            differences = Series(name: strings.relativeDifference, color: .cyan)
            let bug = context.settings[AfterTrainingCheck.bug], steps = context.settings[AfterTrainingCheck.steps]
            let initStd = context.settings[AfterTrainingCheck.initStd], seed = context.seed
            self.bug = bug
            self.steps = steps
            self.initStd = initStd
            checkEvery = max(1, steps / AfterTrainingCheck.checkCount)
            let lab = try GradientCheckingLab(layerSizes: [4, 5, 3, 1], hidden: .tanh,
                                              initializer: .normal(standardDeviation: initStd), seed: seed)
            // The network is trained with the backprop under test, bug and all, as it would be in real code.
            trainer = try Trainer(
                network: lab.network, train: Dataset(x: lab.x, y: lab.y, name: "gradient-check lab"),
                configuration: TrainingConfiguration(optimizer: .adam(learningRate: AfterTrainingCheck.learningRate),
                                                     seed: seed, bugs: bug.planted))
            self.lab = lab
            try check()
        }

        /// Trains up to the next check (at most `steps / 20` Adam updates on 100 examples) and checks.
        func advance() throws {
            let target = min(steps, trainer.stepCount + checkEvery)
            trainer.train(steps: target - trainer.stepCount)
            if case .diverged = trainer.status {
                isFinished = true
            } else {
                try check()
                isFinished = trainer.stepCount >= steps
            }
        }

        /// A gradient check of the network as it is now, with the same backprop it trains with.
        private func check() throws {
            let report = try GradientCheck(bugs: bug.planted).run(network: trainer.network, x: lab.x, y: lab.y)
            let comparison = GradientCheckingComparison(report: report)
            differences.append(x: Double(trainer.stepCount), y: comparison.overall)
            let pass = try trainer.network.forward(lab.x)
            let hidden = pass.preActivations.dropLast().flatMap(\.storage)
            meanAbsZ.append(hidden.reduce(0) { $0 + abs($1) } / Double(max(hidden.count, 1)))
            lastComparison = comparison
            lastCost = report.cost
        }

        func makeFrame() -> Frame {
            let chart = LineChart(
                title: strings.afterChartTitle,
                series: [differences],
                xAxis: Axis(strings.trainingStepAxis, range: 0...Double(steps)),
                yAxis: Axis(strings.relativeDifference, scale: .log, range: 1e-12...1),
                horizontalLines: [ReferenceLine(1e-7, label: strings.greatLabel, color: .green),
                                  ReferenceLine(1e-3, label: strings.bugLabel, color: .red)])
            var details: JSONValue?
            if let lastComparison {
                details = GradientCheckingLab.details(
                    network: trainer.network, x: lab.x, y: lab.y, lambda: 0, cost: lastCost,
                    extra: [("bug", .string(bug.rawValue)), ("training_step", .number(Double(trainer.stepCount))),
                            ("check_steps", .numbers(differences.x)), ("check_differences", .numbers(differences.y)),
                            ("mean_abs_hidden_z", .numbers(meanAbsZ))] + lastComparison.detailsMembers())
            }
            return Frame(figures: [.line(chart)], tables: lastComparison.map { [$0.worstTable(count: 5, language: language)] } ?? [],
                         findings: isFinished ? findings() : [],
                         progress: Double(trainer.stepCount) / Double(max(steps, 1)), details: details)
        }

        private func findings() -> [Finding] {
            guard let atInit = differences.y.first, let atEnd = differences.y.last,
                  let zInit = meanAbsZ.first, let zEnd = meanAbsZ.last else { return [] }
            var findings: [Finding] = []
            if case .diverged(let step) = trainer.status {
                findings.append(Finding(strings.afterDiverged(step, Int(differences.x.last ?? 0)),
                                        tone: .bad, values: trainer.divergenceValues(step: step), claims: Trainer.divergenceClaims))
            }
            let initVerdict = GradientCheckVerdict(relativeDifference: atInit)
            let endVerdict = GradientCheckVerdict(relativeDifference: atEnd)
            let worst = max(initVerdict, endVerdict)
            findings.append(Finding(
                strings.afterDifferences(NumberText.scientific(atInit), strings.verdict(initVerdict), trainer.stepCount,
                                         NumberText.scientific(atEnd), strings.verdict(endVerdict)),
                tone: worst == .bug ? .bad : (worst == .great ? .good : .warning),
                values: ["difference_at_init": atInit, "difference_after_training": atEnd, "steps_trained": Double(trainer.stepCount)],
                claims: initVerdict.claims(on: "difference_at_init") + endVerdict.claims(on: "difference_after_training")))
            // Checks run every `checkEvery` steps, so a first failing check only says the bug showed between the
            // last passing check and this one: both steps are said, never one rounded to the interval.
            let failing = differences.y.firstIndex { $0 >= GradientCheckVerdict.bugAtOrAbove }
            let window = failing.map { index in (index == 0 ? 0 : Int(differences.x[index - 1]), Int(differences.x[index])) }
            let because = strings.afterBecause(tanhBug: bug == .tanhDerivative, failsBetween: window)
            var values = ["mean_abs_z_at_init": zInit, "mean_abs_z_after_training": zEnd,
                          "first_failing_step": failing.map { differences.x[$0] } ?? -1]
            var claims: [Claim] = []
            if bug == .none || failing == nil {
                // "A correct backprop agrees at any z" (or a tanh bug that z never left 0 far enough to show): every
                // check, at every step, below the bug threshold.
                values["largest_difference"] = differences.y.max() ?? .nan
                values["bug_threshold"] = GradientCheckVerdict.bugAtOrAbove
                claims.append(.less("largest_difference", than: "bug_threshold"))
            } else if let failing {
                values["first_failing_difference"] = differences.y[failing]
                values["last_passing_step"] = failing == 0 ? -1 : differences.x[failing - 1]
                claims.append(.atLeast("first_failing_difference", GradientCheckVerdict.bugAtOrAbove))
                if failing > 0 {
                    values["last_passing_difference"] = differences.y[failing - 1]
                    values["bug_threshold"] = GradientCheckVerdict.bugAtOrAbove
                    claims.append(.less("last_passing_difference", than: "bug_threshold"))
                }
            }
            findings.append(Finding(
                strings.afterHiddenZ(String(printf: "%.3f", zInit), String(printf: "%.2f", zEnd), because),
                tone: .info, values: values, claims: claims))
            return findings
        }
    }
}
