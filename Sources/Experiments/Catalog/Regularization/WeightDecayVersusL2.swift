import DLCore
import Foundation
import TextCharts

/// `reg.weight-decay`: an L2 penalty in the cost against decoupled weight decay, under SGD and Adam.
///
/// The lesson: under plain gradient descent, adding (λ/m)·W to the gradient and multiplying W by
/// (1 − αλ/m) before the step are the same update, so the two runs are identical weight for weight.
/// Under Adam they differ: Adam divides every gradient component, the penalty's (λ/m)·W included, by
/// its running size √v̂ + ε, so "Adam + L2" regularizes unevenly, while AdamW applies the decay
/// outside the adaptive scaling. Two networks start from the same weights on the same data, one
/// with each form, and their weight norms are drawn side by side.
public struct WeightDecayVersusL2: Experiment {
    public init() {}

    public let id = "reg.weight-decay"
    public let title = "Weight decay vs L2 under SGD and Adam"
    public let summary = "Two copies of one network, one with an L2 penalty λ/2m·Σ‖W‖² and one with decoupled weight decay λ/m: identical under SGD, apart under Adam."

    /// The optimizer both copies train with.
    enum OptimizerChoice: String, CaseIterable, Sendable {
        case sgd, adam
    }

    static let optimizer = ChoiceKnob<OptimizerChoice>(
        id: "optimizer", label: "optimizer", help: "sgd: plain gradient descent; adam: Adam (L2) against AdamW (decay)",
        default: .sgd)
    public var knobs: [Knob] { [Self.optimizer.knob] }

