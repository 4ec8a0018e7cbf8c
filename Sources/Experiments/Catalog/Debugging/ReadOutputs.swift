import DLCore
import FoundationEssentials

/// `debug.read-outputs`: a classifier whose dev accuracy says about 95 %, and its predictions shown
/// beside their labels.
///
/// The lesson: one number can hide the bug. The points are 2-D and class 1 is rare (x₁ + x₂ above
/// its 95th percentile), so a network that answers 0 for everything also scores about 95 %. With the
/// training labels shuffled apart from their inputs (a classic pipeline bug) that is what the
/// classifier (a logistic regression) learns;
/// with 5 % of the dev labels wrong the network is right and the metric is not. Only reading the
/// predictions beside the labels tells these cases from a healthy run.
public struct ReadOutputs: Experiment {
    public init() {}

    public let id = "debug.read-outputs"
    public let title = Localized { $0.readOutputsTitle }
    public let summary = Localized { $0.readOutputsSummary }

    static let pipeline = ChoiceKnob<Pipeline>(id: "pipeline", text: Localized { $0.readOutputsPipeline }, default: .shuffledLabels)
    public var knobs: [Knob] { [Self.pipeline.knob] }

    enum Pipeline: String, CaseIterable, Sendable {
        case correct
        /// The training inputs shuffled without their labels: every label now belongs to another input.
        case shuffledLabels = "shuffled-labels"
        /// A share of the dev labels flipped by whoever labelled them.
        case mislabelledDev = "mislabelled-dev"
    }

