import DLCore
import FoundationEssentials
import Glibc
import TextCharts

/// `reg.augmentation`: data augmentation in the plane, on a problem symmetric about the origin.
///
/// The lesson: new training examples made from old ones by transformations that keep the label are
/// almost free data. Two concentric rings are unchanged by any rotation or mirror image about the
/// origin, so rotated and flipped copies of a few training points teach the network the round
/// shape it could not see; a small random jitter (noise) keeps labels too. Scaling a point or
/// shifting it can carry it across the ring boundary and give it a wrong label, so they help less or
/// hurt. The run trains the same network from the same start twice, on the small training set alone
/// and on it plus transformed copies, and compares dev accuracy.
public struct Augmentation2D: Experiment {
    public init() {}

    public let id = "reg.augmentation"
    public let title = Localized { $0.augmentationTitle }
    public let summary = Localized { $0.augmentationSummary }

    public enum Transformation: String, CaseIterable, Sendable {
        case none, flip, rotation, scaling, shift, noise, all
    }

    static let augmentation = ChoiceKnob<Transformation>(
        id: "augmentation", text: Localized { $0.augmentationKnob },
        default: .none)
    public var knobs: [Knob] { [Self.augmentation.knob] }

    static let trainCount = 24
    static let devCount = 400
    static let copiesPerPoint = 9
    static let steps = 800
    static let learningRate = 0.01
    /// The rings' radii are 0.5 and 1, so the true boundary is the circle of radius 0.75.
    static let trueBoundaryRadius = 0.75

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    /// `copies` transformed copies of every point of `data`, with the original point's label.
    static func augmented(_ data: Dataset, by transformation: Transformation, copies: Int, rng: inout RandomSource) throws -> Dataset {
        guard transformation != .none else { return data }
        var xs: [Double] = [], ys: [Double] = [], labels: [Double] = []
        for j in 0..<data.count {
            for _ in 0..<copies {
                var (a, b) = (data.x[0, j], data.x[1, j])
                let steps: [Transformation] = transformation == .all ? [.flip, .rotation, .scaling, .shift, .noise] : [transformation]
                for step in steps { (a, b) = transform(a, b, by: step, rng: &rng) }
                xs.append(a)
                ys.append(b)
                labels.append(data.y[0, j])
            }
        }
        let copiesData = try Dataset(x: try Matrix([xs, ys]), y: Matrix(row: labels), name: "copies")
        return try data.appending(copiesData)
    }

