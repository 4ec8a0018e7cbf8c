import DLCore
import Foundation
import TextCharts

/// `biasvar.capacity`: models of growing capacity (logistic regression on polynomial features of
/// degree 1 to 10) trained on the same 100 noisy examples; train and dev error for each, and each
/// model labelled against the noise floor.
///
/// The lesson: training error tells you about bias, the gap to dev error about variance, both
/// measured against the optimal (Bayes) error — here the share of flipped labels. A straight line
/// underfits (high bias); a degree-10 boundary bends around the training points, flipped labels
/// included, and does worse on new data (high variance). The same errors mean different things
/// when the floor is 0% or 15%.
public struct CapacitySweep: Experiment {
    public init() {}

    public let id = "biasvar.capacity"
    public let title = Localized { $0.capacityTitle }
    public let summary = Localized { $0.capacitySummary }

    static let noise = NumberKnob(id: "noise", text: Localized { $0.labelNoise },
                                  range: 0...0.3, step: 0.05, default: 0.05)
    public var knobs: [Knob] { [Self.noise.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    static let degrees = Array(1...10)
    static let trainCount = 100
    static let devCount = 1_000
    static let trainingSteps = 2_000
    static let stepsPerSlice = 250

    struct Point {
        let degree: Int
        let trainError: Double
        let devError: Double
        let diagnosis: BiasVarianceDiagnosis
    }

    final class Run: RunProcedure {

        static let headlines: [HeadlineSpec] = [.init("best_dev_degree", .integer), .init("best_dev_error", .percent)]
        let noise: Double
        let seed: UInt64
        let strings: any ExperimentStrings
        private var fits: BiasVarianceFitQueue
        /// One point per degree fitted so far.
        private(set) var points: [Point] = []
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            let noise = context.settings[CapacitySweep.noise], seed = context.seed
            self.noise = noise
            self.seed = seed
            strings = context.strings
            var rng = RandomSource(seed: seed)
            let train = try BiasVarianceTask.data(count: CapacitySweep.trainCount, noise: noise, rng: &rng)
            let dev = try BiasVarianceTask.data(count: CapacitySweep.devCount, noise: noise, rng: &rng)
            fits = BiasVarianceFitQueue(jobs: CapacitySweep.degrees.map { (degree: $0, train: train) }, dev: dev,
                                        steps: CapacitySweep.trainingSteps, stepsPerSlice: CapacitySweep.stepsPerSlice, seed: seed)
        }

        func advance() throws {
            try fits.advance()
            if fits.results.count > points.count, let errors = fits.results.last {
                points.append(Point(degree: fits.jobs[points.count].degree, trainError: errors.train, devError: errors.dev,
                                    diagnosis: BiasVarianceDiagnosis(trainError: errors.train, devError: errors.dev, floor: noise)))
                isFinished = fits.isFinished
            }
        }

        func makeFrame() -> Frame {
            let trainSeries = Series(name: strings.trainError, x: points.map { Double($0.degree) }, y: points.map { 100 * $0.trainError }, color: .blue)
            let devSeries = Series(name: strings.devError, x: points.map { Double($0.degree) }, y: points.map { 100 * $0.devError }, color: .red)
            let chart = LineChart(
                title: strings.capacityChartTitle(CapacitySweep.trainCount, NumberText.percent(noise)),
                series: [trainSeries, devSeries],
                xAxis: Axis(strings.degreeAxis, range: 1...Double(CapacitySweep.degrees.last!)), yAxis: Axis(strings.errorPercentAxis),
                horizontalLines: [ReferenceLine(100 * noise, label: strings.noiseFloorLabel(NumberText.percent(noise)), color: .gray)])
            let table = ResultTable(
                title: strings.capacityTableTitle(NumberText.percent(noise)),
                columns: strings.capacityColumns,
                rows: points.map { point in
                    ["\(point.degree)", "\(BiasVarianceTask.featureCount(degree: point.degree))", NumberText.percent(point.trainError),
                     NumberText.percent(point.devError), BiasVarianceText.signedPoints(point.trainError - noise, strings),
                     BiasVarianceText.signedPoints(point.devError - point.trainError, strings),
                     strings.diagnosis(point.diagnosis)]
                })
            return Frame(figures: [.line(chart)], tables: [table], findings: isFinished ? findings() : [],
                         progress: fits.progress)
        }

        private func degrees(_ diagnosis: BiasVarianceDiagnosis) -> [Int] {
            points.filter { $0.diagnosis == diagnosis }.map(\.degree)
        }

        private func findings() -> [Finding] {
            let best = points.min { $0.devError < $1.devError }!
            let last = points.last!
            var values: [String: Double] = ["noise": noise]
            for diagnosis in BiasVarianceDiagnosis.allCases {
                values["\(diagnosis.key)_count"] = Double(degrees(diagnosis).count)
            }
            let biased = points.filter { $0.diagnosis == .highBias || $0.diagnosis == .both }.map(\.degree)
            let varied = points.filter { $0.diagnosis == .highVariance || $0.diagnosis == .both }.map(\.degree)
            values["last_high_bias_degree"] = biased.last.map(Double.init) ?? 0
            values["first_high_variance_degree"] = varied.first.map(Double.init) ?? 0
            let summary = BiasVarianceDiagnosis.allCases.compactMap { diagnosis -> String? in
                let list = degrees(diagnosis)
                return list.isEmpty ? nil
                    : strings.capacityAtDegrees(strings.diagnosis(diagnosis), BiasVarianceText.ranges(list), plural: list.count > 1)
            }.joined(separator: "; ")
            return [
                Finding(strings.capacityOverview(NumberText.percent(noise), summary), tone: .info, values: values),
                Finding(
                    strings.capacityTrend(NumberText.percent(points[0].trainError), NumberText.percent(last.trainError), last.degree,
                                          best.degree, NumberText.percent(best.devError), NumberText.percent(last.devError)),
                    tone: last.devError > best.devError + BiasVarianceDiagnosis.threshold ? .warning : .info,
                    values: ["train_error_at_min_capacity": points[0].trainError, "train_error_at_max_capacity": last.trainError,
                             "best_dev_degree": Double(best.degree), "best_dev_error": best.devError,
                             "dev_error_at_max_capacity": last.devError, "dev_error_at_min_capacity": points[0].devError]),
                Finding(
                    strings.capacityBest(NumberText.percent(best.trainError), NumberText.percent(best.devError),
                                         BiasVarianceText.signedPoints(best.trainError - noise, strings),
                                         BiasVarianceText.signedPoints(best.devError - best.trainError, strings), strings.diagnosis(best.diagnosis)),
                    tone: best.diagnosis == .good ? .good : .warning,
                    values: ["best_avoidable_bias": best.trainError - noise, "best_variance": best.devError - best.trainError]),
            ]
        }
    }
}

extension BiasVarianceDiagnosis {
    /// snake_case name for finding values.
    var key: String {
        switch self {
        case .highBias: "high_bias"
        case .highVariance: "high_variance"
        case .both: "both"
        case .good: "good"
        }
    }
}

/// Number formatting shared by the `biasvar.*` experiments.
enum BiasVarianceText {
    /// [1, 2, 3, 5, 7, 8] → "1–3, 5, 7–8".
    static func ranges(_ values: [Int]) -> String {
        var parts: [String] = []
        var start = values.first, previous = values.first
        for value in values.dropFirst() + [Int.min] {
            if let p = previous, value == p + 1 { previous = value; continue }
            if let s = start, let p = previous { parts.append(s == p ? "\(s)" : "\(s)–\(p)") }
            start = value
            previous = value
        }
        return parts.joined(separator: ", ")
    }

    /// A difference of two error fractions in percentage points, with its sign: "+4.2 pts".
    static func signedPoints(_ fraction: Double, _ strings: any ExperimentStrings) -> String {
        strings.points(String(format: "%+.1f", 100 * fraction))
    }

}
