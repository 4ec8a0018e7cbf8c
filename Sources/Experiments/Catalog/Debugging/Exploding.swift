import DLCore
import FoundationEssentials
import Glibc
import TextCharts

/// `debug.exploding`: full-batch gradient descent watched over its first few hundred steps, with the
/// learning rate as the knob, on one of two tasks: a [2, 32, 1] tanh classifier of the moons with
/// binary cross-entropy and small weights (N(0, 0.01²)), or a [1, 32, 1] tanh regression with squared
/// error and Xavier weights.
///
/// The lesson: the very beginning already tells whether a run is sane. With small weights the
/// classifier predicts about ½ for every example, so its first cost is ln 2 ≈ 0.693 (the finding
/// compares the two). A good learning rate makes the cost fall; a larger one makes it oscillate;
/// larger still, every step overshoots and the cost climbs. Cross-entropy's gradient is bounded
/// (σ(z) − y), so the classifier's cost climbs without bound but stays a number; the squared error's
/// gradient grows with the error, so the regression's cost climbs geometrically until it is no
/// longer a number (∞ or NaN). A trainer must detect that and stop, not crash; the chart leaves a
/// gap where the cost stopped being finite.
public struct Exploding: Experiment {
    public init() {}

    public let id = "debug.exploding"
    public let title = Localized { $0.explodingTitle }
    public let summary = Localized { $0.explodingSummary }

    /// 300 steps of a tiny network take milliseconds; pausing lets the student watch the cost move.
    public let liveStepDelay = 0.02

    static let learningRate = NumberKnob(id: "learning-rate", text: Localized { $0.explodingLearningRate },
                                         range: 1e-4...100, step: 0.5, logarithmic: true, default: 0.1)
    static let task = ChoiceKnob<Task>(id: "task", text: Localized { $0.explodingTask }, default: .classification)
    public var knobs: [Knob] { [Self.task.knob, Self.learningRate.knob] }

    /// What the network learns: the classification shows the ln 2 first cost, the regression the
    /// cost that turns into ∞.
    enum Task: String, CaseIterable, Sendable {
        case classification, regression
    }

    /// A cost that rose on more than this share of its steps oscillates.
    static let oscillationShare = 0.05
    /// How close to ln 2 the classifier's first cost is said to be (1 %).
    static let firstCostTolerance = 0.01
    /// Small enough that every first prediction is within a hair of ½, so the first cost is ln 2.
    static let initialScale = 0.01
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
        let task: Task
        private var training: CostCurveTraining
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            strings = context.strings
            let learningRate = context.settings[Exploding.learningRate], seed = context.seed
            self.learningRate = learningRate
            task = context.settings[Exploding.task]
            var rng = RandomSource(seed: seed)
            let data: Dataset, network: Network
            switch task {
            case .classification:
                data = try Dataset.moons(count: 200, noise: 0.2, rng: &rng)
                network = try Network(layerSizes: [2, 32, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy,
                                      initializer: .normal(standardDeviation: Exploding.initialScale), rng: &rng)
            case .regression:
                data = try Dataset.noisyRegression1D(count: 200, noise: 0.2, rng: &rng)
                network = try Network(layerSizes: [1, 32, 1], hidden: .tanh, output: .linear,
                                      loss: .meanSquaredError, initializer: .xavierNormal, rng: &rng)
            }
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
            } else if riseShare > Exploding.oscillationShare {
                behaviour = .oscillates
            } else {
                behaviour = .falls
            }
            var result = [Finding.descriptive(
                strings.explodingCosts(S.short(first), S.short(lastFinite), S.percent(riseShare)),
                values: ["first_cost": first, "last_finite_cost": lastFinite, "rising_step_share": riseShare,
                         "behaviour": behaviour.rawValue],
                because: "the costs as measured; what the curve did is the behaviour finding")]
            if task == .classification {
                // Every first prediction is about ½, so every example costs about −ln ½.
                let gap = abs(first - log(2)) / log(2)
                result.append(Finding(
                    strings.explodingFirstCost(S.fixed(first, 4), S.fixed(log(2), 4), S.short(abs(first - log(2)))),
                    tone: .info, values: ["first_cost": first, "ln_2": log(2), "relative_gap_to_ln_2": gap],
                    claims: [.near("first_cost", log(2), relativeTolerance: Exploding.firstCostTolerance)]))
            }
            switch behaviour {
            case .diverges:
                guard case let .diverged(step) = trainer.status else { break }
                let value = costs.last ?? .nan
                result.append(Finding(
                    strings.explodingDiverged(step, S.short(value), S.short(finite.max() ?? .nan)),
                    tone: .bad, values: ["diverged_at_step": Double(step), "largest_finite_cost": finite.max() ?? .nan, "cost_at_stop": value],
                    claims: [.notFinite("cost_at_stop")]))
            case .climbs:
                result.append(Finding(strings.explodingClimbs, tone: .bad,
                                      values: ["first_cost": first, "last_finite_cost": lastFinite],
                                      claims: [.less("first_cost", than: "last_finite_cost")]))
            case .oscillates:
                result.append(Finding(strings.explodingOscillates(rises, finite.count - 1), tone: .warning,
                                      values: ["rising_step_share": riseShare, "first_cost": first, "last_finite_cost": lastFinite],
                                      claims: [.atLeast("rising_step_share", Exploding.oscillationShare),
                                               .atMost("last_finite_cost", first)]))
            case .falls:
                result.append(Finding(strings.explodingFalls(rises, finite.count - 1), tone: .good,
                                      values: ["rising_step_share": riseShare, "first_cost": first, "last_finite_cost": lastFinite],
                                      claims: [.atMost("rising_step_share", Exploding.oscillationShare),
                                               .atMost("last_finite_cost", first)]))
            }
            return result
        }
    }
}
