import DLCore
import FoundationEssentials
import TextCharts

/// `reg.l1-vs-l2`: the same network trained twice with the same λ, once with an L1 penalty
/// (λ/m)·Σ|w| and once with L2 (λ/2m)·Σw², and the two weight histograms compared.
///
/// The lesson: L1's gradient term (λ/m)·sign(w) pushes every weight towards zero by the same amount
/// whatever its size, so weights the data does not need go all the way to zero and the histogram
/// grows a spike there (sparsity); L2's push (λ/m)·w fades as a weight shrinks, so L2 narrows the
/// whole distribution but leaves few weights at zero. Plain gradient descent is used on purpose:
/// Adam would rescale both pushes and blur the difference (the next experiment's subject).
public struct L1VersusL2: Experiment {
    public init() {}

    public let id = "reg.l1-vs-l2"
    public let title = Localized { $0.l1Title }
    public let summary = Localized { $0.l1Summary }

    static let lambda = NumberKnob(id: "lambda", text: Localized { $0.l1Lambda },
                                   range: 0...1, step: 0.05, default: 0.1)
    public var knobs: [Knob] { [Self.lambda.knob] }

    static let steps = 2000
    static let learningRate = 0.3
    /// A weight this close to zero counts as switched off.
    static let nearZero = 0.01
    /// The histograms' shared range.
    static let histogramRange = -1.0...1.0
    static let histogramBins = 40

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("near_zero_percent_l1", .fixed(1)), .init("near_zero_percent_l2", .fixed(1))]
        let lambda: Double
        private var l1: Trainer
        private var l2: Trainer
        let initialWeights: [Double]
        var isFinished: Bool { l1.stepCount >= L1VersusL2.steps || l1.status.isFinished || l2.status.isFinished }

        init(_ context: RunContext) throws {
            strings = context.strings
            let lambda = context.settings[L1VersusL2.lambda], seed = context.seed
            self.lambda = lambda
            var rng = RandomSource(seed: seed)
            let split = try RegularizationData.overfittingMoons(rng: &rng)
            let network = try Network(layerSizes: L2Penalty.layerSizes, hidden: .tanh, output: .sigmoid,
                                       loss: .binaryCrossEntropy, initializer: .xavierNormal, rng: &rng)
            initialWeights = RegularizationPlots.allWeights(network)
            let optimizer = Optimizer.gradientDescent(learningRate: L1VersusL2.learningRate)
            l1 = try Trainer(network: network, train: split.train, configuration: TrainingConfiguration(
                optimizer: optimizer, regularization: .l1(lambda), seed: seed))
            l2 = try Trainer(network: network, train: split.train, configuration: TrainingConfiguration(
                optimizer: optimizer, regularization: .l2(lambda), seed: seed))
        }

        func advance() {
            l1.train(steps: 50)
            l2.train(steps: 50)
        }

        private func histogram(_ weights: [Double], title: String, color: Color) -> Figure {
            .histogram(Histogram(title: title, counts: Histogram.bin(weights, bins: L1VersusL2.histogramBins, range: L1VersusL2.histogramRange),
                                 range: L1VersusL2.histogramRange, xAxis: Axis(strings.weightAxis), color: color))
        }

        func makeFrame() -> Frame {
            let lambdaText = KnobValue.number(lambda).description
            let panels = SmallMultiples(
                title: strings.l1PanelsTitle(initialWeights.count, l1.stepCount, lambdaText),
                panels: [
                    histogram(RegularizationPlots.allWeights(l1.network), title: "L1", color: .magenta),
                    histogram(RegularizationPlots.allWeights(l2.network), title: "L2", color: .blue),
                ], columns: 2)
            return Frame(figures: [.smallMultiples(panels)], findings: isFinished ? findings() : [],
                         progress: min(1, Double(l1.stepCount) / Double(L1VersusL2.steps)))
        }

        private func findings() -> [Finding] {
            for trainer in [l1, l2] {
                if case let .diverged(step) = trainer.status {
                    return [Finding(strings.trainingDiverged(atStep: step), tone: .bad,
                                    values: trainer.divergenceValues(step: step), claims: Trainer.divergenceClaims)]
                }
            }
            let w1 = RegularizationPlots.allWeights(l1.network), w2 = RegularizationPlots.allWeights(l2.network)
            let zero1 = Run.nearZeroShare(w1), zero2 = Run.nearZeroShare(w2), zero0 = Run.nearZeroShare(initialWeights)
            let median0 = Run.medianMagnitude(initialWeights)
            let median1 = Run.medianMagnitude(w1), median2 = Run.medianMagnitude(w2)
            let threshold = KnobValue.number(L1VersusL2.nearZero).description
            let nearZeroText = strings.l1NearZero(threshold, NumberText.fixed(100 * zero1), NumberText.fixed(100 * zero2), NumberText.fixed(100 * zero0))
            let nearZeroValues = ["near_zero_percent_l1": 100 * zero1, "near_zero_percent_l2": 100 * zero2, "near_zero_percent_initial": 100 * zero0]
            return [
                // With any penalty the lesson's point is that L1 leaves more weights near 0 than L2 (the good tone
                // says so, and the claim fails wherever it is not so); at λ = 0 both train the same network.
                lambda > 0
                    ? Finding(nearZeroText, tone: .good, values: nearZeroValues,
                              claims: [.less("near_zero_percent_l2", than: "near_zero_percent_l1")])
                    : .descriptive(nearZeroText, values: nearZeroValues, because: "at λ = 0 there is no penalty: both runs are the same network"),
                .descriptive(strings.l1Median(NumberText.fixed(median0, 3), NumberText.fixed(median1, 3), NumberText.fixed(median2, 3)),
                             values: ["median_magnitude_initial": median0, "median_magnitude_l1": median1, "median_magnitude_l2": median2],
                             because: "the medians as measured, beside the near-zero shares that compare L1 with L2"),
            ]
        }

        static func nearZeroShare(_ weights: [Double]) -> Double {
            Double(weights.filter { abs($0) < L1VersusL2.nearZero }.count) / Double(max(weights.count, 1))
        }

        static func medianMagnitude(_ weights: [Double]) -> Double {
            let sorted = weights.map(abs).sorted()
            return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
        }
    }
}