    static let trainCount = 400
    static let devCount = 400
    /// x₁ + x₂ ~ N(0, 2): above 1.645·√2 is the top 5 %.
    static let threshold = 1.645 * 2.0.squareRoot()
    static let flippedShare = 0.05
    static let iterations = 1500
    static let iterationsPerStep = 100
    /// A prediction this far from ½ (p < 0.1 or p > 0.9) is a confident one.
    static let confidentMargin = 0.4
    static let shownRows = 8

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("dev_accuracy", .percent), .init("positives_found", .integer)]
        let pipeline: Pipeline
        private var trainer: Trainer
        private let dev: Dataset
        /// p(y = 1) of every dev example, once trained.
        private var probabilities: [Double] = []
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            strings = context.strings
            pipeline = context.settings[ReadOutputs.pipeline]
            var rng = RandomSource(seed: context.seed)
            func points(_ count: Int) throws -> Dataset {
                let x = rng.normalMatrix(rows: 2, columns: count)
                let y = Matrix(rows: 1, columns: count) { _, j in x[0, j] + x[1, j] > ReadOutputs.threshold ? 1 : 0 }
                return try Dataset(x: x, y: y, name: "rare class")
            }
            var train = try points(ReadOutputs.trainCount)
            var devData = try points(ReadOutputs.devCount)
            switch pipeline {
            case .correct: break
            case .shuffledLabels:
                let order = rng.permutation(train.count)
                let labels = train.y
                train.y = Matrix(rows: 1, columns: train.count) { _, j in labels[0, order[j]] }
            case .mislabelledDev:
                for j in 0..<devData.count where rng.uniform() < ReadOutputs.flippedShare {
                    devData.y[0, j] = 1 - devData.y[0, j]
                }
            }
            dev = devData
            // Logistic regression: the boundary is a line, and a model this small cannot memorize
            // shuffled labels, so it shows plainly what it learned from them (the base rate).
            let network = try Network(layerSizes: [2, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy,
                                      initializer: .xavierNormal, rng: &rng)
            trainer = try Trainer(network: network, train: train,
                                  configuration: TrainingConfiguration(optimizer: .adam(learningRate: 0.1), seed: context.seed))
        }

        func advance() throws {
            trainer.train(steps: ReadOutputs.iterationsPerStep)
            if trainer.status.isFinished || trainer.stepCount >= ReadOutputs.iterations {
                probabilities = try trainer.network.predict(dev.x).storage
                isFinished = true
            }
        }

        private var labels: [Int] { (0..<dev.count).map { Int(dev.y[0, $0]) } }
        private func predicted(_ j: Int) -> Int { probabilities[j] >= 0.5 ? 1 : 0 }

        func makeFrame() -> Frame {
            Frame(
                tables: isFinished ? [table()] : [],
                findings: isFinished ? findings() : [],
                progress: Double(trainer.stepCount) / Double(ReadOutputs.iterations),
                details: .object([("probabilities", .numbers(probabilities)), ("labels", .numbers(labels.map(Double.init)))]))
        }

        /// The rows a student should read: where the network and the label disagree, if it ever says 1;
        /// else the first examples of each label, so a constant answer shows at once.
        private func shownExamples() -> [Int] {
            let labels = labels
            let disagreements = labels.indices.filter { predicted($0) != labels[$0] }
            if labels.indices.contains(where: { predicted($0) == 1 }) && !disagreements.isEmpty {
                return Array(disagreements.prefix(ReadOutputs.shownRows))
            }
            let half = ReadOutputs.shownRows / 2
            let ones = labels.indices.filter { labels[$0] == 1 }.prefix(half)
            let zeros = labels.indices.filter { labels[$0] == 0 }.prefix(ReadOutputs.shownRows - ones.count)
            return (ones + zeros).sorted()
        }

        private func table() -> ResultTable {
            typealias S = NumberText
            let rows = shownExamples().map { j in
                ["\(j + 1)", S.fixed(dev.x[0, j], 2), S.fixed(dev.x[1, j], 2), "\(labels[j])",
                 S.fixed(probabilities[j], 3), "\(predicted(j))", predicted(j) == labels[j] ? "" : "✗"]
            }
            return ResultTable(title: strings.readOutputsTableTitle,
                               columns: ["#", "x₁", "x₂", strings.readOutputsLabel, "p(y=1)", strings.readOutputsPrediction, ""],
                               rows: rows)
        }

        private func findings() -> [Finding] {
            typealias S = NumberText
            let labels = labels, m = Double(dev.count)
            let correct = labels.indices.filter { predicted($0) == labels[$0] }.count
            let accuracy = Double(correct) / m
            let labelledOne = labels.filter { $0 == 1 }.count
            let zeroShare = Double(dev.count - labelledOne) / m
            let saidOne = labels.indices.filter { predicted($0) == 1 }.count
            let found = labels.indices.filter { predicted($0) == 1 && labels[$0] == 1 }.count
            let errors = labels.indices.filter { predicted($0) != labels[$0] }
            let confident = errors.filter { abs(probabilities[$0] - 0.5) > ReadOutputs.confidentMargin }.count
            let lowest = probabilities.min() ?? .nan, highest = probabilities.max() ?? .nan

            var result = [Finding.descriptive(
                strings.readOutputsAccuracy(S.percent(accuracy), S.percent(zeroShare)),
                values: ["dev_accuracy": accuracy, "all_zero_accuracy": zeroShare],
                because: "the metric beside the constant answer's score, for the student to compare")]
            if saidOne == 0 {
                result.append(Finding(
                    strings.readOutputsConstant(dev.count, S.fixed(lowest, 3), S.fixed(highest, 3), labelledOne),
                    tone: .bad,
                    values: ["predicted_ones": 0, "positives_found": Double(found), "labelled_ones": Double(labelledOne),
                             "lowest_probability": lowest, "highest_probability": highest, "decision_threshold": 0.5],
                    claims: [.atMost("predicted_ones", 0), .less("highest_probability", than: "decision_threshold")]))
                return result
            }
            result.append(.descriptive(
                strings.readOutputsFound(found, labelledOne, saidOne),
                values: ["positives_found": Double(found), "labelled_ones": Double(labelledOne), "predicted_ones": Double(saidOne)],
                because: "counts read from the outputs beside their labels"))
            let values: [String: Double] = ["errors": Double(errors.count), "confident_errors": Double(confident),
                                            "half_of_errors": Double(errors.count) / 2]
            if errors.isEmpty {
                result.append(Finding(strings.readOutputsNoErrors, tone: .good, values: values, claims: [.atMost("errors", 0)]))
            } else if Double(confident) > Double(errors.count) / 2 {
                result.append(Finding(strings.readOutputsConfidentErrors(errors.count, confident), tone: .warning,
                                      values: values, claims: [.less("half_of_errors", than: "confident_errors")]))
            } else {
                result.append(Finding(strings.readOutputsUnsureErrors(errors.count, confident), tone: .good,
                                      values: values, claims: [.atMost("confident_errors", Double(errors.count) / 2)]))
            }
            return result
        }
    }
}
