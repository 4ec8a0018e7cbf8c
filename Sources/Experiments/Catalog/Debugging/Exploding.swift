import DLCore
import Foundation
import TextCharts

/// `debug.exploding`: full-batch gradient descent on a [1, 16, 1] tanh regression network, with the
/// learning rate as the knob, watching the first few hundred steps.
///
/// The lesson: the first hundred steps already tell whether the learning rate is sane. A good one
/// makes the cost fall; a larger one makes it oscillate; larger still, every step overshoots by more
/// than the last and the cost climbs geometrically until it is no longer a number (∞ or NaN). A
/// trainer must detect that and stop, not crash; the chart leaves a gap where the cost stopped being
/// finite.
public struct Exploding: Experiment {
    public init() {}

    public let id = "debug.exploding"
    public let title = Localized { $0.explodingTitle }
    public let summary = Localized { $0.explodingSummary }

    /// 300 steps of a tiny network take milliseconds; pausing lets the student watch the cost move.
    public let liveStepDelay = 0.02

    static let learningRate = NumberKnob(id: "learning-rate", text: Localized { $0.explodingLearningRate },
                                         range: 1e-4...100, step: 0.5, logarithmic: true, default: 0.1)
    public var knobs: [Knob] { [Self.learningRate.knob] }

    static let layerSizes = [1, 32, 1]
    static let iterations = 300
    static let iterationsPerStep = 10

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    /// How the cost behaved.
    enum Behaviour: Double {
        case falls = 0, oscillates = 1, climbs = 2, diverges = 3
    }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("first_cost", .short), .init("last_finite_cost", .short)]
        let learningRate: Double
        private var training: CostCurveTraining
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            strings = context.strings
            let learningRate = context.settings[Exploding.learningRate], seed = context.seed
            self.learningRate = learningRate
            var rng = RandomSource(seed: seed)
            let data = try Dataset.noisyRegression1D(count: 200, noise: 0.2, rng: &rng)
            let network = try Network(layerSizes: Exploding.layerSizes, hidden: .tanh, output: .linear,
                                      loss: .meanSquaredError, initializer: .xavierNormal, rng: &rng)
            let trainer = try Trainer(network: network, train: data,
                                      configuration: TrainingConfiguration(optimizer: .gradientDescent(learningRate: learningRate),
                                                                           seed: seed))
            training = CostCurveTraining(trainer: trainer, iterations: Exploding.iterations,
                                         iterationsPerSlice: Exploding.iterationsPerStep, strings: context.strings)
        }

        func advance() {
            training.advance()
            if training.isFinished { isFinished = true }
        }

        func makeFrame() -> Frame {
            let trainer = training.trainer
            var verticalLines: [ReferenceLine] = []
            if case let .diverged(step) = trainer.status {
                verticalLines.append(ReferenceLine(Double(step), label: strings.divergedLabel, color: .red))
            }
            let chart = LineChart(
                title: strings.explodingChartTitle(NumberText.short(learningRate)),
                series: [training.cost],
                xAxis: Axis(strings.iterationAxis, range: 0...Double(Exploding.iterations)),
                yAxis: Axis(strings.costAxis, scale: .log),
                verticalLines: verticalLines
            )
            return Frame(figures: [.line(chart)],
                         findings: isFinished ? findings(trainer) : [],
                         progress: isFinished ? 1 : training.progress)
        }

        private func findings(_ trainer: Trainer) -> [Finding] {
            typealias S = NumberText
            let costs = trainer.costHistory
            let finite = costs.filter(\.isFinite)
            let first = costs.first ?? .nan
            let lastFinite = finite.last ?? .nan
            // A step "rises" when the cost went up from the step before.
            let rises = zip(finite, finite.dropFirst()).filter { $1 > $0 }.count
            let riseShare = Double(rises) / Double(max(finite.count - 1, 1))
            let behaviour: Behaviour
            if case .diverged = trainer.status {
                behaviour = .diverges
            } else if lastFinite > first {
                behaviour = .climbs
            } else if riseShare > 0.05 {
                behaviour = .oscillates
            } else {
                behaviour = .falls
            }
            var result = [Finding(
                strings.explodingCosts(S.short(first), S.short(lastFinite), S.percent(riseShare)),
                tone: .info, values: ["first_cost": first, "last_finite_cost": lastFinite, "rising_step_share": riseShare,
                                      "behaviour": behaviour.rawValue])]
            switch behaviour {
            case .diverges:
                guard case let .diverged(step) = trainer.status else { break }
                let value = costs.last ?? .nan
                result.append(Finding(
                    strings.explodingDiverged(step, S.short(value), S.short(finite.max() ?? .nan)),
                    tone: .bad, values: ["diverged_at_step": Double(step), "largest_finite_cost": finite.max() ?? .nan]))
            case .climbs:
                result.append(Finding(strings.explodingClimbs,
                                      tone: .bad, values: [:]))
            case .oscillates:
                result.append(Finding(strings.explodingOscillates(rises, finite.count - 1),
                                      tone: .warning, values: [:]))
            case .falls:
                result.append(Finding(strings.explodingFalls(rises, finite.count - 1),

                                      tone: .good, values: [:]))
            }
            return result
        }
    }
}
