import DLCore
import TextSupport
import FoundationEssentials
import TextCharts

/// `split.dev-size`: draw many random dev sets from a large pool of examples, measure one fixed
/// classifier's accuracy on each, and watch how much the measurement scatters with the dev-set size.
///
/// The lesson: an accuracy measured on n examples is itself noisy, with a standard deviation of
/// about √(p(1−p)/n). With 100 dev examples it is ±3 points — the draw of the dev set matters more
/// than a 1-point difference between models; with 10,000 it is ±0.3 points. So 1% of a million
/// (10,000) is plenty, and 1% of a hundred (one example) is a coin toss.
public struct DevSetSize: Experiment {
    public init() {}

    public let id = "split.dev-size"
    public let title = Localized { $0.devSizeTitle }
    public let summary = Localized { $0.devSizeSummary }

    static let devSize = IntegerKnob(id: "dev-size", text: Localized { $0.devSizeKnob },
                                     range: 10...100_000, step: 10, default: 100)
    public var knobs: [Knob] { [Self.devSize.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    /// The pool the dev sets are drawn from: a million examples, so that even a dev set of 100,000
    /// is a small part of it and draws behave like fresh samples.
    static let poolSize = 1_000_000
    /// Random dev sets drawn per size.
    static let repeats = 200
    /// The sizes swept for the chart; the knob's size is added to them (up to 100,000).
    static let sweptSizes = [1, 3, 10, 30, 100, 300, 1_000, 3_000, 10_000, 30_000]
    /// Two Gaussian classes at ±separation along the diagonal (unit spread), classified by the fixed
    /// rule x₁ + x₂ > 0: its accuracy is Φ(separation·√2) ≈ 90%.
    static let separation = 0.906
    /// Examples generated, or drawn into dev sets, per step: a few milliseconds of work.
    static let workPerStep = 250_000

    final class Run: RunProcedure {

        static let headlines: [HeadlineSpec] = [.init("std_points", .fixed(2)), .init("theory_std_points", .fixed(2))]
        let devSize: Int
        let sizes: [Int]
        let strings: any ExperimentStrings
        private var rng: RandomSource
        /// Whether the fixed classifier gets each pool example right; filled in over the first steps.
        private var correct: [Bool] = []
        /// Indices into the pool, partly shuffled by every draw (a partial Fisher–Yates shuffle of
        /// any arrangement gives a uniformly random subset).
        private var order: [UInt32] = []
        private(set) var poolAccuracy = Double.nan
        /// Measured accuracies for each size done so far, in the order of `sizes`.
        private(set) var measured: [[Double]] = []
        private var pending: [Double] = []
        var isFinished: Bool { measured.count == sizes.count }

        init(_ context: RunContext) {
            let devSize = context.settings[DevSetSize.devSize], seed = context.seed
            self.devSize = devSize
            strings = context.strings
            sizes = Array(Set(DevSetSize.sweptSizes + [devSize])).sorted()
            rng = RandomSource(seed: seed)
            correct.reserveCapacity(DevSetSize.poolSize)
        }

        func advance() {
            if correct.count < DevSetSize.poolSize {
                generatePool(upTo: min(correct.count + DevSetSize.workPerStep, DevSetSize.poolSize))
            } else {
                drawDevSets()
            }
        }

        /// The synthetic data set and the fixed classifier's verdict on each example.
        private func generatePool(upTo end: Int) {
            let shift = DevSetSize.separation
            for j in correct.count..<end {
                let label = j % 2
                let sign = label == 1 ? 1.0 : -1.0
                let x1 = sign * shift + rng.normal(), x2 = sign * shift + rng.normal()
                correct.append((x1 + x2 > 0) == (label == 1))
            }
            if correct.count == DevSetSize.poolSize {
                order = (0..<UInt32(DevSetSize.poolSize)).map { $0 }
                poolAccuracy = Double(correct.lazy.filter { $0 }.count) / Double(DevSetSize.poolSize)
            }
        }

        /// Random dev sets of the next size, as many as fit in one step's budget.
        private func drawDevSets() {
            let size = sizes[measured.count]
            var budget = DevSetSize.workPerStep
            repeat {
                var hits = 0
                for k in 0..<size {
                    let pick = k + rng.integer(below: order.count - k)
                    order.swapAt(k, pick)
                    if correct[Int(order[k])] { hits += 1 }
                }
                pending.append(Double(hits) / Double(size))
                budget -= max(size, 1_000)
            } while budget > 0 && pending.count < DevSetSize.repeats
            if pending.count == DevSetSize.repeats {
                measured.append(pending)
                pending = []
            }
        }

        private func spread(_ accuracies: [Double]) -> (std: Double, min: Double, max: Double) {
            (SampleStatistics.meanAndStandardDeviation(accuracies).std, accuracies.min() ?? .nan, accuracies.max() ?? .nan)
        }

        private func theoryPoints(_ size: Int) -> Double {
            100 * (poolAccuracy * (1 - poolAccuracy) / Double(size)).squareRoot()
        }

        func makeFrame() -> Frame {
            var measuredSeries = Series(name: strings.measuredStd, color: .blue)
            var theorySeries = Series(name: "√(p(1−p)/n)", color: .gray)
            for (size, accuracies) in zip(sizes, measured) {
                measuredSeries.append(x: Double(size), y: 100 * spread(accuracies).std)
                theorySeries.append(x: Double(size), y: theoryPoints(size))
            }
            let spreadChart = LineChart(
                title: strings.devSizeSpreadTitle(DevSetSize.repeats),
                series: [measuredSeries, theorySeries],
                xAxis: Axis(strings.devSizeAxis, scale: .log, range: 1...Double(max(devSize, DevSetSize.sweptSizes.last!))),
                yAxis: Axis(strings.stdPointsAxis, scale: .log),
                verticalLines: [ReferenceLine(Double(devSize), label: "n=\(devSize)", color: .yellow)])
            var figures = [Figure.line(spreadChart)]
            if let index = sizes.firstIndex(of: devSize), index < measured.count {
                figures.insert(.histogram(Histogram(
                    title: strings.devSizeHistogramTitle(devSize, DevSetSize.repeats),
                    values: measured[index].map { 100 * $0 }, binCount: 40, range: 70...100, xAxis: Axis(strings.accuracyPercentAxis))), at: 0)
            }
            let work = Double(DevSetSize.poolSize) + Double(sizes.reduce(0) { $0 + max($1, 1_000) } * DevSetSize.repeats)
            let done = Double(correct.count)
                + Double(zip(sizes, measured).reduce(0) { $0 + max($1.0, 1_000) } * DevSetSize.repeats)
            return Frame(figures: figures, findings: isFinished ? findings() : [], progress: min(done / work, 1))
        }

        private func findings() -> [Finding] {
            let chosen = spread(measured[sizes.firstIndex(of: devSize)!])
            let chosenPoints = 100 * chosen.std
            let millionth = spread(measured[sizes.firstIndex(of: 10_000)!])
            let hundredth = spread(measured[sizes.firstIndex(of: 1)!])
            let detectable = 2 * chosenPoints < 1
            return [
                .descriptive(
                    strings.devSizeRange(devSize, NumberText.percent(chosen.min), NumberText.percent(chosen.max),
                                         String(printf: "%.2f", chosenPoints), String(printf: "%.2f", theoryPoints(devSize)),
                                         NumberText.percent(poolAccuracy)),
                    values: ["dev_size": Double(devSize), "std_points": chosenPoints, "theory_std_points": theoryPoints(devSize),
                             "min_accuracy": chosen.min, "max_accuracy": chosen.max, "pool_accuracy": poolAccuracy],
                    because: "the measured spread beside the formula's (the claims harness checks that they agree)"),
                detectable
                    ? Finding(strings.devSizeEnough,
                              tone: .good, values: ["noise_to_one_point": 2 * chosenPoints], claims: [.atMost("noise_to_one_point", 1)])
                    : Finding(strings.devSizeTooSmall(String(printf: "%.1f", 2 * chosenPoints)),
                              tone: .bad, values: ["noise_to_one_point": 2 * chosenPoints], claims: [.atLeast("noise_to_one_point", 1)]),
                // "A coin toss" beside the million's 1%: one example's spread is far above 10,000 examples'.
                Finding(
                    strings.devSizeOnePercent(String(printf: "%.2f", 100 * millionth.std), String(printf: "%.0f", 100 * hundredth.std)),
                    tone: .info, values: ["std_points_at_10000": 100 * millionth.std, "std_points_at_1": 100 * hundredth.std],
                    claims: [.less("std_points_at_10000", than: "std_points_at_1")]),
            ]
        }
    }
}
