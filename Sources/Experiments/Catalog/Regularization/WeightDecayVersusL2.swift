import DLCore
import TextSupport
import FoundationEssentials
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
    /// AdamW's own decay rate wd (W ← W − α·wd·W each step, beside the Adam step), read only under
    /// Adam: under SGD the decayed copy uses λ/m, which is the same update as the L2 penalty.
    static let decay = NumberKnob(id: "decay", text: Localized { $0.decayRate },
                                  range: 1e-3...100, step: 0.5, logarithmic: true, default: 3.16)
    public var knobs: [Knob] { [Self.optimizer.knob, Self.decay.knob] }

    /// The L2 strength of the lesson's running example; the decay rate is the matching λ/m.
    static let lambda = 0.7
    static let steps = 1200
    static let sgdLearningRate = 0.2
    static let adamLearningRate = 0.01
    /// AdamW's ‖W‖ at least this many times L2's (or at most its inverse) is called weaker (stronger).
    static let strengthFactor = 2.0
    /// Dev errors are called apart only beyond this many standard errors of their difference.
    static let noiseFactor = 2.0

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("norm_with_l2", .fixed(2)), .init("norm_with_decay", .fixed(2)), .init("dev_error_percent_with_l2", .fixed(1))]
        let useAdam: Bool
        /// The decoupled copy's decay rate, and the λ/m that matches the L2 penalty under SGD.
        let decayRate: Double
        let matchedDecay: Double
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
            // Under SGD: the decay per unit of learning rate that the L2 step applies, λ/m. Under Adam:
            // AdamW's own rate, which has no such match and is tuned on its own.
            matchedDecay = lambda / Double(split.train.count)
            let decayRate = useAdam ? context.settings[WeightDecayVersusL2.decay] : matchedDecay
            self.decayRate = decayRate
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
                title: strings.decayChartTitle(optimizerName, KnobValue.number(WeightDecayVersusL2.lambda).description,
                                               useAdam ? "wd=\(KnobValue.number(decayRate).description)" : "λ/m"),
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
                                    values: trainer.divergenceValues(step: step), claims: Trainer.divergenceClaims)]
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
                    tone: .warning, values: ["largest_weight_difference": largestDifference, "largest_norm_gap_fraction": curveGap],
                    claims: [.atLeast("largest_weight_difference", 1e-6)])
            } else {
                comparison = Finding(
                    strings.decaySGDAgree(String(printf: "%.1e", largestDifference), NumberText.fixed(normA, 2)),
                    tone: .good, values: ["largest_weight_difference": largestDifference, "largest_norm_gap_fraction": curveGap],
                    claims: [.atMost("largest_weight_difference", 1e-9)])
            }
            var result = [
                comparison,
                .descriptive(strings.decayFinal(NumberText.fixed(normA, 2), NumberText.fixed(normB, 2), NumberText.fixed(devA), NumberText.fixed(devB)),
                             values: ["norm_with_l2": normA, "norm_with_decay": normB,
                                      "dev_error_percent_with_l2": devA, "dev_error_percent_with_decay": devB],
                             because: "both runs' final numbers side by side; the comparison is the previous finding's claim"),
            ]
            if useAdam { result += tuningFindings(normA: normA, normB: normB, devA: devA, devB: devB) }
            return result
        }

        /// How strongly AdamW's own rate shrank the weights next to L2, and whether their dev errors
        /// differ beyond the noise of a dev set this size.
        private func tuningFindings(normA: Double, normB: Double, devA: Double, devB: Double) -> [Finding] {
            let ratio = normB / normA
            let strength: Finding
            let values = ["norm_ratio_decay_to_l2": ratio, "decay_rate": decayRate, "matched_decay_rate": matchedDecay]
            let rate = KnobValue.number(decayRate).description, matched = NumberText.short(matchedDecay)
            if ratio >= WeightDecayVersusL2.strengthFactor {
                strength = Finding(strings.decayWeaker(rate, NumberText.fixed(ratio), matched), tone: .warning, values: values,
                                   claims: [.atLeast("norm_ratio_decay_to_l2", WeightDecayVersusL2.strengthFactor)])
            } else if ratio <= 1 / WeightDecayVersusL2.strengthFactor {
                strength = Finding(strings.decayStronger(rate, NumberText.short(1 / ratio)), tone: .warning, values: values,
                                   claims: [.atMost("norm_ratio_decay_to_l2", 1 / WeightDecayVersusL2.strengthFactor)])
            } else {
                strength = Finding(strings.decayComparable(rate, NumberText.fixed(ratio, 2)), tone: .good, values: values,
                                   claims: [.atLeast("norm_ratio_decay_to_l2", 1 / WeightDecayVersusL2.strengthFactor),
                                            .atMost("norm_ratio_decay_to_l2", WeightDecayVersusL2.strengthFactor)])
            }
            // One standard error of the difference of two error rates measured on `dev.count` examples each.
            let n = Double(dev.count), a = devA / 100, b = devB / 100
            let gap = devB - devA
            let gapError = 100 * (a * (1 - a) / n + b * (1 - b) / n).squareRoot()
            let devValues = ["dev_gap_points": gap, "dev_gap_standard_error": gapError]
            let noise = WeightDecayVersusL2.noiseFactor
            let dev = abs(gap) > noise * gapError
                ? Finding(strings.decayDevApart(NumberText.fixed(gap), NumberText.fixed(gapError), better: gap < 0), tone: .info,
                          values: devValues, claims: [.beyondNoise("dev_gap_points", standardError: "dev_gap_standard_error", factor: noise)])
                : Finding(strings.decayDevTied(NumberText.fixed(gap), NumberText.fixed(gapError)), tone: .info,
                          values: devValues, claims: [.withinNoise("dev_gap_points", standardError: "dev_gap_standard_error", factor: noise)])
            return [strength, dev]
        }
    }
}
