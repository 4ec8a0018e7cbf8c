import DLCore
import FoundationEssentials
import TextSupport
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
        let errors: BiasVarianceErrors
        var diagnosis: BiasVarianceDiagnosis { BiasVarianceDiagnosis(errors) }
        var trainError: Double { errors.train }
        var devError: Double { errors.dev }
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
                points.append(Point(degree: fits.jobs[points.count].degree,
                                    errors: BiasVarianceErrors(train: errors.train, dev: errors.dev, floor: noise,
                                                               trainCount: CapacitySweep.trainCount, devCount: CapacitySweep.devCount)))
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
                     NumberText.percent(point.devError),
                     BiasVarianceText.signedPoints(point.errors.avoidableBias, plusMinus: point.errors.avoidableBiasStandardError, strings),
                     BiasVarianceText.signedPoints(point.errors.variance, plusMinus: point.errors.varianceStandardError, strings),
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
            var claims: [Claim] = []
            for diagnosis in BiasVarianceDiagnosis.allCases {
                values["\(diagnosis.key)_count"] = Double(degrees(diagnosis).count)
            }
            // Every degree's label, as claims on its own differences and their standard errors.
            for point in points {
                let key = "d\(point.degree)"
                claims += BiasVarianceText.record(point.errors, as: key, into: &values)
            }
            let biased = points.filter { $0.diagnosis == .highBias || $0.diagnosis == .both || $0.diagnosis == .highBiasVarianceUnclear }.map(\.degree)
            let varied = points.filter { $0.diagnosis == .highVariance || $0.diagnosis == .both || $0.diagnosis == .highVarianceBiasUnclear }.map(\.degree)
            values["last_high_bias_degree"] = biased.last.map(Double.init) ?? 0
            values["first_high_variance_degree"] = varied.first.map(Double.init) ?? 0
            let summary = BiasVarianceDiagnosis.allCases.compactMap { diagnosis -> String? in
                let list = degrees(diagnosis)
                return list.isEmpty ? nil
                    : strings.capacityAtDegrees(strings.diagnosis(diagnosis), BiasVarianceText.ranges(list), plural: list.count > 1)
            }.joined(separator: "; ")
            var bestValues: [String: Double] = [:]
            let bestClaims = BiasVarianceText.record(best.errors, as: "best", into: &bestValues)
            var findings = [
                Finding(strings.capacityOverview(NumberText.percent(noise), summary), tone: .info, values: values, claims: claims),
                Finding(
                    strings.capacityTrend(NumberText.percent(points[0].trainError), NumberText.percent(last.trainError), last.degree,
                                          best.degree, NumberText.percent(best.devError), NumberText.percent(last.devError)),
                    tone: last.devError > best.devError + BiasVarianceDiagnosis.threshold ? .warning : .info,
                    values: ["train_error_at_min_capacity": points[0].trainError, "train_error_at_max_capacity": last.trainError,
                             "best_dev_degree": Double(best.degree), "best_dev_error": best.devError,
                             "dev_error_at_max_capacity": last.devError, "dev_error_at_min_capacity": points[0].devError],
                    claims: [.less("train_error_at_max_capacity", than: "train_error_at_min_capacity")]),
                Finding(
                    strings.capacityBest(NumberText.percent(best.trainError), NumberText.percent(best.devError),
                                         BiasVarianceText.signedPoints(best.errors.avoidableBias, plusMinus: best.errors.avoidableBiasStandardError, strings),
                                         BiasVarianceText.signedPoints(best.errors.variance, plusMinus: best.errors.varianceStandardError, strings),
                                         strings.diagnosis(best.diagnosis))
                        + (best.errors.avoidableBias < 0 ? " " + strings.belowNoiseFloor : ""),
                    tone: best.diagnosis == .good ? .good : .warning,
                    values: bestValues.merging(["best_avoidable_bias": best.errors.avoidableBias, "best_variance": best.errors.variance]) { $1 },
                    claims: bestClaims + (best.errors.avoidableBias < 0 ? [.atMost("best_avoidable_bias", 0)] : [])),
            ]
            let unclear = points.filter(\.diagnosis.isUncertain).map(\.degree)
            if !unclear.isEmpty {
                findings.append(Finding(strings.capacityUnclear(BiasVarianceText.ranges(unclear), plural: unclear.count > 1, CapacitySweep.trainCount),
                                        tone: .info, values: ["unclear_count": Double(unclear.count)],
                                        claims: [.atLeast("unclear_count", 1)]))
            }
            return findings
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
        case .highBiasVarianceUnclear: "high_bias_variance_unclear"
        case .highVarianceBiasUnclear: "high_variance_bias_unclear"
        case .unclear: "unclear"
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
        strings.points(String(printf: "%+.1f", 100 * fraction))
    }

    /// The same with its standard error: "+6.2 ± 4.1 pts".
    static func signedPoints(_ fraction: Double, plusMinus error: Double, _ strings: any ExperimentStrings) -> String {
        strings.points(String(printf: "%+.1f ± %.1f", 100 * fraction, 100 * error))
    }

    /// Writes a model's two differences and their standard errors into `values` under `key`
    /// (`key_avoidable_bias`, `key_avoidable_bias_se`, `key_variance`, `key_variance_se`) and returns what its
    /// diagnosis claims about them: high is above the threshold and beyond 2 standard errors, unclear is
    /// above the threshold within them, low is at most the threshold.
    static func record(_ errors: BiasVarianceErrors, as key: String, into values: inout [String: Double]) -> [Claim] {
        var claims: [Claim] = []
        for (name, difference, error) in [("avoidable_bias", errors.avoidableBias, errors.avoidableBiasStandardError),
                                          ("variance", errors.variance, errors.varianceStandardError)] {
            let value = "\(key)_\(name)", se = "\(key)_\(name)_se"
            values[value] = difference
            values[se] = error
            switch BiasVarianceDiagnosis.Level(difference, standardError: error) {
            case .low: claims.append(.atMost(value, BiasVarianceDiagnosis.threshold))
            case .high: claims += [.atLeast(value, BiasVarianceDiagnosis.threshold),
                                   .beyondNoise(value, standardError: se, factor: BiasVarianceDiagnosis.noiseFactor)]
            case .unclear: claims += [.atLeast(value, BiasVarianceDiagnosis.threshold),
                                      .withinNoise(value, standardError: se, factor: BiasVarianceDiagnosis.noiseFactor)]
            }
        }
        return claims
    }

}
