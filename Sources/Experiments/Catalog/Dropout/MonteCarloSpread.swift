import DLCore
import FoundationEssentials
import TextCharts

/// `dropout.monte-carlo`: Monte-Carlo dropout on a 1-D regression. A [1, 50, 50, 1] ReLU network is
/// trained with dropout on points with x in [−1.5, 1.5]; then dropout stays on and the same inputs
/// go through `passes` random masks over x in [−4, 4].
///
/// The lesson: the mean of the passes is the prediction and their standard deviation a cheap
/// estimate of the network's uncertainty, larger where it has seen no data. Which is shown by the
/// run's own spread inside and outside the data's interval.
public struct MonteCarloSpread: Experiment {
    public init() {}

    public let id = "dropout.monte-carlo"
    public let title = Localized { $0.monteCarloTitle }
    public let summary = Localized { $0.monteCarloSummary }

    static let keepProb = NumberKnob(id: "keep-prob", text: Localized { $0.keepProbKnob }, range: 0.5...0.95, step: 0.05, default: 0.8)
    static let passes = IntegerKnob(id: "passes", text: Localized { $0.monteCarloPasses }, range: 10...200, step: 10, default: 50)
    public var knobs: [Knob] { [Self.keepProb.knob, Self.passes.knob] }

    static let dataRange = -1.5...1.5
    static let plotRange = -4.0...4.0
    /// "Far from the data": |x| at least this.
    static let farFromData = 3.0
    /// Every 0.05: finer than the chart's dots at 80 columns, so the kinks of the ReLU curves are drawn where they are.
    static let gridCount = 161
    static let exampleCount = 40
    static let iterations = 1500
    static let iterationsPerStep = 100

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("spread_inside", .fixed(3)), .init("spread_far", .fixed(3))]
        let keepProb: Double
        let passes: Int
        private var trainer: Trainer
        private var rng: RandomSource
        private let data: Dataset
        private let grid: [Double]
        private var prediction: MonteCarloDropoutPrediction?
        var isFinished: Bool { prediction != nil }

        init(_ context: RunContext) throws {
            strings = context.strings
            keepProb = context.settings[MonteCarloSpread.keepProb]
            passes = context.settings[MonteCarloSpread.passes]
            rng = RandomSource(seed: context.seed)
            data = try Dataset.noisyRegression1D(count: MonteCarloSpread.exampleCount, noise: 0.1,
                                                 range: MonteCarloSpread.dataRange, rng: &rng)
            let range = MonteCarloSpread.plotRange, count = MonteCarloSpread.gridCount
            grid = (0..<count).map { range.lowerBound + Double($0) * (range.upperBound - range.lowerBound) / Double(count - 1) }
            let network = try Network(layerSizes: [1, 50, 50, 1], hidden: .relu, output: .linear, loss: .meanSquaredError,
                                      initializer: .he, rng: &rng)
            trainer = try Trainer(network: network, train: data, configuration: TrainingConfiguration(
                optimizer: .adam(learningRate: 0.01), dropout: Dropout(keepProb: keepProb), seed: context.seed))
        }

        /// Training a slice at a time, then all the dropout passes at once (a few milliseconds).
        func advance() throws {
            trainer.train(steps: MonteCarloSpread.iterationsPerStep)
            guard trainer.status.isFinished || trainer.stepCount >= MonteCarloSpread.iterations else { return }
            let x = Matrix(rows: 1, columns: grid.count) { _, j in grid[j] }
            // One thinned network per pass over the whole grid: each pass is a curve, and the band
            // of their spread is smooth (a mask per grid point made it jitter from point to point).
            prediction = try trainer.network.monteCarloDropoutPrediction(x, dropout: Dropout(keepProb: keepProb), passes: passes,
                                                                         oneNetworkPerPass: true, rng: &rng)
        }

        func makeFrame() -> Frame {
            var figures: [Figure] = []
            if let prediction {
                let mean = prediction.mean.storage, spread = prediction.standardDeviation.storage
                let chart = LineChart(
                    title: strings.monteCarloChartTitle(passes, NumberText.fixed(keepProb, 2)),
                    series: [
                        Series(name: strings.monteCarloUpper, x: grid, y: zip(mean, spread).map { $0 + 2 * $1 }, color: .red),
                        Series(name: strings.monteCarloMean, x: grid, y: mean, color: .blue),
                        Series(name: strings.monteCarloLower, x: grid, y: zip(mean, spread).map { $0 - 2 * $1 }, color: .red),
                    ],
                    xAxis: Axis("x", range: MonteCarloSpread.plotRange), yAxis: Axis("y"),
                    verticalLines: [ReferenceLine(MonteCarloSpread.dataRange.lowerBound, label: strings.monteCarloDataEdge),
                                    ReferenceLine(MonteCarloSpread.dataRange.upperBound, label: strings.monteCarloDataEdge)])
                figures = [.line(chart)]
            }
            return Frame(
                figures: figures,
                findings: isFinished ? findings() : [],
                progress: isFinished ? 1 : Double(trainer.stepCount) / Double(MonteCarloSpread.iterations + MonteCarloSpread.iterationsPerStep),
                details: .object([("x", .numbers(grid)), ("mean", .numbers(prediction?.mean.storage ?? [])),
                                  ("standard_deviation", .numbers(prediction?.standardDeviation.storage ?? []))]))
        }

        /// The mean spread over the grid points where `include` holds.
        private func meanSpread(_ include: (Double) -> Bool) -> Double {
            guard let prediction else { return .nan }
            let spreads = grid.indices.filter { include(grid[$0]) }.map { prediction.standardDeviation.storage[$0] }
            return spreads.reduce(0, +) / Double(max(spreads.count, 1))
        }

        private func findings() -> [Finding] {
            typealias S = NumberText
            let inside = meanSpread { MonteCarloSpread.dataRange.contains($0) }
            let far = meanSpread { abs($0) >= MonteCarloSpread.farFromData }
            let ratio = far / inside
            let values = ["spread_inside": inside, "spread_far": far, "far_to_inside_ratio": ratio]
            return [
                .descriptive(strings.monteCarloSpreads(passes, S.fixed(inside, 3), S.fixed(far, 3)), values: values,
                             because: "the two spreads as measured; which is wider is the next finding's claim"),
                far > inside
                    ? Finding(strings.monteCarloWider(S.fixed(ratio, 1)), tone: .good, values: values,
                              claims: [.less("spread_inside", than: "spread_far")])
                    : Finding(strings.monteCarloNotWider(S.fixed(ratio, 1)), tone: .warning, values: values,
                              claims: [.atMost("far_to_inside_ratio", 1)]),
            ]
        }
    }
}
