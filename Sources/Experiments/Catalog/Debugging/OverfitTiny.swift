import DLCore
import FoundationEssentials
import TextCharts

/// `debug.overfit-tiny`: train a [2, 20, 20, 1] network on 1 to 100 examples with no regularization,
/// with or without a planted bug.
///
/// The lesson: memorizing a handful of examples is the easiest task a network can get. A correct
/// network drives the cost on 1 or 10 examples to almost 0 and the training accuracy to 100%; if it
/// cannot, the bug is in the model, the loss, the gradients or the update, and tuning anything else
/// is pointless. Here the bug is the update written with the wrong sign, so every step goes uphill.
public struct OverfitTiny: Experiment {
    public init() {}

    public let id = "debug.overfit-tiny"
    public let title = Localized { $0.tinyTitle }
    public let summary = Localized { $0.tinySummary }

    static let examples = IntegerKnob(id: "examples", text: Localized { $0.tinyExamples }, range: 1...100, default: 10)
    static let bug = ChoiceKnob<Bug>(id: "bug", text: Localized { $0.tinyBug },
                                     default: .none)
    public var knobs: [Knob] { [Self.examples.knob, Self.bug.knob] }

    enum Bug: String, CaseIterable, Sendable {
        case none
        case wrongSign = "wrong-sign"

        /// The classic typo `W += α·dW`: every gradient enters the update with the wrong sign, so each
        /// step climbs the cost. (With the wrong sign in one layer only, the other layers of this small
        /// network learn to compensate and it still memorizes: a bug this test would not catch.)
        var plantedBugs: [PlantedBug] {
            switch self {
            case .none: []
            case .wrongSign:
                (1...3).flatMap { l in
                    [PlantedBug.scaledGradient(segment: "W\(l)", factor: -1), .scaledGradient(segment: "b\(l)", factor: -1)]
                }
            }
        }
    }

    static let iterations = 2000
    static let iterationsPerStep = 100
    /// A cost below this counts as "about 0".
    static let memorizedCost = 0.01
    /// A final cost at most this fraction of the first is a network that learns (more examples take more
    /// iterations); above it, with the cost not near 0, the network cannot memorize and a bug is the suspect.
    static let learningRatio = 0.1

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("final_cost", .short), .init("train_accuracy", .percent)]
        let bug: Bug
        private var training: CostCurveTraining
        private let data: Dataset
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            strings = context.strings
            let examples = context.settings[OverfitTiny.examples], bug = context.settings[OverfitTiny.bug]
            let seed = context.seed
            self.bug = bug
            var rng = RandomSource(seed: seed)
            let pool = try Dataset.moons(count: 200, noise: 0.25, rng: &rng)
            let tiny = pool.subset(Array(rng.permutation(pool.count).prefix(max(1, min(examples, pool.count)))))
            let network = try Network(layerSizes: [2, 20, 20, 1], hidden: .tanh, output: .sigmoid,
                                      loss: .binaryCrossEntropy, initializer: .xavierNormal, rng: &rng)
            // No regularization, no dropout, full batch: nothing stands between the network and memorizing.
            let trainer = try Trainer(network: network, train: tiny,
                                      configuration: TrainingConfiguration(optimizer: .adam(learningRate: 0.01), seed: seed,
                                                                           bugs: bug.plantedBugs))
            training = CostCurveTraining(trainer: trainer, iterations: OverfitTiny.iterations,
                                         iterationsPerSlice: OverfitTiny.iterationsPerStep, strings: context.strings)
            data = tiny
        }

        func advance() {
            training.advance()
            if training.isFinished { isFinished = true }
        }

        func makeFrame() -> Frame {
            let trainer = training.trainer
            let chart = LineChart(
                title: strings.tinyChartTitle(data.count, bug.rawValue),
                series: [training.cost],
                xAxis: Axis(strings.iterationAxis, range: 0...Double(OverfitTiny.iterations)),
                yAxis: Axis(strings.costAxis, scale: .log),
                horizontalLines: [ReferenceLine(OverfitTiny.memorizedCost, label: "≈ 0")]
            )
            let boundary = InitializationSupport.boundary(
                of: trainer.network, data: data, title: strings.tinyBoundaryTitle(data.count),
                xRange: -1.5...2.5, yRange: -1.25...1.75)
            return Frame(figures: [.line(chart), .heatmap(boundary)],
                         findings: isFinished ? findings(trainer, data) : [],
                         progress: training.progress)
        }

        private func findings(_ trainer: Trainer, _ data: Dataset) -> [Finding] {
            typealias S = NumberText
            let evaluation = try? trainer.evaluate(data)
            let finalCost = evaluation?.cost ?? .nan
            let accuracy = evaluation?.accuracy ?? .nan
            let first = trainer.costHistory.first ?? .nan
            let lowest = trainer.costHistory.filter(\.isFinite).min() ?? .nan
            var result = [Finding.descriptive(
                strings.tinyCosts(S.short(first), S.short(finalCost), trainer.stepCount, S.short(lowest), S.percent(accuracy)),
                values: ["first_cost": first, "final_cost": finalCost, "lowest_cost": lowest, "train_accuracy": accuracy],
                because: "the costs and the accuracy as measured; the verdict on them is the next finding")]
            if case let .diverged(step) = trainer.status {
                result.append(Finding(strings.divergedWithCost(step, S.short(trainer.lastCost ?? .nan)), tone: .bad,
                                      values: trainer.divergenceValues(step: step), claims: Trainer.divergenceClaims))
            }
            let values = ["memorized": 0, "final_cost": finalCost, "first_cost": first, "cost_ratio": finalCost / first, "train_accuracy": accuracy]
            if finalCost < OverfitTiny.memorizedCost && accuracy == 1 {
                result.append(Finding(strings.tinyMemorized(data.count),
                                      tone: .good, values: ["memorized": 1, "final_cost": finalCost, "train_accuracy": accuracy],
                                      claims: [.atMost("final_cost", OverfitTiny.memorizedCost), .atLeast("train_accuracy", 1)]))
            } else if finalCost <= OverfitTiny.learningRatio * first {
                // Not near 0, yet falling far: a correct network that needs more iterations for this many examples.
                result.append(Finding(strings.tinyNotYet(data.count, S.short(finalCost), S.short(first), trainer.stepCount, S.percent(accuracy)),
                                      tone: .info, values: values,
                                      claims: [.atMost("cost_ratio", OverfitTiny.learningRatio),
                                               .either(.atLeast("final_cost", OverfitTiny.memorizedCost),
                                                       or: .atMost("train_accuracy", 1 - 0.5 / Double(data.count)))]))
            } else {
                result.append(Finding(strings.tinyCannot(data.count, S.short(finalCost), S.short(first)),
                                      tone: .bad, values: values,
                                      claims: [.atLeast("cost_ratio", OverfitTiny.learningRatio)]))
            }
            return result
        }
    }
}
