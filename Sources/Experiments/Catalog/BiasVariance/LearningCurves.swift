import DLCore
import FoundationEssentials
import TextCharts

/// `biasvar.data-size`: learning curves — train and dev error against the number of training
/// examples — for a small model (a straight-line boundary) and a large one (a degree-8 polynomial
/// boundary, 44 features), on the same noisy task.
///
/// The lesson: more data cures variance, not bias. The small model's train and dev curves soon meet
/// at a high level and stay there however many examples it gets. The large model starts with a
/// low training error and a dev error far above it; as the data grows the gap closes.
public struct LearningCurves: Experiment {
    public init() {}

    public let id = "biasvar.data-size"
    public let title = Localized { $0.curvesTitle }
    public let summary = Localized { $0.curvesSummary }

    static let noise = NumberKnob(id: "noise", text: Localized { $0.labelNoise },
                                  range: 0...0.3, step: 0.05, default: 0.05)
    public var knobs: [Knob] { [Self.noise.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    static let sizes = [20, 40, 80, 160, 320, 640]
    static let models = [(name: "small", degree: 1), (name: "large", degree: 8)]
    static let devCount = 1_000
    static let trainingSteps = 1_000
    static let stepsPerSlice = 100

    final class Run: RunProcedure {

        static let headlines: [HeadlineSpec] = [.init("small_dev_error_at_max", .percent), .init("large_dev_error_at_max", .percent)]
        let noise: Double
        let seed: UInt64
        /// One fit per job; every training set is the first `size` examples of one pool of the largest
        /// size, so each set grows the last.
        let strings: any ExperimentStrings
        private var fits: BiasVarianceFitQueue
        /// (model, size) pairs in the order they are trained: both models at each size in turn.
        private let jobs: [(model: Int, size: Int)]
        /// Errors per job done so far, in the order of `jobs`.
        private var results: [(train: Double, dev: Double)] { fits.results }
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            let noise = context.settings[LearningCurves.noise], seed = context.seed
            self.noise = noise
            self.seed = seed
            strings = context.strings
            jobs = LearningCurves.sizes.flatMap { size in LearningCurves.models.indices.map { (model: $0, size: size) } }
            var rng = RandomSource(seed: seed)
            let pool = try BiasVarianceTask.data(count: LearningCurves.sizes.last!, noise: noise, rng: &rng)
            let dev = try BiasVarianceTask.data(count: LearningCurves.devCount, noise: noise, rng: &rng)
            fits = BiasVarianceFitQueue(
                jobs: jobs.map { (degree: LearningCurves.models[$0.model].degree, train: pool.subset(Array(0..<$0.size))) },
                dev: dev, steps: LearningCurves.trainingSteps, stepsPerSlice: LearningCurves.stepsPerSlice, seed: seed)
        }

        func advance() throws {
            try fits.advance()
            isFinished = fits.isFinished
        }

        /// The (size, train, dev) points of one model so far.
        private func curve(_ model: Int) -> [(size: Int, train: Double, dev: Double)] {
            zip(jobs, results).filter { $0.0.model == model }.map { ($0.0.size, $0.1.train, $0.1.dev) }
        }

        func makeFrame() -> Frame {
            var series: [Series] = []
            let colors: [(Color, Color)] = [(.cyan, .blue), (.magenta, .red)]
            for (index, model) in LearningCurves.models.enumerated() {
                let points = curve(index)
                let name = strings.curvesModel(large: model.name == "large", model.degree)
                series.append(Series(name: strings.curvesTrain(name), x: points.map { Double($0.size) }, y: points.map { 100 * $0.train },
                                     color: colors[index].0, marker: index == 0 ? "+" : "x"))
                series.append(Series(name: strings.curvesDev(name), x: points.map { Double($0.size) }, y: points.map { 100 * $0.dev },
                                     color: colors[index].1, marker: index == 0 ? "o" : "*"))
            }
            let chart = LineChart(
                title: strings.curvesChartTitle(NumberText.percent(noise)), series: series,
                xAxis: Axis(strings.trainingExamplesAxis, scale: .log,
                            range: Double(LearningCurves.sizes.first!)...Double(LearningCurves.sizes.last!)),
                yAxis: Axis(strings.errorPercentAxis),
                horizontalLines: [ReferenceLine(100 * noise, label: strings.noiseFloor, color: .gray)])
            let table = ResultTable(
                title: strings.curvesTableTitle,
                columns: [strings.examplesColumn] + LearningCurves.models.map { strings.curvesModelColumn(large: $0.name == "large") }
                    + [strings.largeGapColumn],
                rows: LearningCurves.sizes.map { size in
                    let cells = LearningCurves.models.indices.map { model in
                        curve(model).first { $0.size == size }.map {
                            "\(NumberText.percent($0.train)) / \(NumberText.percent($0.dev))"
                        } ?? "…"
                    }
                    let gap = curve(1).first { $0.size == size }.map { BiasVarianceText.signedPoints($0.dev - $0.train, strings) }
 ?? "…"
                    return ["\(size)"] + cells + [gap]
                })
            return Frame(figures: [.line(chart)], tables: [table], findings: isFinished ? findings() : [],
                         progress: fits.progress)
        }

        private func findings() -> [Finding] {
            let small = curve(0), large = curve(1)
            guard let smallFirst = small.first, let smallLast = small.last, let largeFirst = large.first, let largeLast = large.last
            else { return [] }
            let smallGap = smallLast.dev - smallLast.train
            // High bias: the dev error (1,000 examples) above the floor by the threshold and beyond 2 standard errors.
            let smallBiasSE = (smallLast.dev * (1 - smallLast.dev) / Double(LearningCurves.devCount)).squareRoot()
            let smallBiasClear = BiasVarianceDiagnosis.Level(smallLast.dev - noise, standardError: smallBiasSE) == .high
            // "The curves have met": the train–dev gap within 2 standard errors of the difference (train on the
            // largest size, dev on 1,000 examples).
            let smallGapSE = (smallLast.train * (1 - smallLast.train) / Double(max(smallLast.size, 1)) + smallBiasSE * smallBiasSE).squareRoot()
            let met = Claim.withinNoise("small_gap_at_max", standardError: "small_gap_se", factor: 2)
            return [
                Finding(
                    strings.curvesSmall(smallLast.size, NumberText.percent(smallLast.train), NumberText.percent(smallLast.dev),
                                        BiasVarianceText.signedPoints(smallLast.dev - noise, strings), smallFirst.size,
                                        NumberText.percent(smallFirst.dev), clearlyBiased: smallBiasClear),
                    tone: .warning,
                    values: ["small_train_error_at_max": smallLast.train, "small_dev_error_at_max": smallLast.dev,
                             "small_gap_at_max": smallGap, "small_dev_error_at_min": smallFirst.dev,
                             "small_avoidable_bias_at_max": smallLast.dev - noise, "small_avoidable_bias_se": smallBiasSE,
                             "small_gap_se": smallGapSE],
                    claims: smallBiasClear
                        ? [met, .atLeast("small_avoidable_bias_at_max", BiasVarianceDiagnosis.threshold),
                           .beyondNoise("small_avoidable_bias_at_max", standardError: "small_avoidable_bias_se", factor: BiasVarianceDiagnosis.noiseFactor)]
                        : [met, .either(.atMost("small_avoidable_bias_at_max", BiasVarianceDiagnosis.threshold),
                                        or: .withinNoise("small_avoidable_bias_at_max", standardError: "small_avoidable_bias_se",
                                                         factor: BiasVarianceDiagnosis.noiseFactor))]),
                Finding(
                    strings.curvesLarge(BiasVarianceText.signedPoints(largeFirst.dev - largeFirst.train, strings), largeFirst.size,
                                        BiasVarianceText.signedPoints(largeLast.dev - largeLast.train, strings), largeLast.size,
                                        NumberText.percent(largeFirst.dev), NumberText.percent(largeLast.dev)),

                    tone: .good,
                    values: ["large_gap_at_min": largeFirst.dev - largeFirst.train, "large_gap_at_max": largeLast.dev - largeLast.train,
                             "large_dev_error_at_min": largeFirst.dev, "large_dev_error_at_max": largeLast.dev],
                    claims: [.less("large_gap_at_max", than: "large_gap_at_min"), .less("large_dev_error_at_max", than: "large_dev_error_at_min")]),
            ]
        }
    }
}