    /// One random transformation of the point (a, b).
    static func transform(_ a: Double, _ b: Double, by transformation: Transformation,
                          rng: inout RandomSource) -> (Double, Double) {
        switch transformation {
        case .none, .all:
            return (a, b)
        case .flip:
            // A mirror image in the x₂ axis, the x₁ axis, or both (a half turn).
            switch rng.integer(below: 3) {
            case 0: return (-a, b)
            case 1: return (a, -b)
            default: return (-a, -b)
            }
        case .rotation:
            let angle = rng.uniform(0, 2 * Double.pi)
            return (cos(angle) * a - sin(angle) * b, sin(angle) * a + cos(angle) * b)
        case .scaling:
            let factor = rng.uniform(0.7, 1.3)
            return (factor * a, factor * b)
        case .shift:
            return (a + rng.uniform(-0.3, 0.3), b + rng.uniform(-0.3, 0.3))
        case .noise:
            return (a + 0.05 * rng.normal(), b + 0.05 * rng.normal())
        }
    }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("train_accuracy_percent", .fixed(1)), .init("dev_accuracy_percent", .fixed(1))]
        let transformation: Transformation
        private var plain: Trainer
        private var augmented: Trainer
        let train: Dataset
        let dev: Dataset
        /// The share of the copies that landed on the other side of the true boundary: wrong labels.
        let mislabelledCopyShare: Double
        let ranges: (x: ClosedRange<Double>, y: ClosedRange<Double>)
        private(set) var devAccuracyPlain: Series
        private(set) var devAccuracyAugmented: Series
        var isFinished: Bool {
            plain.stepCount >= Augmentation2D.steps || augmented.status.isFinished || plain.status.isFinished
        }

        init(_ context: RunContext) throws {
            strings = context.strings
            devAccuracyPlain = Series(name: strings.noAugmentation, color: .gray)
            let transformation = context.settings[Augmentation2D.augmentation], seed = context.seed
            self.transformation = transformation
            var rng = RandomSource(seed: seed)
            let points = try Dataset.circles(count: Augmentation2D.trainCount + Augmentation2D.devCount, noise: 0.1,
                                              factor: 0.5, rng: &rng)
            let trainShare = Double(Augmentation2D.trainCount) / Double(points.count)
            let split = try points.split(train: trainShare, dev: 1 - trainShare, test: 0, rng: &rng)
            train = split.train
            dev = split.dev
            ranges = (-1.5...1.5, -1.5...1.5)
            let network = try Network(layerSizes: [2, 20, 20, 1], hidden: .tanh, output: .sigmoid,
                                       loss: .binaryCrossEntropy, initializer: .xavierNormal, rng: &rng)
            let trainingSet = try Augmentation2D.augmented(train, by: transformation, copies: Augmentation2D.copiesPerPoint, rng: &rng)
            mislabelledCopyShare = Run.mislabelledShare(trainingSet, skipping: train.count)
            let configuration = TrainingConfiguration(optimizer: .adam(learningRate: Augmentation2D.learningRate), seed: seed)
            plain = try Trainer(network: network, train: train, configuration: configuration)
            augmented = try Trainer(network: network, train: trainingSet, configuration: configuration)
            devAccuracyAugmented = Series(name: strings.augmentationSeries(transformation.rawValue), color: .red)
            record()
        }

        func advance() {
            for _ in 0..<2 {
                if transformation != .none { augmented.train(steps: 25) }
                plain.train(steps: 25)
                record()
            }
        }

        /// The run without augmentation *is* the plain run; it is trained once.
        private var shown: Trainer { transformation == .none ? plain : augmented }

        private func record() {
            let step = Double(plain.stepCount)
            devAccuracyPlain.append(x: step, y: 100 - 100 * RegularizationPlots.error(of: plain.network, on: dev))
            devAccuracyAugmented.append(x: step, y: 100 - 100 * RegularizationPlots.error(of: shown.network, on: dev))
        }

        /// Among the examples after the first `skipping`, the share whose label disagrees with the
        /// side of the true boundary they lie on.
        static func mislabelledShare(_ data: Dataset, skipping: Int) -> Double {
            guard data.count > skipping else { return 0 }
            var wrong = 0
            for j in skipping..<data.count {
                let inside = (data.x[0, j] * data.x[0, j] + data.x[1, j] * data.x[1, j]).squareRoot() < trueBoundaryRadius
                if inside != (data.y[0, j] >= 0.5) { wrong += 1 }
            }
            return Double(wrong) / Double(data.count - skipping)
        }

        func makeFrame() -> Frame {
            var boundary = RegularizationPlots.boundary(of: shown.network, points: train,
                                                        title: strings.augmentationBoundaryTitle(transformation.rawValue), ranges: ranges, strings: strings)
            if transformation != .none {
                let copies = shown.trainingData.subset(Array(train.count..<shown.trainingData.count))
                boundary.points += ClassPoints(names: (strings.copiesOfZero, strings.copiesOfOne), markers: ("·", ",")).classes(of: copies)
            }
            var series = [devAccuracyPlain]
            if transformation != .none { series.append(devAccuracyAugmented) }
            let chart = LineChart(title: strings.devAccuracyTitle(dev.count), series: series,
                                  xAxis: Axis(strings.stepAxis, range: 0...Double(Augmentation2D.steps)),
                                  yAxis: Axis(strings.accuracyPercentAxis, range: 40...100))
            return Frame(figures: [.heatmap(boundary), .line(chart)], findings: isFinished ? findings() : [],
                         progress: min(1, Double(plain.stepCount) / Double(Augmentation2D.steps)))
        }

        private func findings() -> [Finding] {
            for trainer in [plain, augmented] {
                if case let .diverged(step) = trainer.status {
                    return [Finding(strings.trainingDiverged(atStep: step), tone: .bad,
                                    values: trainer.divergenceValues(step: step), claims: Trainer.divergenceClaims)]
                }
            }
            let without = devAccuracyPlain.y.last ?? .nan
            let trainAccuracy = 100 - 100 * RegularizationPlots.error(of: plain.network, on: train)
            if transformation == .none {
                return [Finding.descriptive(strings.augmentationNone(train.count, NumberText.fixed(trainAccuracy), NumberText.fixed(without)),
                                            values: ["dev_accuracy_percent": without, "dev_accuracy_percent_without": without,
                                                     "train_accuracy_percent": trainAccuracy],
                                            because: "the accuracies without augmentation, the baseline the other settings compare with")]
            }
            let with = devAccuracyAugmented.y.last ?? .nan
            let change = with - without
            let copies = shown.trainingData.count - train.count
            // Better or worse only beyond 2 standard errors of the difference of the two dev accuracies (taken as
            // independent measurements on the 400 dev examples, which overstates the noise of a paired comparison).
            let changeSE = SampleStatistics.differenceStandardErrorPoints(with, dev.count, without, dev.count)
            let clear = abs(change) > 2 * changeSE
            let changeClaims: [Claim] = clear
                ? [.beyondNoise("change_points", standardError: "change_se_points", factor: 2),
                   change > 0 ? .atLeast("change_points", 0) : .atMost("change_points", 0)]
                : [.withinNoise("change_points", standardError: "change_se_points", factor: 2)]
            let mislabelledPercent = 100 * mislabelledCopyShare
            let mislabelledText = strings.augmentationMislabelled(NumberText.fixed(mislabelledPercent))
            let mislabelledValues = ["mislabelled_copies_percent": mislabelledPercent]
            return [
                Finding(strings.augmentationCompared(NumberText.fixed(with), transformation.rawValue, train.count, copies, NumberText.fixed(without),
                                                     (change >= 0 ? "+" : "") + NumberText.fixed(change), NumberText.fixed(changeSE), clear: clear),
                        tone: clear ? (change > 0 ? .good : .warning) : .info,
                        values: ["dev_accuracy_percent": with, "dev_accuracy_percent_without": without, "change_points": change,
                                 "change_se_points": changeSE],
                        claims: changeClaims),
                mislabelledCopyShare > 0.05
                    ? Finding(mislabelledText, tone: .warning, values: mislabelledValues,
                              claims: [.atLeast("mislabelled_copies_percent", 5)])
                    : .descriptive(mislabelledText, values: mislabelledValues,
                                   because: "a share of 5% or less is reported, not flagged"),
            ]
        }
    }
}
