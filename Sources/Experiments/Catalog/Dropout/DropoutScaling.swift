import DLCore
import FoundationEssentials
import TextCharts

/// `dropout.scaling`: why inverted dropout divides by keep_prob.
///
/// The lesson: a mask d of 0s and 1s (1 with probability keep_prob) shrinks a layer's activations to
/// keep_prob · a on average, so without a correction the next layer sees smaller inputs in training
/// than at test time, when nothing is dropped. Inverted dropout divides by keep_prob during
/// training (E[a·d/keep_prob] = a); the older scheme instead scales by keep_prob at test time. Both
/// make the training-time average match the test-time value; doing neither leaves training at about
/// keep_prob of it. The run draws many masks over the hidden layer of a ReLU network and averages
/// what the next layer receives.
public struct DropoutScaling: Experiment {
    public init() {}

    public let id = "dropout.scaling"
    public let title = Localized { $0.scalingTitle }
    public let summary = Localized { $0.scalingSummary }
    public let liveStepDelay = 0.03

    public enum Scaling: String, CaseIterable, Sendable {
        /// Training passes on a·d / keep_prob; the test-time network is left alone.
        case inverted
        /// Training passes on a·d; at test time the activations (equivalently the next weights) are
        /// multiplied by keep_prob.
        case atTest = "at-test"
        /// Training passes on a·d and nothing is ever rescaled: the mismatch the lesson warns about.
        case none
    }

    static let keepProb = NumberKnob(id: "keep-prob", text: Localized { $0.scalingKeepProb },
                                     range: 0.5...1, step: 0.05, default: 0.8)
    static let scaling = ChoiceKnob<Scaling>(
        id: "scaling", text: Localized { $0.scalingKnob },
        default: .none)
    public var knobs: [Knob] { [Self.keepProb.knob, Self.scaling.knob] }

