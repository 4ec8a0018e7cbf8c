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
    public let title = "Bias and variance across model capacity"
    public let summary = "Train and dev error for models from a straight line to a degree-10 boundary, each labelled high bias / high variance / both / good."

    static let noise = NumberKnob(id: "noise", label: "label noise", help: "share of labels flipped at random: the best error any model can reach",
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
        private var fits: BiasVarianceFitQueue
        /// One point per degree fitted so far.
        private(set) var points: [Point] = []
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            let noise = context.settings[CapacitySweep.noise], seed = context.seed
            self.noise = noise
            self.seed = seed
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
            let trainSeries = Series(name: "train error", x: points.map { Double($0.degree) }, y: points.map { 100 * $0.trainError }, color: .blue)
            let devSeries = Series(name: "dev error", x: points.map { Double($0.degree) }, y: points.map { 100 * $0.devError }, color: .red)
            let chart = LineChart(
                title: "Error against capacity (\(CapacitySweep.trainCount) training examples, \(NumberText.percent(noise)) labels flipped)",
                series: [trainSeries, devSeries],
                xAxis: Axis("polynomial degree", range: 1...Double(CapacitySweep.degrees.last!)), yAxis: Axis("error %"),
                horizontalLines: [ReferenceLine(100 * noise, label: "noise floor \(NumberText.percent(noise))", color: .gray)])
            let table = ResultTable(
                title: "Each model against the noise floor of \(NumberText.percent(noise))",
                columns: ["degree", "features", "train", "dev", "avoidable bias", "variance", "diagnosis"],
                rows: points.map { point in
                    ["\(point.degree)", "\(BiasVarianceTask.featureCount(degree: point.degree))", NumberText.percent(point.trainError),
                     NumberText.percent(point.devError), BiasVarianceText.signedPoints(point.trainError - noise), BiasVarianceText.signedPoints(point.devError - point.trainError),
                     point.diagnosis.rawValue]
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
                return list.isEmpty ? nil : "\(diagnosis.rawValue) at degree\(list.count > 1 ? "s" : "") \(BiasVarianceText.ranges(list))"
            }.joined(separator: "; ")
            return [
                Finding("Against a noise floor of \(NumberText.percent(noise)): \(summary).", tone: .info, values: values),
                Finding(
                    "Training error falls from \(NumberText.percent(points[0].trainError)) (degree 1) to \(NumberText.percent(last.trainError)) "
                        + "(degree \(last.degree)); dev error is lowest at degree \(best.degree) (\(NumberText.percent(best.devError))) "
                        + "and ends at \(NumberText.percent(last.devError)).",
                    tone: last.devError > best.devError + BiasVarianceDiagnosis.threshold ? .warning : .info,
                    values: ["train_error_at_min_capacity": points[0].trainError, "train_error_at_max_capacity": last.trainError,
                             "best_dev_degree": Double(best.degree), "best_dev_error": best.devError,
                             "dev_error_at_max_capacity": last.devError, "dev_error_at_min_capacity": points[0].devError]),
                Finding(
                    "Best model: train \(NumberText.percent(best.trainError)), dev \(NumberText.percent(best.devError)): avoidable bias "
                        + "\(BiasVarianceText.signedPoints(best.trainError - noise)), variance \(BiasVarianceText.signedPoints(best.devError - best.trainError)) "
                        + "(\(best.diagnosis.rawValue)).",
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
    static func signedPoints(_ fraction: Double) -> String { String(format: "%+.1f pts", 100 * fraction) }
}
