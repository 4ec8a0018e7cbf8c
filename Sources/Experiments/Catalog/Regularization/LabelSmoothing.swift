import DLCore
import FoundationEssentials
import Glibc
import TextCharts

/// `reg.label-smoothing`: softened targets stop the logits from growing forever.
///
/// The lesson: with one-hot targets the softmax cross-entropy keeps falling as the correct logit
/// pulls away from the others, so training drives the logit gap (and the weights) up without end.
/// Label smoothing with ε makes the target 1 − ε + ε/K for the right class and ε/K for the others;
/// the best output is then a finite gap, ln((1 − ε + ε/K)/(ε/K)), where the curve levels off. With
/// some training labels wrong, hard targets ask for the wrong label with full confidence; smoothed
/// ones pull less hard. The run trains a small softmax network on three Gaussian blobs, a share of
/// whose training labels is flipped, and follows the gap, the mislabelled points and dev accuracy.
public struct LabelSmoothing: Experiment {
    public init() {}

    public let id = "reg.label-smoothing"
    public let title = Localized { $0.smoothingTitle }
    public let summary = Localized { $0.smoothingSummary }

    static let epsilon = NumberKnob(id: "epsilon", text: Localized { $0.smoothingEpsilon },
                                    range: 0...0.3, step: 0.05, default: 0.1)
    static let mislabelled = NumberKnob(id: "mislabelled", text: Localized { $0.smoothingMislabelled },
                                        range: 0...0.3, step: 0.05, default: 0.1)
    public var knobs: [Knob] { [Self.epsilon.knob, Self.mislabelled.knob] }

    static let classCount = 3
    static let trainCount = 150
    static let devCount = 300
    static let steps = 3000
    static let learningRate = 0.005
    static let interval = 50

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    /// How far the network has followed the wrong labels of the mislabelled training points.
    enum WrongLabelFit { case memorised, leaning, resisted }

