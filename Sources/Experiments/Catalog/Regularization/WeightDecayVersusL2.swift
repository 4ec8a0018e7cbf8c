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
    public let title = Localized { $0.decayTitle }
    public let summary = Localized { $0.decaySummary }

    /// The optimizer both copies train with.
    enum OptimizerChoice: String, CaseIterable, Sendable {
        case sgd, adam
    }

    static let optimizer = ChoiceKnob<OptimizerChoice>(
        id: "optimizer", text: Localized { $0.decayOptimizer },
        default: .sgd)
    public var knobs: [Knob] { [Self.optimizer.knob] }

    /// The L2 strength of the lesson's running example; the decay rate is the matching λ/m.
    static let lambda = 0.7
    static let steps = 1200
    static let sgdLearningRate = 0.2
    static let adamLearningRate = 0.01

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("norm_with_l2", .fixed(2)), .init("norm_with_decay", .fixed(2)), .init("dev_error_percent_with_l2", .fixed(1))]
        let useAdam: Bool
        private var penalized: Trainer
        private var decayed: Trainer
        let dev: Dataset
        private(set) var normPenalized: Series
        private(set) var normDecayed: Series
        var isFinished: Bool { penalized.stepCount >= WeightDecayVersusL2.steps || penalized.status.isFinished || decayed.status.isFinished }

        init(_ context: RunContext) throws {
            strings = context.strings
            normPenalized = Series(name: strings.l2InTheCost, color: .blue)
            normDecayed = Series(name: strings.weightDecay, color: .red)
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
                title: strings.decayChartTitle(optimizerName, KnobValue.number(WeightDecayVersusL2.lambda).description),
                series: [normPenalized, normDecayed],
                xAxis: Axis(strings.stepAxis, range: 0...Double(WeightDecayVersusL2.steps)), yAxis: Axis("‖W‖"))
            let weights = PointClass(name: strings.oneWeight, x: RegularizationPlots.allWeights(penalized.network),
                                     y: RegularizationPlots.allWeights(decayed.network), marker: "*")
            let scatter = ScatterPlot(title: strings.decayScatterTitle, classes: [weights],
                                      xAxis: Axis(strings.weightWithL2), yAxis: Axis(strings.weightWithDecay), showLegend: false)
            return Frame(figures: [.line(chart), .scatter(scatter)], findings: isFinished ? findings() : [],
                         progress: min(1, Double(penalized.stepCount) / Double(WeightDecayVersusL2.steps)))
        }

        private func findings() -> [Finding] {
            for trainer in [penalized, decayed] {
                if case let .diverged(step) = trainer.status {
                    return [Finding(strings.trainingDiverged(atStep: step), tone: .bad,
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
                    strings.decayAdamApart(NumberText.fixed(normA, 2), NumberText.fixed(normB, 2), NumberText.fixed(100 * curveGap)),
                    tone: .warning, values: ["largest_weight_difference": largestDifference, "largest_norm_gap_fraction": curveGap])
            } else {
                comparison = Finding(
                    strings.decaySGDAgree(String(format: "%.1e", largestDifference), NumberText.fixed(normA, 2)),
                    tone: .good, values: ["largest_weight_difference": largestDifference, "largest_norm_gap_fraction": curveGap])
            }
            return [
                comparison,
                Finding(strings.decayFinal(NumberText.fixed(normA, 2), NumberText.fixed(normB, 2), NumberText.fixed(devA), NumberText.fixed(devB)),

                        values: ["norm_with_l2": normA, "norm_with_decay": normB,
                                 "dev_error_percent_with_l2": devA, "dev_error_percent_with_decay": devB]),
            ]
        }
    }
}
