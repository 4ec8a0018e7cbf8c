import DLCore
import Foundation
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
    public let title = Localized.untranslated("Label smoothing: confidence that levels off")
    public let summary = Localized.untranslated("A softmax classifier on three blobs with some wrong training labels, trained with targets smoothed by ε: the logit gap over training.")

    static let epsilon = NumberKnob(id: "epsilon", text: .untranslated(KnobText("ε (smoothing)", "the target becomes 1 − ε + ε/K for the labelled class and ε/K for the others")),
                                    range: 0...0.3, step: 0.05, default: 0.1)
    static let mislabelled = NumberKnob(id: "mislabelled", text: .untranslated(KnobText("mislabelled", "the share of training labels changed to a wrong class")),
                                        range: 0...0.3, step: 0.05, default: 0.1)
    public var knobs: [Knob] { [Self.epsilon.knob, Self.mislabelled.knob] }

    static let classCount = 3
    static let trainCount = 150
    static let devCount = 300
    static let steps = 3000
    static let learningRate = 0.005
    static let interval = 50

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    /// The logit gap that smoothed targets ask for: ln((1 − ε + ε/K) / (ε/K)); infinite when ε = 0.
    static func targetGap(epsilon: Double, classes k: Int) -> Double {
        epsilon == 0 ? .infinity : log((1 - epsilon + epsilon / Double(k)) / (epsilon / Double(k)))
    }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings
        let epsilon: Double
        let mislabelled: Double
        private var trainer: Trainer
        let train: Dataset
        let dev: Dataset
        /// The training examples whose label was changed.
        let flipped: [Int]
        let trueClasses: [Int]
        private(set) var cleanGap = Series(name: "logit gap, correctly labelled points", color: .blue)
        private(set) var flippedGap = Series(name: "logit gap for the wrong label, mislabelled points", color: .red)
        private(set) var wrongLabelProbability = Series(name: "p(wrong label), mislabelled points", color: .red)
        private(set) var devAccuracy = Series(name: "dev accuracy", color: .green)
        private(set) var devConfidence = Series(name: "mean top probability on dev", color: .blue)
        var isFinished: Bool { trainer.stepCount >= LabelSmoothing.steps || trainer.status.isFinished }

        init(_ context: RunContext) throws {
            strings = context.strings
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
            if ceiling.isFinite { lines.append(ReferenceLine(ceiling, label: "target gap \(NumberText.fixed(ceiling, 2))", color: .green)) }
            let gapChart = LineChart(
                title: "logit gap z(label) − max other z, ε=\(KnobValue.number(epsilon))", series: [cleanGap],
                xAxis: Axis("step", range: 0...Double(LabelSmoothing.steps)), yAxis: Axis("gap"), horizontalLines: lines)
            var probabilitySeries = [devAccuracy, devConfidence]
            if !flipped.isEmpty { probabilitySeries.append(wrongLabelProbability) }
            let probabilityChart = LineChart(
                title: "dev accuracy and confidence; mislabelled training points", series: probabilitySeries,
                xAxis: Axis("step", range: 0...Double(LabelSmoothing.steps)), yAxis: Axis("probability", range: 0...1))
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
                return [Finding("Training diverged (cost NaN or ∞) at step \(step).", tone: .bad,
                                values: ["diverged_at_step": Double(step)])]
            }
            let late = value(cleanGap, at: 0.75), end = value(cleanGap, at: 1)
            let ceiling = LabelSmoothing.targetGap(epsilon: epsilon, classes: LabelSmoothing.classCount)
            let growth = end - late
            var result: [Finding] = []
            // Over the last quarter of the run, a change of under a quarter of a logit (the odds moving
            // by less than 30%) counts as levelled off.
            let levelsOff = abs(growth) < 0.25
            let trend = levelsOff
                ? "levels off"
                : (growth > 0 ? "is still climbing" : "is falling")
            let movement = "\(NumberText.fixed(late, 2)) at three quarters of the run, \(NumberText.fixed(end, 2)) at the end (\(growth >= 0 ? "+" : "")\(NumberText.fixed(growth, 2)))"
            if epsilon == 0 {
                result.append(Finding(
                    "Hard targets: the mean logit gap on correctly labelled points \(trend): \(movement).\(levelsOff ? "" : " The targets ask for certainty, so nothing stops it.")",
                    tone: levelsOff ? .info : .warning,
                    values: ["gap_three_quarters": late, "gap_end": end, "gap_growth_last_quarter": growth]))
            } else {
                result.append(Finding(
                    "ε=\(KnobValue.number(epsilon)): the mean logit gap on correctly labelled points \(trend): \(movement); the smoothed targets ask for a gap of \(NumberText.fixed(ceiling, 2)).",
                    tone: levelsOff ? .good : .info,
                    values: ["gap_three_quarters": late, "gap_end": end, "gap_growth_last_quarter": growth, "target_gap": ceiling]))
            }
            let accuracy = value(devAccuracy, at: 1), confidence = value(devConfidence, at: 1)
            result.append(Finding(
                "Dev accuracy \(NumberText.fixed(100 * accuracy))%; the top predicted probability averages \(NumberText.fixed(confidence, 3)) on dev.",
                values: ["dev_accuracy_percent": 100 * accuracy, "dev_mean_top_probability": confidence]))
            if !flipped.isEmpty {
                let wrong = value(wrongLabelProbability, at: 1)
                result.append(Finding(
                    "The \(flipped.count) mislabelled training points get their wrong label with probability \(NumberText.fixed(wrong, 2)) on average\(wrong > 0.5 ? ": the network has memorised them" : "").",
                    tone: wrong > 0.5 ? .warning : .info,
                    values: ["mislabelled_count": Double(flipped.count), "wrong_label_probability": wrong]))
            }
            return result
        }
    }
}