    /// The logit gap that smoothed targets ask for: ln((1 − ε + ε/K) / (ε/K)); infinite when ε = 0.
    static func targetGap(epsilon: Double, classes k: Int) -> Double {
        epsilon == 0 ? .infinity : log((1 - epsilon + epsilon / Double(k)) / (epsilon / Double(k)))
    }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("gap_end", .fixed(2)), .init("dev_accuracy_percent", .fixed(1)), .init("wrong_label_probability", .fixed(2))]
        let epsilon: Double
        let mislabelled: Double
        private var trainer: Trainer
        let train: Dataset
        let dev: Dataset
        /// The training examples whose label was changed.
        let flipped: [Int]
        let trueClasses: [Int]
        private(set) var cleanGap: Series
        private(set) var flippedGap: Series
        private(set) var wrongLabelProbability: Series
        private(set) var devAccuracy: Series
        private(set) var devConfidence: Series
        var isFinished: Bool { trainer.stepCount >= LabelSmoothing.steps || trainer.status.isFinished }

        init(_ context: RunContext) throws {
            strings = context.strings
            cleanGap = Series(name: strings.gapCleanSeries, color: .blue)
            flippedGap = Series(name: strings.gapFlippedSeries, color: .red)
            wrongLabelProbability = Series(name: strings.wrongLabelSeries, color: .red)
            devAccuracy = Series(name: strings.devAccuracySeries, color: .green)
            devConfidence = Series(name: strings.devConfidenceSeries, color: .blue)
            let epsilon = context.settings[LabelSmoothing.epsilon], mislabelled = context.settings[LabelSmoothing.mislabelled]
            let seed = context.seed
            self.epsilon = epsilon
            self.mislabelled = mislabelled
            var rng = RandomSource(seed: seed)
            let points = try Dataset.blobs(count: LabelSmoothing.trainCount + LabelSmoothing.devCount, spread: 0.8, rng: &rng)
            let trainShare = Double(LabelSmoothing.trainCount) / Double(points.count)
            let split = try points.split(train: trainShare, dev: 1 - trainShare, test: 0, rng: &rng)
            let original = split.train.classIndices
            let noisy = try split.train.withLabelNoise(fraction: mislabelled, rng: &rng)
            let given = noisy.classIndices
            trueClasses = original
            train = noisy
            dev = split.dev
            flipped = given.indices.filter { given[$0] != original[$0] }
            let network = try Network(layerSizes: [2, 32, 32, LabelSmoothing.classCount], hidden: .relu, output: .softmax,
                                       loss: .softmaxCrossEntropy(labelSmoothing: epsilon), initializer: .he, rng: &rng)
            trainer = try Trainer(network: network, train: train, configuration: TrainingConfiguration(
                optimizer: .adam(learningRate: LabelSmoothing.learningRate), seed: seed))
            record()
        }

        func advance() {
            for _ in 0..<2 {
                trainer.train(steps: LabelSmoothing.interval)
                record()
                if isFinished { break }
            }
        }

        /// z of the labelled class minus the largest other z, per example, and the softmax outputs.
        private static func gaps(_ network: Network, _ data: Dataset) -> (gaps: [Double], probabilities: Matrix)? {
            guard let pass = try? network.forward(data.x) else { return nil }
            let z = pass.preActivations[pass.preActivations.count - 1]
            let labels = data.classIndices
            let gaps = labels.indices.map { j -> Double in
                var other = -Double.infinity
                for i in 0..<z.rows where i != labels[j] { other = max(other, z[i, j]) }
                return z[labels[j], j] - other
            }
            return (gaps, pass.output)
        }

        private func record() {
            let step = Double(trainer.stepCount)
            guard let (gaps, probabilities) = Run.gaps(trainer.network, train),
                  let devOutput = try? trainer.network.predict(dev.x) else { return }
            let flippedSet = Set(flipped)
            let clean = gaps.indices.filter { !flippedSet.contains($0) }
            cleanGap.append(x: step, y: SampleStatistics.mean(clean.map { gaps[$0] }))
            let given = train.classIndices
            if !flipped.isEmpty {
                flippedGap.append(x: step, y: SampleStatistics.mean(flipped.map { gaps[$0] }))
                wrongLabelProbability.append(x: step, y: SampleStatistics.mean(flipped.map { probabilities[given[$0], $0] }))
            }
            let devClasses = dev.classIndices
            var correct = 0, confidence = 0.0
            for j in 0..<dev.count {
                var best = 0
                for i in 1..<devOutput.rows where devOutput[i, j] > devOutput[best, j] { best = i }
                if best == devClasses[j] { correct += 1 }
                confidence += devOutput[best, j]
            }
            devAccuracy.append(x: step, y: Double(correct) / Double(dev.count))
            devConfidence.append(x: step, y: confidence / Double(dev.count))
        }

        func makeFrame() -> Frame {
            let ceiling = LabelSmoothing.targetGap(epsilon: epsilon, classes: LabelSmoothing.classCount)
            var lines: [ReferenceLine] = []
            if ceiling.isFinite { lines.append(ReferenceLine(ceiling, label: strings.targetGapLabel(NumberText.fixed(ceiling, 2)), color: .green)) }
            let gapChart = LineChart(
                title: strings.gapChartTitle(KnobValue.number(epsilon).description), series: [cleanGap],
                xAxis: Axis(strings.stepAxis, range: 0...Double(LabelSmoothing.steps)), yAxis: Axis(strings.gapAxis), horizontalLines: lines)
            var probabilitySeries = [devAccuracy, devConfidence]
            if !flipped.isEmpty { probabilitySeries.append(wrongLabelProbability) }
            let probabilityChart = LineChart(
                title: strings.probabilityChartTitle, series: probabilitySeries,
                xAxis: Axis(strings.stepAxis, range: 0...Double(LabelSmoothing.steps)), yAxis: Axis(strings.probabilityAxis, range: 0...1))
            return Frame(figures: [.line(gapChart), .line(probabilityChart)], findings: isFinished ? findings() : [],
                         progress: min(1, Double(trainer.stepCount) / Double(LabelSmoothing.steps)))
        }

        /// The value of `series` at the recorded step closest to `fraction` of the run.
        private func value(_ series: Series, at fraction: Double) -> Double {
            guard !series.y.isEmpty else { return .nan }
            return series.y[min(series.y.count - 1, Int((Double(series.y.count - 1) * fraction).rounded()))]
        }

        private func findings() -> [Finding] {
            if case let .diverged(step) = trainer.status {
                return [Finding(strings.trainingDiverged(atStep: step), tone: .bad,
                                values: trainer.divergenceValues(step: step), claims: Trainer.divergenceClaims)]
            }
            let late = value(cleanGap, at: 0.75), end = value(cleanGap, at: 1)
            let ceiling = LabelSmoothing.targetGap(epsilon: epsilon, classes: LabelSmoothing.classCount)
            let growth = end - late
            var result: [Finding] = []
            // Over the last quarter of the run, a change of under a quarter of a logit (the odds moving
            // by less than 30%) counts as levelled off.
            let levelsOff = abs(growth) < 0.25
            let trend = strings.gapTrend(levelsOff: levelsOff, growing: growth > 0)
            let trendClaims: [Claim] = levelsOff
                ? [.atMost("gap_growth_last_quarter", 0.25), .atLeast("gap_growth_last_quarter", -0.25)]
                : [growth > 0 ? .atLeast("gap_growth_last_quarter", 0.25) : .atMost("gap_growth_last_quarter", -0.25)]
            let movement = strings.gapMovement(NumberText.fixed(late, 2), NumberText.fixed(end, 2),
                                               (growth >= 0 ? "+" : "") + NumberText.fixed(growth, 2))
            if epsilon == 0 {
                result.append(Finding(
                    strings.smoothingHard(trend, movement, levelsOff: levelsOff),
                    tone: levelsOff ? .info : .warning,
                    values: ["gap_three_quarters": late, "gap_end": end, "gap_growth_last_quarter": growth], claims: trendClaims))
            } else {
                result.append(Finding(
                    strings.smoothingSoft(KnobValue.number(epsilon).description, trend, movement, NumberText.fixed(ceiling, 2)),
                    tone: levelsOff ? .good : .info,
                    values: ["gap_three_quarters": late, "gap_end": end, "gap_growth_last_quarter": growth, "target_gap": ceiling],
                    claims: trendClaims))
            }
            let accuracy = value(devAccuracy, at: 1), confidence = value(devConfidence, at: 1)
            result.append(.descriptive(
                strings.smoothingDev(NumberText.fixed(100 * accuracy), NumberText.fixed(confidence, 3)),
                values: ["dev_accuracy_percent": 100 * accuracy, "dev_mean_top_probability": confidence],
                because: "the dev accuracy and confidence, as measured"))
            if !flipped.isEmpty {
                let wrong = value(wrongLabelProbability, at: 1)
                // Memorised: within 10 % of the probability the (smoothed) target asks for; above a guess
                // among K classes but below that, the network only leans toward the wrong labels.
                let k = Double(LabelSmoothing.classCount)
                let memorisedAt = 0.9 * (1 - epsilon + epsilon / k), guess = 1 / k
                let level: WrongLabelFit = wrong >= memorisedAt ? .memorised : (wrong > guess ? .leaning : .resisted)
                let claims: [Claim] = switch level {
                case .memorised: [.atLeast("wrong_label_probability", memorisedAt)]
                case .leaning: [.atLeast("wrong_label_probability", guess), .atMost("wrong_label_probability", memorisedAt)]
                case .resisted: [.atMost("wrong_label_probability", guess)]
                }
                result.append(Finding(
                    strings.smoothingMemorised(flipped.count, NumberText.fixed(wrong, 2), level, NumberText.fixed(memorisedAt, 2),
                                               NumberText.fixed(guess, 2), LabelSmoothing.classCount),
                    tone: level == .memorised ? .warning : .info,
                    values: ["mislabelled_count": Double(flipped.count), "wrong_label_probability": wrong,
                             "memorised_threshold": memorisedAt, "guess_probability": guess],
                    claims: claims))
            }
            return result
        }
    }
}
