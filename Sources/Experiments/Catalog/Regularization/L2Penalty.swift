import DLCore
import FoundationEssentials
import TextCharts

/// `reg.l2`: an over-fitting network with the L2 strength λ as the knob.
///
/// The lesson: with λ = 0 a [2, 40, 20, 1] tanh network memorises a small noisy training set (its
/// boundary wraps around single mislabelled points, training error near 0, dev error well above);
/// a moderate λ (0.7) keeps the weights small, the boundary smooth and the train–dev gap narrow; a
/// large λ (5) overshoots to a nearly straight boundary that underfits (high bias). The penalty is
/// the course's (λ/2m)·Σ‖W‖F², so λ is comparable with the lesson's numbers.
public struct L2Penalty: Experiment {
    public init() {}

    public let id = "reg.l2"
    public let title = Localized { $0.l2Title }
    public let summary = Localized { $0.l2Summary }

    static let lambda = NumberKnob(id: "lambda", text: Localized { $0.l2Lambda },
                                   range: 0...10, step: 0.01, default: 0.7)
    public var knobs: [Knob] { [Self.lambda.knob] }

    static let layerSizes = [2, 40, 20, 1]
    static let steps = 1500
    static let learningRate = 0.01

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("train_error_percent", .fixed(1)), .init("dev_error_percent", .fixed(1)), .init("gap_points", .fixed(1)), .init("squared_weight_norm", .fixed(1))]
        let lambda: Double
        private var track: RegularizationTrainingTrack
        /// The same network from the same start trained without the penalty (for λ > 0): what "the penalty
        /// holds the weights back" is measured against.
        private var unpenalised: Trainer?
        /// Σ‖W‖F² at the start, what "the weights grow freely" (λ = 0) is measured against.
        let initialSquaredNorm: Double
        /// The error a straight line makes on the same training set: the high-bias reference.
        let linearTrainError: Double
        let ranges: (x: ClosedRange<Double>, y: ClosedRange<Double>)
        var isFinished: Bool { track.isFinished }

        init(_ context: RunContext) throws {
            strings = context.strings
            let lambda = context.settings[L2Penalty.lambda], seed = context.seed
            self.lambda = lambda
            var rng = RandomSource(seed: seed)
            let split = try RegularizationData.overfittingMoons(rng: &rng)
            ranges = RegularizationData.plotRanges(split.train)
            linearTrainError = try L2Penalty.linearTrainError(split.train, seed: seed)
            let network = try Network(layerSizes: L2Penalty.layerSizes, hidden: .tanh, output: .sigmoid,
                                       loss: .binaryCrossEntropy, initializer: .xavierNormal, rng: &rng)
            let trainer = try Trainer(network: network, train: split.train, configuration: TrainingConfiguration(
                optimizer: .adam(learningRate: L2Penalty.learningRate), regularization: .l2(lambda), seed: seed))
            track = RegularizationTrainingTrack(trainer: trainer, train: split.train, dev: split.dev,
                                                totalSteps: L2Penalty.steps, interval: 25, strings: strings)
            initialSquaredNorm = RegularizationPlots.weightNorms(network).reduce(0) { $0 + $1 * $1 }
            unpenalised = lambda > 0
                ? try Trainer(network: network, train: split.train, configuration: TrainingConfiguration(
                    optimizer: .adam(learningRate: L2Penalty.learningRate), seed: seed))
                : nil
        }

        func advance() {
            track.advance(steps: 75)
            _ = unpenalised?.train(steps: 75)
        }

        func makeFrame() -> Frame {
            let lambdaText = KnobValue.number(lambda).description
            let norms = RegularizationPlots.weightNorms(track.network)
            let table = ResultTable(
                title: strings.weightNorms, columns: [strings.layerColumn, "‖W‖F"],
                rows: norms.enumerated().map { ["W\($0.offset + 1)", NumberText.fixed($0.element, 2)] })
            return Frame(
                figures: [
                    .line(track.costChart(title: strings.unpenalisedCostTitle(lambdaText))),
                    .heatmap(RegularizationPlots.boundary(of: track.network, points: track.train,
                                                          title: strings.boundaryOnTrainingSet, ranges: ranges, strings: strings)),
                ],
                tables: [table],
                findings: isFinished ? findings(norms: norms) : [],
                progress: track.progress)
        }

        private func findings(norms: [Double]) -> [Finding] {
            if track.hasDiverged {
                return [Finding(strings.trainingDiverged(atStep: track.stepCount), tone: .bad,
                                values: track.trainer.divergenceValues(step: track.stepCount), claims: Trainer.divergenceClaims)]
            }
            let train = track.finalTrainError, dev = track.finalDevError, gap = dev - train
            let squaredNorm = norms.reduce(0) { $0 + $1 * $1 }
            let linear = 100 * linearTrainError
            // Standard errors in points (binomial, √(p(1 − p)/n)): each label is judged against the noise of
            // the difference it reads, so that 100 training examples cannot make a sampling accident a verdict.
            let trainCount = track.train.count, devCount = track.dev.count
            let gapSE = 100 * (SampleStatistics.binomialVariance(train / 100, trainCount) + SampleStatistics.binomialVariance(dev / 100, devCount)).squareRoot()
            let lineSE = 100 * (SampleStatistics.binomialVariance(train / 100, trainCount) + SampleStatistics.binomialVariance(linearTrainError, trainCount)).squareRoot()
            let belowLine = train - linear
            var values: [String: Double] = ["linear_train_error_percent": linear, "train_error_percent": train, "gap_points": gap,
                                            "gap_se_points": gapSE, "train_minus_linear_points": belowLine, "train_minus_linear_se_points": lineSE]
            values["gap_threshold_points"] = L2Penalty.gapThreshold
            let verdict: Finding
            if belowLine >= -2 * lineSE {
                verdict = Finding(
                    strings.l2Underfits(NumberText.fixed(train), NumberText.fixed(linear), NumberText.fixed(belowLine), NumberText.fixed(lineSE)),
                    tone: .warning, values: values,
                    claims: [belowLine >= 0 ? .atLeast("train_minus_linear_points", 0)
                                            : .withinNoise("train_minus_linear_points", standardError: "train_minus_linear_se_points", factor: 2)])
            } else if gap > L2Penalty.gapThreshold, gap > 2 * gapSE {
                verdict = Finding(
                    strings.l2HighVariance(NumberText.fixed(gap), NumberText.fixed(gapSE)),
                    tone: .warning, values: values,
                    claims: [.atLeast("gap_points", L2Penalty.gapThreshold), .beyondNoise("gap_points", standardError: "gap_se_points", factor: 2),
                             .beyondNoise("train_minus_linear_points", standardError: "train_minus_linear_se_points", factor: 2)])
            } else if gap > L2Penalty.gapThreshold {
                verdict = Finding(
                    strings.l2GapUnclear(NumberText.fixed(gap), NumberText.fixed(gapSE)),
                    tone: .info, values: values,
                    claims: [.atLeast("gap_points", L2Penalty.gapThreshold), .withinNoise("gap_points", standardError: "gap_se_points", factor: 2)])
            } else {
                verdict = Finding(
                    strings.l2GoodFit(NumberText.fixed(gap), NumberText.fixed(linear)),
                    tone: .good, values: values,
                    claims: [.atMost("gap_points", L2Penalty.gapThreshold),
                             .beyondNoise("train_minus_linear_points", standardError: "train_minus_linear_se_points", factor: 2)])
            }
            let normFinding: Finding
            if let unpenalised {
                let free = RegularizationPlots.weightNorms(unpenalised.network).reduce(0) { $0 + $1 * $1 }
                normFinding = Finding(strings.l2NormHeld(NumberText.fixed(squaredNorm, 1), track.stepCount, NumberText.fixed(free, 1)),
                                      values: ["squared_weight_norm": squaredNorm, "squared_weight_norm_without_penalty": free],
                                      claims: [.less("squared_weight_norm", than: "squared_weight_norm_without_penalty")])
            } else {
                normFinding = Finding(strings.l2NormFree(NumberText.fixed(squaredNorm, 1), track.stepCount, NumberText.fixed(initialSquaredNorm, 1)),
                                      values: ["squared_weight_norm": squaredNorm, "squared_weight_norm_initial": initialSquaredNorm],
                                      claims: [.less("squared_weight_norm_initial", than: "squared_weight_norm")])
            }
            return [
                Finding.descriptive(strings.l2Errors(KnobValue.number(lambda).description, NumberText.fixed(train), NumberText.fixed(dev), NumberText.fixed(gap)),
                                    values: ["train_error_percent": train, "dev_error_percent": dev, "gap_points": gap],
                                    because: "the errors as measured; the verdict on them, with their standard errors, is the next finding"),
                verdict,
                normFinding,
            ]
        }
    }

    /// A train–dev gap above this many points, and beyond 2 standard errors, is high variance.
    static let gapThreshold = 5.0

    /// The training error of logistic regression (a straight boundary) on `data`.
    static func linearTrainError(_ data: Dataset, seed: UInt64) throws -> Double {
        var rng = RandomSource(seed: seed ^ 0x11AE_A5)
        let network = try Network(layerSizes: [2, 1], hidden: .linear, output: .sigmoid, loss: .binaryCrossEntropy,
                                   initializer: .zeros, rng: &rng)
        var trainer = try Trainer(network: network, train: data,
                                   configuration: TrainingConfiguration(optimizer: .adam(learningRate: 0.05), seed: seed))
        trainer.train(steps: 400)
        return RegularizationPlots.error(of: trainer.network, on: data)
    }
}
