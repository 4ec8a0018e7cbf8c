import DLCore
import Foundation
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
    public let title = Localized.untranslated("Overfit a tiny data set")
    public let summary = Localized.untranslated("A [2, 20, 20, 1] network trained on a few examples: a correct one drives the cost to ~0, a bugged one cannot.")

    static let examples = IntegerKnob(id: "examples", text: .untranslated(KnobText("examples", "how many training examples to memorize")), range: 1...100, default: 10)
    static let bug = ChoiceKnob<Bug>(id: "bug", text: .untranslated(KnobText("bug", "a bug planted in the update: none, or wrong-sign (W += α·dW, uphill)")),
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

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings
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
                title: "Cost on \(data.count) example\(data.count == 1 ? "" : "s"), bug: \(bug.rawValue)",
                series: [training.cost],
                xAxis: Axis("iteration", range: 0...Double(OverfitTiny.iterations)),
                yAxis: Axis("cost", scale: .log),
                horizontalLines: [ReferenceLine(OverfitTiny.memorizedCost, label: "≈ 0")]
            )
            let boundary = InitializationSupport.boundary(
                of: trainer.network, data: data, title: "P(y=1) and the \(data.count) training example\(data.count == 1 ? "" : "s")",
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
            var result = [Finding(
                "Cost \(S.short(first)) at the start, \(S.short(finalCost)) after \(trainer.stepCount) iterations (lowest \(S.short(lowest))); training accuracy \(S.percent(accuracy)).",
                tone: .info, values: ["first_cost": first, "final_cost": finalCost, "lowest_cost": lowest, "train_accuracy": accuracy])]
            if case let .diverged(step) = trainer.status {
                result.append(Finding("Diverged at step \(step): the cost became \(S.short(trainer.lastCost ?? .nan)).", tone: .bad,
                                      values: ["diverged_at_step": Double(step)]))
            }
            if finalCost < OverfitTiny.memorizedCost && accuracy == 1 {
                let which = data.count == 1 ? "its one example" : "all \(data.count) examples"
                result.append(Finding("Memorized: the network fits \(which) with a cost near 0. The model can learn.",
                                      tone: .good, values: ["memorized": 1]))
            } else {
                result.append(Finding("Cannot memorize \(data.count) example\(data.count == 1 ? "" : "s"): the cost ends at \(S.short(finalCost)) (it started at \(S.short(first))). Look for a bug before tuning anything.",
                                      tone: .bad, values: ["memorized": 0]))
            }
            return result
        }
    }
}
