import DLCore
import FoundationEssentials
import Glibc
import TextCharts

/// `init.compare`: the same [2, 10, 5, 1] ReLU network trained on circles from three starting points.
///
/// The lesson: all-zero weights never break the symmetry, so every hidden unit stays identical, the
/// hidden layers output 0, and the network can only predict ŷ = 0.5: the cost sits at ln 2 and the
/// boundary is blank. Random weights ×10 break the symmetry but start with huge, over-confident
/// logits (a very large first cost) and train badly. He initialization (σ = √(2/n)) starts near ln 2
/// and learns the circles fastest.
///
/// How badly ×10 ends depends on the draw: at most seeds well below He, at a few almost as well. So a
/// run with zeros or ×10 also trains the He network of the same seed (what `init = he` shows) and
/// compares the dev accuracies with the standard error of their difference: "worse" only beyond
/// the noise of 90 dev examples, "cannot be told apart" otherwise. The huge first cost of ×10 shows
/// at every seed.
public struct InitCompare: Experiment {
    public init() {}

    public let id = "init.compare"
    public let title = Localized { $0.compareTitle }
    public let summary = Localized { $0.compareSummary }

    static let scheme = ChoiceKnob<Scheme>(id: "init", text: Localized { $0.compareInit },
                                           default: .he)
    public var knobs: [Knob] { [Self.scheme.knob] }

    enum Scheme: String, CaseIterable, Sendable {
        case zeros, large, he

        var initializer: Initializer {
            switch self {
            case .zeros: .zeros
            case .large: .normal(standardDeviation: 10)
            case .he: .he
            }
        }

    }

    static let layerSizes = [2, 10, 5, 1]
    static let iterations = 3000
    static let iterationsPerStep = 60
    static let learningRate = 0.1
    /// Dev accuracies are called apart only beyond this many standard errors of their difference.
    static let noiseFactor = 2.0
    /// ×10's first cost is at least this many times ln 2 at every seed (a few hundred to thousands).
    static let hugeFirstCost = 10.0