    static let hiddenUnits = 50
    static let exampleCount = 200
    static let maskCount = 400
    static let masksPerStep = 25

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("ratio", .fixed(3))]
        let keepProb: Double
        let scaling: Scaling
        let network: Network
        let inputs: Matrix
        /// a¹ of every unit on every example (units × m), before any mask.
        let activations: Matrix
        /// What the next layer receives at test time, per unit, averaged over the examples.
        let testTimeUnitMeans: [Double]
        private var rng: RandomSource
        /// Per unit, the sum over masks of the training-time input to the next layer, averaged over examples.
        private var trainingUnitSums: [Double]
        private(set) var masksDrawn = 0
        private(set) var runningMean: Series
        var isFinished: Bool { masksDrawn >= DropoutScaling.maskCount }

        init(_ context: RunContext) throws {
            strings = context.strings
            runningMean = Series(name: strings.runningMeanSeries, color: .blue)
            let keepProb = context.settings[DropoutScaling.keepProb], scaling = context.settings[DropoutScaling.scaling]
            self.keepProb = keepProb
            self.scaling = scaling
            var rng = RandomSource(seed: context.seed)
            inputs = try Dataset.moons(count: DropoutScaling.exampleCount, noise: 0.2, rng: &rng).x
            network = try Network(layerSizes: [2, DropoutScaling.hiddenUnits, 1], hidden: .relu, output: .sigmoid,
                                   loss: .binaryCrossEntropy, initializer: .he, rng: &rng)
            activations = try network.forward(inputs).activations[0]
            let testScale = scaling == .atTest ? keepProb : 1
            testTimeUnitMeans = activations.rowMeans().storage.map { $0 * testScale }
            trainingUnitSums = Array(repeating: 0, count: DropoutScaling.hiddenUnits)
            self.rng = rng
        }

        /// What a kept unit's activation is multiplied by in training.
        private var keptFactor: Double { scaling == .inverted ? 1 / keepProb : 1 }

        func advance() throws {
            let dropout = Dropout(keepProb: keepProb)
            let m = activations.columns
            for _ in 0..<DropoutScaling.masksPerStep {
                // DLCore's masks hold 0 or 1/keep_prob (inverted dropout); keep only *which* units
                // survive and apply this scheme's own factor.
                guard let mask = try dropout.drawMasks(for: network, exampleCount: m, rng: &rng).masks[0] else {
                    throw RunFailure(strings.noMaskDrawn)
                }
                for unit in 0..<activations.rows {
                    var total = 0.0
                    for j in 0..<m where mask[unit, j] != 0 { total += activations[unit, j] }
                    trainingUnitSums[unit] += keptFactor * total / Double(m)
                }
                masksDrawn += 1
            }
            runningMean.append(x: Double(masksDrawn), y: trainingMean)
        }

        var trainingUnitMeans: [Double] { trainingUnitSums.map { $0 / Double(max(masksDrawn, 1)) } }
        var trainingMean: Double { trainingUnitMeans.reduce(0, +) / Double(trainingUnitMeans.count) }
        var testTimeMean: Double { testTimeUnitMeans.reduce(0, +) / Double(testTimeUnitMeans.count) }

        func makeFrame() -> Frame {
            let test = testTimeMean
            let chart = LineChart(
                title: strings.scalingChartTitle(KnobValue.number(keepProb).description, scaling.rawValue),
                series: [runningMean], xAxis: Axis(strings.masksDrawnAxis, range: 0...Double(DropoutScaling.maskCount)),
                yAxis: Axis(strings.meanActivationAxis, range: 0...(1.3 * max(test, trainingMean, 1e-9))),
                horizontalLines: [ReferenceLine(test, label: strings.testTimeLabel, color: .green)])
            let units = PointClass(name: strings.unitClass, x: testTimeUnitMeans, y: masksDrawn > 0 ? trainingUnitMeans : testTimeUnitMeans.map { _ in 0 },
                                   marker: "o")
            let diagonalEnd = testTimeUnitMeans.max() ?? 1
            let diagonal = PointClass(name: strings.trainingEqualsTest, x: stride(from: 0, through: diagonalEnd, by: diagonalEnd / 40).map { $0 },
                                      y: stride(from: 0, through: diagonalEnd, by: diagonalEnd / 40).map { $0 }, color: .gray, marker: ".")
            let scatter = ScatterPlot(title: strings.scalingScatterTitle(DropoutScaling.hiddenUnits),
                                      classes: [units, diagonal], xAxis: Axis(strings.testTimeMeanAxis), yAxis: Axis(strings.trainingMeanAxis))
            return Frame(figures: [.line(chart), .scatter(scatter)], findings: isFinished ? findings() : [],
                         progress: Double(masksDrawn) / Double(DropoutScaling.maskCount))
        }

        private func findings() -> [Finding] {
            let train = trainingMean, test = testTimeMean, ratio = train / test
            let values = ["training_mean": train, "test_mean": test, "ratio": ratio, "keep_prob": keepProb]
            let summary = Finding.descriptive(
                strings.scalingSummaryFinding(masksDrawn, NumberText.fixed(train, 4), NumberText.fixed(test, 4), NumberText.fixed(ratio, 3)),
                values: values, because: "the two means and their ratio as measured; what the ratio should be is the next finding's claim")
            let verdict: Finding
            switch scaling {
            case .none:
                verdict = keepProb == 1
                    ? .descriptive(strings.scalingNothingToCorrect, values: values, because: "it names the setting: keep_prob = 1 drops no unit")
                    : Finding(strings.scalingNone(KnobValue.number(keepProb).description),
                              tone: .warning, values: values, claims: [.near("ratio", keepProb, relativeTolerance: 0.1)])
            case .inverted:
                verdict = Finding(strings.scalingInverted,
                                  tone: .good, values: values, claims: [.near("ratio", 1, relativeTolerance: 0.1)])
            case .atTest:
                verdict = Finding(strings.scalingAtTest,
                                  tone: .good, values: values, claims: [.near("ratio", 1, relativeTolerance: 0.1)])
            }
            return [summary, verdict]
        }
    }
}
