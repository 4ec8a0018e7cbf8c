import FoundationEssentials
import TextSupport
import TextCharts

/// `split.ratios`: how many examples train, dev and test receive under the usual split ratios, for
/// a data set of `size` examples.
///
/// The lesson: the classic 70/30 and 60/20/20 rules suit a few hundred to ten thousand examples,
/// where 20% is needed for a dev set that can say anything. With a million examples 1% is already
/// 10,000 — plenty to tell models apart — so 98/1/1 (or 99.5/0.25/0.25, 99.5/0.4/0.1) gives the
/// rest to training. With 100 examples, 1% is a single example: small data keeps the classic ratios.
public struct SplitRatios: Experiment {
    public init() {}

    public let id = "split.ratios"
    public let title = Localized { $0.ratiosTitle }
    public let summary = Localized { $0.ratiosSummary }
    public let liveStepDelay = 0.08

    static let size = IntegerKnob(id: "size", text: Localized { $0.ratiosSize },
                                  range: 100...10_000_000, step: 100, default: 10_000)
    public var knobs: [Knob] { [Self.size.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    /// A split rule as the field writes it, e.g. 98/1/1; no dev share for a train/test split.
    struct Scheme: Sendable {
        let name: String
        let train: Double
        let dev: Double
        let test: Double
    }

    static let schemes: [Scheme] = [
        Scheme(name: "70/30", train: 0.70, dev: 0, test: 0.30),
        Scheme(name: "60/20/20", train: 0.60, dev: 0.20, test: 0.20),
        Scheme(name: "98/1/1", train: 0.98, dev: 0.01, test: 0.01),
        Scheme(name: "99.5/0.25/0.25", train: 0.995, dev: 0.0025, test: 0.0025),
        Scheme(name: "99.5/0.4/0.1", train: 0.995, dev: 0.004, test: 0.001),
    ]

    /// The accuracy a typical model reaches, used to say how noisy a dev set of a given size is.
    static let typicalAccuracy = 0.9
    /// Below this dev-set noise (one standard deviation, in percentage points) two models a
    /// fraction of a point apart can be told apart.
    static let usefulNoisePoints = 0.5

    /// Example counts under DLCore's split rule (`Dataset.split`): train and dev rounded, test the rest.
    /// Counted here rather than by splitting a million-example matrix, which the rule makes unnecessary.
    static func counts(_ scheme: Scheme, size: Int) -> (train: Int, dev: Int, test: Int) {
        let train = Int((scheme.train * Double(size)).rounded())
        let dev = min(Int((scheme.dev * Double(size)).rounded()), size - train)
        return (train, dev, size - train - dev)
    }

    /// One standard deviation of an accuracy measured on `count` examples, √(p(1−p)/n), in points.
    static func accuracyNoisePoints(count: Int) -> Double {
        guard count > 0 else { return .infinity }
        return 100 * (typicalAccuracy * (1 - typicalAccuracy) / Double(count)).squareRoot()
    }

    final class Run: RunProcedure {

        static let headlines: [HeadlineSpec] = [.init("dev_noise_points_60_20_20", .fixed(2)), .init("dev_noise_points_98_1_1", .fixed(2))]
        let size: Int
        let strings: any ExperimentStrings
        private(set) var rows: [(scheme: Scheme, train: Int, dev: Int, test: Int)] = []
        var isFinished: Bool { rows.count == SplitRatios.schemes.count }

        init(_ context: RunContext) {
            size = context.settings[SplitRatios.size]
            strings = context.strings
        }

        /// One scheme per step, so the chart fills in row by row.
        func advance() {
            let scheme = SplitRatios.schemes[rows.count]
            let counted = SplitRatios.counts(scheme, size: size)
            rows.append((scheme, counted.train, counted.dev, counted.test))
        }

        func makeFrame() -> Frame {
            // A log scale, because 1% of the data is two orders of magnitude below 98%; a set with no
            // examples has no bar (70/30 has no dev set).
            let groups = rows.map { row in
                BarGroup(row.scheme.name, bars: [(strings.train, row.train), (strings.dev, row.dev), (strings.test, row.test)]
                    .filter { $0.1 > 0 }.map { Bar($0.0, Double($0.1)) })
            }
            let chart = BarChart(title: strings.ratiosChartTitle(ratiosGrouped(size)), groups: groups, scale: .log)
            let table = ResultTable(
                title: strings.ratiosTableTitle(ratiosGrouped(size)),
                columns: [strings.ratiosSplitColumn, strings.train, strings.dev, strings.test, strings.ratiosNoiseColumn],
                rows: rows.map { row in
                    [row.scheme.name, ratiosGrouped(row.train), row.dev > 0 ? ratiosGrouped(row.dev) : "—", ratiosGrouped(row.test),
                     row.dev > 0 ? strings.points(String(printf: "%.2f", SplitRatios.accuracyNoisePoints(count: row.dev))) : "—"]
                })
            return Frame(figures: [.bar(chart)], tables: [table], findings: isFinished ? findings() : [],
                         progress: Double(rows.count) / Double(SplitRatios.schemes.count))
        }

        private func row(_ name: String) -> (scheme: Scheme, train: Int, dev: Int, test: Int) {
            rows.first { $0.scheme.name == name }!
        }

        private func findings() -> [Finding] {
            let classic = row("60/20/20"), modern = row("98/1/1")
            let classicNoise = SplitRatios.accuracyNoisePoints(count: classic.dev)
            let modernNoise = SplitRatios.accuracyNoisePoints(count: modern.dev)
            var findings = [
                Finding.descriptive(
                    strings.ratiosClassic(ratiosGrouped(classic.dev), points(classicNoise), ratiosGrouped(modern.dev), points(modernNoise)),
                    values: ["size": Double(size), "dev_60_20_20": Double(classic.dev), "dev_98_1_1": Double(modern.dev),
                             "dev_noise_points_60_20_20": classicNoise, "dev_noise_points_98_1_1": modernNoise],
                    because: "set sizes and their standard errors from the formula; the verdict on 98/1/1 is the next finding"),
            ]
            let extraTraining = modern.train - classic.train
            if modernNoise <= SplitRatios.usefulNoisePoints {
                findings.append(Finding(
                    strings.ratiosEnough(ratiosGrouped(modern.dev), ratiosGrouped(extraTraining)),
                    tone: .good, values: ["extra_training_98_1_1": Double(extraTraining), "dev_noise_points_98_1_1": modernNoise],
                    claims: [.atMost("dev_noise_points_98_1_1", SplitRatios.usefulNoisePoints), .atLeast("extra_training_98_1_1", 0)]))
            } else if modern.dev < 100 {
                findings.append(Finding(
                    strings.ratiosTooFew(ratiosGrouped(modern.dev), one: modern.dev == 1),
                    tone: .bad, values: ["dev_98_1_1": Double(modern.dev)], claims: [.atMost("dev_98_1_1", 99)]))
            } else {
                findings.append(Finding(
                    strings.ratiosNoisy(ratiosGrouped(modern.dev), points(modernNoise)),
                    tone: .warning, values: ["dev_98_1_1": Double(modern.dev), "dev_noise_points_98_1_1": modernNoise],
                    claims: [.atLeast("dev_98_1_1", 100), .atLeast("dev_noise_points_98_1_1", SplitRatios.usefulNoisePoints)]))
            }
            let half = row("99.5/0.25/0.25")
            findings.append(.descriptive(
                strings.ratiosHalf(ratiosGrouped(half.dev), ratiosGrouped(half.test), points(SplitRatios.accuracyNoisePoints(count: half.dev))),
                values: ["dev_99_5_0_25_0_25": Double(half.dev), "test_99_5_0_25_0_25": Double(half.test)],
                because: "set sizes and the formula's standard error, as computed"))
            return findings
        }

        /// Percentage points with two decimals: "0.95 pts".
        private func points(_ value: Double) -> String {
            value.isFinite ? strings.points(String(printf: "%.2f", value)) : "∞"
        }
    }
}

/// 1000000 → "1,000,000".
private func ratiosGrouped(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var result = ""
    for (index, digit) in digits.enumerated() {
        if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
        result.append(digit)
    }
    return value < 0 ? "-" + result : result
}

