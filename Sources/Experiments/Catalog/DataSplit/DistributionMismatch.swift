import DLCore
import FoundationEssentials
import TextSupport
import TextCharts

/// `split.mismatch`: train a network on one distribution, then measure it on data from the same
/// distribution and on data that has moved (rotated and translated by `shift`).
///
/// The lesson: dev and test must come from the distribution you care about. A model judged on data
/// unlike its training data shows a gap that is neither bias nor variance: training error and the
/// error on held-out data from the training distribution stay put, while the error on the shifted
/// data grows with the shift. More regularization does not close it; it is a data mismatch.
public struct DistributionMismatch: Experiment {
    public init() {}

    public let id = "split.mismatch"
    public let title = Localized { $0.mismatchTitle }
    public let summary = Localized { $0.mismatchSummary }

    static let shift = NumberKnob(id: "shift", text: Localized { $0.mismatchShift },
                                  range: 0...2, step: 0.25, default: 0)
    public var knobs: [Knob] { [Self.shift.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    /// The shifts the error curve is measured at; the knob's shift is marked on it.
    static let sweptShifts = stride(from: 0.0, through: 2.0, by: 0.25).map { $0 }
    /// At shift s the data turns by s·rotationPerShift radians about the origin and moves by s·offsetPerShift.
    static let rotationPerShift = 0.35
    static let offsetPerShift = (0.45, -0.3)
    static let trainingSteps = 600
    static let stepsPerSlice = 40
    /// The part of the dev error above the training-distribution dev error that counts as mismatch.
    static let mismatchThreshold = 0.05

    static func shifted(_ data: Dataset, by shift: Double) throws -> Dataset {
        try data.shifted(offset: (shift * offsetPerShift.0, shift * offsetPerShift.1), rotation: shift * rotationPerShift)
    }

    final class Run: RunProcedure {

        static let headlines: [HeadlineSpec] = [.init("train_error", .percent), .init("same_distribution_error", .percent), .init("shifted_error", .percent)]
        let shift: Double
        private var trainer: Trainer
        /// Held-out examples from the training distribution ("train-dev") and fresh examples that are
        /// then moved to the shifted distribution.
        private let sameDistribution: Dataset
        private let targetSource: Dataset
        let strings: any ExperimentStrings
        private var trainCurve: Series
        private var sameCurve: Series
        private var shiftedCurve: Series
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            let shift = context.settings[DistributionMismatch.shift], seed = context.seed
            self.shift = shift
            strings = context.strings
            trainCurve = Series(name: strings.trainError, color: .blue)
            sameCurve = Series(name: strings.mismatchSameCurve, color: .green)
            shiftedCurve = Series(name: strings.mismatchShiftedCurve, color: .red)
            var rng = RandomSource(seed: seed)
            let train = try Dataset.moons(count: 300, noise: 0.15, rng: &rng)
            sameDistribution = try Dataset.moons(count: 400, noise: 0.15, rng: &rng)
            targetSource = try Dataset.moons(count: 400, noise: 0.15, rng: &rng)
            let network = try Network(layerSizes: [2, 16, 16, 1], hidden: .relu, output: .sigmoid,
                                      loss: .binaryCrossEntropy, initializer: .he, rng: &rng)
            trainer = try Trainer(network: network, train: train, dev: nil,
                                  configuration: TrainingConfiguration(optimizer: .adam(learningRate: 0.01), seed: seed))
        }

        func advance() throws {
            trainer.train(steps: DistributionMismatch.stepsPerSlice)
            if trainer.status.isFinished || trainer.stepCount >= DistributionMismatch.trainingSteps {
                // Finished even if measuring fails: the failure frame then says why.
                isFinished = true
                try measureAcrossShifts(trainer)
            }
        }

        /// Error = 1 − accuracy on each set, at every swept shift (the training data never moves).
        private func measureAcrossShifts(_ trainer: Trainer) throws {
            let trainError = 1 - (try trainer.evaluate(trainer.trainingData).accuracy ?? .nan)
            let sameError = 1 - (try trainer.evaluate(sameDistribution).accuracy ?? .nan)
            for s in Set(DistributionMismatch.sweptShifts + [shift]).sorted() {
                let target = try DistributionMismatch.shifted(targetSource, by: s)
                trainCurve.append(x: s, y: 100 * trainError)
                sameCurve.append(x: s, y: 100 * sameError)
                shiftedCurve.append(x: s, y: 100 * (1 - (try trainer.evaluate(target).accuracy ?? .nan)))
            }
        }

        func makeFrame() -> Frame {
            var figures: [Figure] = []
            if isFinished, let shiftedTarget = try? DistributionMismatch.shifted(targetSource, by: shift) {
                figures.append(boundary(trainer, target: shiftedTarget))
            }
            figures.append(.line(LineChart(
                title: strings.mismatchChartTitle,
                series: [trainCurve, sameCurve, shiftedCurve],
                xAxis: Axis(strings.shiftAxis, range: 0...2), yAxis: Axis(strings.errorPercentAxis),
                verticalLines: [ReferenceLine(shift, label: strings.shiftLabel(KnobValue.number(shift).description), color: .yellow)])))
            let steps = trainer.stepCount
            return Frame(figures: figures, findings: isFinished ? findings() : [],
                         progress: min(Double(steps) / Double(DistributionMismatch.trainingSteps), 1))
        }

        /// The learned boundary with the training points and the shifted dev points.
        private func boundary(_ trainer: Trainer, target: Dataset) -> Figure {
            let points = ClassPoints(names: (strings.shiftedDevClassZero, strings.shiftedDevClassOne), markers: ("o", "x"))
            return .heatmap(DecisionBoundary.heatmap(
                of: trainer.network,
                title: strings.mismatchBoundaryTitle(KnobValue.number(shift).description),
                xRange: -2.0...3.0, yRange: -2.0...2.0, columns: 50, rows: 30, valueRange: nil, missing: 0.5,
                points: points.classes(of: target)))
        }

        private func findings() -> [Finding] {
            guard let index = shiftedCurve.x.firstIndex(of: shift),
                  let baseline = shiftedCurve.y.first, let trainError = trainCurve.y.first, let sameError = sameCurve.y.first
            else { return [] }
            let shiftedError = shiftedCurve.y[index]
            let mismatch = shiftedError - sameError
            var findings = [
                Finding.descriptive(
                    strings.mismatchErrors(mismatchPercent(trainError), mismatchPercent(sameError), KnobValue.number(shift).description,
                                           mismatchPercent(shiftedError)),
                    values: ["shift": shift, "train_error": trainError / 100, "same_distribution_error": sameError / 100,
                             "shifted_error": shiftedError / 100],
                    because: "the three errors as measured; their comparison, with its standard error, is the next finding"),
            ]
            // Two independent dev sets of the same size: the standard error of their difference, in points.
            let count = Double(sameDistribution.count)
            let gapSE = 100 * ((sameError / 100) * (1 - sameError / 100) / count
                               + (shiftedError / 100) * (1 - shiftedError / 100) / count).squareRoot()
            let threshold = DistributionMismatch.mismatchThreshold
            let values = ["mismatch_gap": mismatch / 100, "mismatch_gap_se": gapSE / 100]
            let gapText = String(printf: "%+.1f", mismatch), seText = String(printf: "%.1f", gapSE)
            if mismatch > 100 * threshold, mismatch > 2 * gapSE {
                findings.append(Finding(
                    strings.mismatchGap(gapText, seText), tone: .bad, values: values,
                    claims: [.atLeast("mismatch_gap", threshold), .beyondNoise("mismatch_gap", standardError: "mismatch_gap_se", factor: 2)]))
            } else if mismatch > 100 * threshold {
                findings.append(Finding(
                    strings.mismatchUnclear(gapText, seText), tone: .info, values: values,
                    claims: [.atLeast("mismatch_gap", threshold), .withinNoise("mismatch_gap", standardError: "mismatch_gap_se", factor: 2)]))
            } else {
                findings.append(Finding(
                    strings.mismatchNone(gapText, seText, Int(count)), tone: .good, values: values,
                    claims: [.atMost("mismatch_gap", threshold)]))
            }
            findings.append(.descriptive(
                strings.mismatchSweep(mismatchPercent(trainError), mismatchPercent(baseline), mismatchPercent(shiftedCurve.y.last ?? .nan)),
                values: ["shifted_error_at_0": baseline / 100, "shifted_error_at_2": (shiftedCurve.y.last ?? .nan) / 100],
                because: "the ends of the swept curve, as measured"))
            return findings
        }
    }
}

private func mismatchPercent(_ points: Double) -> String { String(printf: "%.1f%%", points) }