    /// The network of `scheme` on the circles of `seed`, with its split: the same data for every scheme.
    static func trainer(_ scheme: Scheme, seed: UInt64) throws -> (Trainer, DataSplit) {
        var rng = RandomSource(seed: seed)
        let data = try Dataset.circles(count: 300, noise: 0.08, factor: 0.5, rng: &rng)
        let split = try data.split(train: 0.7, dev: 0.3, test: 0, rng: &rng)
        let network = try Network(layerSizes: layerSizes, hidden: .relu, output: .sigmoid,
                                  loss: .binaryCrossEntropy, initializer: scheme.initializer, rng: &rng)
        let configuration = TrainingConfiguration(optimizer: .gradientDescent(learningRate: learningRate), seed: seed)
        return (try Trainer(network: network, train: split.train, dev: split.dev, configuration: configuration), split)
    }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("final_cost", .short), .init("dev_accuracy", .percent)]
        let scheme: Scheme
        private var training: CostCurveTraining
        private let split: DataSplit
        /// He on the same data, trained alongside a zeros or ×10 run to compare with.
        private var reference: Trainer?
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            strings = context.strings
            let scheme = context.settings[InitCompare.scheme], seed = context.seed
            self.scheme = scheme
            let (trainer, split) = try InitCompare.trainer(scheme, seed: seed)
            reference = scheme == .he ? nil : try InitCompare.trainer(.he, seed: seed).0
            training = CostCurveTraining(trainer: trainer, iterations: InitCompare.iterations,
                                         iterationsPerSlice: InitCompare.iterationsPerStep, strings: context.strings)
            self.split = split
        }

        func advance() {
            let before = training.trainer.stepCount
            training.advance()
            _ = reference?.train(steps: training.trainer.stepCount - before)
            if training.isFinished { isFinished = true }
        }

        func makeFrame() -> Frame {
            let trainer = training.trainer
            let chart = LineChart(
                title: strings.compareCostTitle(strings.schemeLabel(scheme)),
                series: [training.cost],
                xAxis: Axis(strings.iterationAxis, range: 0...Double(InitCompare.iterations)),
                yAxis: Axis(strings.costAxis, scale: .log),
                horizontalLines: [ReferenceLine(log(2), label: "ln 2")]
            )
            let boundary = InitializationSupport.boundary(
                of: trainer.network, data: split.train, title: strings.compareBoundaryTitle(trainer.stepCount))
            return Frame(
                figures: [.line(chart), .heatmap(boundary)],
                findings: isFinished ? findings(trainer, split) : [],
                progress: training.progress
            )
        }

        private func findings(_ trainer: Trainer, _ split: DataSplit) -> [Finding] {
            typealias S = NumberText
            var result: [Finding] = []
            let first = trainer.costHistory.first ?? .nan
            let last = trainer.costHistory.last ?? .nan
            if case let .diverged(step) = trainer.status {
                result.append(Finding(strings.divergedWithCost(step, S.short(last)), tone: .bad,
                                      values: trainer.divergenceValues(step: step), claims: Trainer.divergenceClaims))
            }
            let train = try? trainer.evaluate(split.train)
            let dev = try? trainer.evaluate(split.dev)
            let trainAccuracy = train?.accuracy ?? .nan
            let devAccuracy = dev?.accuracy ?? .nan
            let finalCost = train?.cost ?? last
            let costText = strings.compareCosts(S.short(first), trainer.stepCount, S.short(finalCost))
            let costValues = ["first_cost": first, "final_cost": finalCost, "ln_2": log(2)]
            // The warning tone says the first cost is far above ln 2 (more than 3×).
            result.append(first > 3 * log(2)
                ? Finding(costText, tone: .warning, values: costValues, claims: [.atLeast("first_cost", 3 * log(2))])
                : .descriptive(costText, values: costValues, because: "the costs beside ln 2, for the student to compare"))
            // The tone is the label: 90% dev accuracy or more trained well, less trained badly.
            result.append(Finding(
                strings.compareAccuracy(S.percent(trainAccuracy), S.percent(devAccuracy)),
                tone: devAccuracy >= 0.9 ? .good : .bad,
                values: ["train_accuracy": trainAccuracy, "dev_accuracy": devAccuracy],
                claims: [devAccuracy >= 0.9 ? .atLeast("dev_accuracy", 0.9) : .atMost("dev_accuracy", 0.9)]))
            if scheme == .large {
                let ratio = first / log(2)
                result.append(Finding(strings.compareHugeFirstCost(S.fixed(ratio, 0)), tone: .warning,
                                      values: ["first_cost_over_ln_2": ratio],
                                      claims: [.atLeast("first_cost_over_ln_2", InitCompare.hugeFirstCost)]))
            }
            if let reference, let heDev = try? reference.evaluate(split.dev).accuracy {
                result.append(againstHe(devAccuracy, heDev, count: split.dev.count))
            }

            let spread = InitCompare.hiddenUnitSpread(trainer.network)
            if spread == 0 {
                result.append(Finding(
                    strings.compareSymmetric(S.fixed(InitCompare.meanPrediction(trainer.network, split.train), 3)),
                    tone: .bad, values: ["hidden_unit_spread": spread,
                                         "mean_prediction": InitCompare.meanPrediction(trainer.network, split.train)],
                    claims: [.atMost("hidden_unit_spread", 0)]))
            } else {
                result.append(Finding(
                    strings.compareUnitsDiffer(S.short(spread)),
                    tone: .info, values: ["hidden_unit_spread": spread],
                    claims: [.atLeast("hidden_unit_spread", .leastNonzeroMagnitude)]))
            }
            return result
        }

        /// "Worse than He" only beyond the noise of the dev set; "cannot be told apart" otherwise.
        private func againstHe(_ accuracy: Double, _ heAccuracy: Double, count: Int) -> Finding {
            let (gap, error) = InitCompare.gapToHe(accuracy, heAccuracy, count: count)
            let values = ["he_dev_accuracy": heAccuracy, "dev_gap_to_he_points": gap, "dev_gap_standard_error": error]
            let label = strings.schemeLabel(scheme), he = NumberText.percent(heAccuracy)
            let gapText = NumberText.fixed(gap), errorText = NumberText.fixed(error)
            if abs(gap) > InitCompare.noiseFactor * error {
                return Finding(strings.compareWorseThanHe(label, he, NumberText.fixed(abs(gap)), errorText, worse: gap > 0), tone: gap > 0 ? .bad : .good,
                               values: values, claims: [.beyondNoise("dev_gap_to_he_points", standardError: "dev_gap_standard_error",
                                                                     factor: InitCompare.noiseFactor)])
            }
            return Finding(strings.compareTiedWithHe(label, he, gapText, errorText), tone: .info, values: values,
                           claims: [.withinNoise("dev_gap_to_he_points", standardError: "dev_gap_standard_error",
                                                 factor: InitCompare.noiseFactor)])
        }
    }

    /// The dev accuracy of this run against He's on the same data, as a gap with its standard error.
    static func gapToHe(_ accuracy: Double, _ heAccuracy: Double, count: Int) -> (gap: Double, standardError: Double) {
        let n = Double(count)
        let error = (accuracy * (1 - accuracy) / n + heAccuracy * (1 - heAccuracy) / n).squareRoot()
        return (100 * (heAccuracy - accuracy), 100 * error)
    }

    /// How different the hidden units of each layer are: the largest |difference| between the incoming
    /// weights (and bias) of any unit and those of the layer's first unit. 0 means all units are copies.
    static func hiddenUnitSpread(_ network: Network) -> Double {
        var spread = 0.0
        for layer in network.layers.dropLast() {
            for i in 1..<max(layer.unitCount, 1) {
                for j in 0..<layer.inputCount {
                    spread = max(spread, abs(layer.weights[i, j] - layer.weights[0, j]))
                }
                spread = max(spread, abs(layer.bias[i, 0] - layer.bias[0, 0]))
            }
        }
        return spread
    }

    /// The average predicted probability on a data set.
    static func meanPrediction(_ network: Network, _ data: Dataset) -> Double {
        (try? network.predict(data.x).mean()) ?? .nan
    }
}