    /// The L2 strength of the lesson's running example; the decay rate is the matching λ/m.
    static let lambda = 0.7
    static let steps = 1200
    static let sgdLearningRate = 0.2
    static let adamLearningRate = 0.01

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {

        static let headlines: [HeadlineSpec] = [.init("norm_with_l2", .fixed(2)), .init("norm_with_decay", .fixed(2)), .init("dev_error_percent_with_l2", .fixed(1))]
        let useAdam: Bool
        private var penalized: Trainer
        private var decayed: Trainer
        let dev: Dataset
        private(set) var normPenalized = Series(name: "L2 in the cost", color: .blue)
        private(set) var normDecayed = Series(name: "weight decay", color: .red)
        var isFinished: Bool { penalized.stepCount >= WeightDecayVersusL2.steps || penalized.status.isFinished || decayed.status.isFinished }

        init(_ context: RunContext) throws {
            let useAdam = context.settings[WeightDecayVersusL2.optimizer] == .adam, seed = context.seed
            self.useAdam = useAdam
            var rng = RandomSource(seed: seed)
            let split = try RegularizationData.overfittingMoons(rng: &rng)
            dev = split.dev
            let network = try Network(layerSizes: L2Penalty.layerSizes, hidden: .tanh, output: .sigmoid,
                                       loss: .binaryCrossEntropy, initializer: .xavierNormal, rng: &rng)
            let lambda = WeightDecayVersusL2.lambda
            // The decay per unit of learning rate that plain gradient descent's L2 step applies: λ/m.
            let decayRate = lambda / Double(split.train.count)
            // The same optimizer twice: without decay (the penalty is in the cost) and with decay λ/m.
            let plain: Optimizer = useAdam
                ? .adam(learningRate: WeightDecayVersusL2.adamLearningRate)
                : .gradientDescent(learningRate: WeightDecayVersusL2.sgdLearningRate)
            let decoupled: Optimizer = useAdam
                ? .adamW(learningRate: WeightDecayVersusL2.adamLearningRate, weightDecay: decayRate)
                : .gradientDescent(learningRate: WeightDecayVersusL2.sgdLearningRate, weightDecay: decayRate)
            penalized = try Trainer(network: network, train: split.train, configuration: TrainingConfiguration(
                optimizer: plain, regularization: .l2(lambda), seed: seed))
            decayed = try Trainer(network: network, train: split.train, configuration: TrainingConfiguration(
                optimizer: decoupled, seed: seed))
            record()
        }

        func advance() {
            for _ in 0..<2 {
                penalized.train(steps: 25)
                decayed.train(steps: 25)
                record()
            }
        }

        private func record() {
            let step = Double(penalized.stepCount)
            normPenalized.append(x: step, y: Run.totalNorm(penalized.network))
            normDecayed.append(x: step, y: Run.totalNorm(decayed.network))
        }

        /// ‖W‖ of all the weight matrices together: √(Σₗ ‖W[l]‖F²).
        static func totalNorm(_ network: Network) -> Double {
            RegularizationPlots.weightNorms(network).reduce(0) { $0 + $1 * $1 }.squareRoot()
        }

        private var optimizerName: String { useAdam ? "Adam" : "SGD" }

        func makeFrame() -> Frame {
            let chart = LineChart(
                title: "‖W‖ under \(optimizerName): L2 (λ=\(KnobValue.number(WeightDecayVersusL2.lambda))) vs decay λ/m",
                series: [normPenalized, normDecayed],
                xAxis: Axis("step", range: 0...Double(WeightDecayVersusL2.steps)), yAxis: Axis("‖W‖"))
            let weights = PointClass(name: "one weight", x: RegularizationPlots.allWeights(penalized.network),
                                     y: RegularizationPlots.allWeights(decayed.network), marker: "*")
            let scatter = ScatterPlot(title: "each weight: L2 run (x) vs decay run (y)", classes: [weights],
                                      xAxis: Axis("W with L2"), yAxis: Axis("W with decay"), showLegend: false)
            return Frame(figures: [.line(chart), .scatter(scatter)], findings: isFinished ? findings() : [],
                         progress: min(1, Double(penalized.stepCount) / Double(WeightDecayVersusL2.steps)))
        }

        private func findings() -> [Finding] {
            for trainer in [penalized, decayed] {
                if case let .diverged(step) = trainer.status {
                    return [Finding("Training diverged (cost NaN or ∞) at step \(step).", tone: .bad,
                                    values: ["diverged_at_step": Double(step)])]
                }
            }
            let a = RegularizationPlots.allWeights(penalized.network), b = RegularizationPlots.allWeights(decayed.network)
            let largestDifference = zip(a, b).map { abs($0 - $1) }.max() ?? 0
            let normA = Run.totalNorm(penalized.network), normB = Run.totalNorm(decayed.network)
            let curveGap = zip(normPenalized.y, normDecayed.y).map { abs($0 - $1) / max($0, $1, 1e-12) }.max() ?? 0
            let devA = 100 * RegularizationPlots.error(of: penalized.network, on: dev)
            let devB = 100 * RegularizationPlots.error(of: decayed.network, on: dev)
            let comparison: Finding
            if useAdam {
                comparison = Finding(
                    "Under Adam the runs part: ‖W‖ \(NumberText.fixed(normA, 2)) with L2 vs \(NumberText.fixed(normB, 2)) with decay (up to \(NumberText.fixed(100 * curveGap))% apart). Adam rescaled the penalty's gradient, not the decay.",
                    tone: .warning, values: ["largest_weight_difference": largestDifference, "largest_norm_gap_fraction": curveGap])
            } else {
                comparison = Finding(
                    "Under SGD the two runs agree weight for weight: largest difference \(String(format: "%.1e", largestDifference)), ‖W‖ \(NumberText.fixed(normA, 2)) both. One method, two names.",
                    tone: .good, values: ["largest_weight_difference": largestDifference, "largest_norm_gap_fraction": curveGap])
            }
            return [
                comparison,
                Finding("Final ‖W‖: \(NumberText.fixed(normA, 2)) (L2 in the cost) and \(NumberText.fixed(normB, 2)) (weight decay); dev error \(NumberText.fixed(devA))% and \(NumberText.fixed(devB))%.",
                        values: ["norm_with_l2": normA, "norm_with_decay": normB,
                                 "dev_error_percent_with_l2": devA, "dev_error_percent_with_decay": devB]),
            ]
        }
    }
}
