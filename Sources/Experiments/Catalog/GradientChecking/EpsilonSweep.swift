import FoundationEssentials
import Glibc
import TextSupport
import TextCharts

/// `gradcheck.epsilon`: one-sided vs two-sided numerical derivatives against the exact one, for ε
/// from 1e-1 down to 1e-12.
///
/// The lesson: the one-sided error (f(θ+ε)−f(θ))/ε − f′(θ) falls like ε, the two-sided
/// (f(θ+ε)−f(θ−ε))/2ε − f′(θ) like ε², until floating-point rounding (about 1e-16/ε) takes over
/// and both errors rise again (unless f(θ) = 0, where rounding shrinks with ε and never takes
/// over — the findings say which happened); so two-sided differences with ε ≈ 1e-7…1e-4 are far
/// more accurate. Floors are read from the smoothed curve (`EpsilonTrend`), not one lucky point.
///
/// With `function = network` the same sweep runs on a whole gradient check: the relative difference
/// between backprop and the numerical gradient of a correct [4, 5, 3, 1] network, for every ε (see
/// `EpsilonSweep+Network.swift`).
public struct EpsilonSweep: Experiment {
    public init() {}

    public let id = "gradcheck.epsilon"
    public let title = Localized { $0.epsilonTitle }
    public let summary = Localized { $0.epsilonSummary }
    public let liveStepDelay = 0.02

    /// What the sweep differentiates: one of the scalar functions, or (`network`) the cost of a
    /// whole network, whose gradient check is swept instead.
    enum SweptFunction: RawRepresentable, Sendable, Equatable {
        case scalar(ScalarFunction)
        case network

        init?(rawValue: String) {
            if rawValue == "network" {
                self = .network
            } else if let function = ScalarFunction(rawValue: rawValue) {
                self = .scalar(function)
            } else {
                return nil
            }
        }

        var rawValue: String {
            switch self {
            case .scalar(let function): function.rawValue
            case .network: "network"
            }
        }

        static let choices = ScalarFunction.allCases.map(SweptFunction.scalar) + [.network]
    }

    static let function = ChoiceKnob<SweptFunction>(
        id: "function", text: Localized { $0.epsilonFunction },
        choices: SweptFunction.choices, default: .scalar(.cube))
    static let theta = NumberKnob(id: "theta", text: Localized { $0.epsilonTheta },
                                  range: -2...2, step: 0.25, default: 1)
    static let pointsPerDecade = IntegerKnob(id: "points-per-decade", text: Localized { $0.epsilonPointsPerDecade },
                                             range: 1...10, default: 4)
    public var knobs: [Knob] { [Self.function.knob, Self.theta.knob, Self.pointsPerDecade.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun {
        switch context.settings[Self.function] {
        case .scalar: SteppedRun<Run>(context)
        case .network: SteppedRun<NetworkRun>(context)
        }
    }

    /// The smallest and largest ε swept, as powers of ten.
    static let decades = (largest: -1, smallest: -12)
    /// The ε axis of both sweeps: 1e-12…1e-1.
    static let epsilonRange = pow(10, Double(decades.smallest))...pow(10, Double(decades.largest))
    /// ε values at or above this are in the truncation range, where the error order shows.
    static let truncationRangeFloor = 1e-4

    /// The swept ε, from the largest decade down to the smallest, `pointsPerDecade` to a power of ten
    /// (both ends included).
    static func epsilons(pointsPerDecade: Int) -> [Double] {
        let count = (decades.largest - decades.smallest) * pointsPerDecade
        return (0...count).map { step in
            pow(10, Double(decades.largest) - Double(step) / Double(pointsPerDecade))
        }
    }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("best_one_sided_error", .scientific(1)), .init("best_two_sided_error", .scientific(1))]
        let function: ScalarFunction
        let theta: Double
        let epsilons: [Double]
        let pointsPerDecade: Int
        private(set) var oneSided: Series
        private(set) var twoSided: Series
        var isFinished: Bool { oneSided.count == epsilons.count }

        init(_ context: RunContext) {
            strings = context.strings
            oneSided = Series(name: strings.oneSidedError, color: .red)
            twoSided = Series(name: strings.twoSidedError, color: .blue)
            // `start` picks this run only for a scalar function.
            if case .scalar(let function) = context.settings[EpsilonSweep.function] {
                self.function = function
            } else {
                function = .cube
            }
            theta = context.settings[EpsilonSweep.theta]
            pointsPerDecade = context.settings[EpsilonSweep.pointsPerDecade]
            epsilons = EpsilonSweep.epsilons(pointsPerDecade: pointsPerDecade)
        }

        func advance() {
            let epsilon = epsilons[oneSided.count]
            let exact = function.derivative(theta)
            oneSided.append(x: epsilon, y: abs(function.oneSidedEstimate(theta, epsilon: epsilon) - exact))
            twoSided.append(x: epsilon, y: abs(function.twoSidedEstimate(theta, epsilon: epsilon) - exact))
        }

        func makeFrame() -> Frame {
            let chart = LineChart(
                title: strings.epsilonChartTitle(function.formula, KnobValue.number(theta).description),
                series: [oneSided, twoSided],
                xAxis: Axis("ε", scale: .log, range: EpsilonSweep.epsilonRange),
                yAxis: Axis(strings.errorAxis, scale: .log)
            )
            return Frame(
                figures: [.line(chart)],
                findings: isFinished ? findings() : [],
                progress: Double(oneSided.count) / Double(epsilons.count)
            )
        }

        private func findings() -> [Finding] {
            let exact = function.derivative(theta)
            let oneSlope = EpsilonSweep.logLogSlope(oneSided, minimumX: truncationRangeFloor)
            let twoSlope = EpsilonSweep.logLogSlope(twoSided, minimumX: truncationRangeFloor)
            let atHundredth = function.twoSidedEstimate(theta, epsilon: 0.01)
            return [
                .descriptive(
                    strings.epsilonSlopes(NumberText.fixed(oneSlope, 2), NumberText.fixed(twoSlope, 2)),
                    values: ["one_sided_slope": oneSlope, "two_sided_slope": twoSlope],
                    because: "the slopes fitted to the measured errors, reported as measured (the orders 1 and 2 are the lesson's, beside them)"),
            ] + EpsilonSweep.trendFindings(oneSided: oneSided, twoSided: twoSided, pointsPerDecade: pointsPerDecade,
                                           strings: strings, network: false) + [
                .descriptive(
                    strings.epsilonAtHundredth(String(printf: "%.10g", atHundredth), String(printf: "%.10g", exact)),
                    values: ["two_sided_estimate_at_0.01": atHundredth, "exact_derivative": exact],
                    because: "an estimate beside the exact value, for the student to compare"),
            ]
        }
    }

    /// The floors of both curves read from their trends, and whether each grows again below its floor
    /// (said only when it does: with f(θ) = 0 the rounding in f(θ±ε) shrinks with ε and never
    /// overtakes truncation, so nothing grows).
    static func trendFindings(oneSided: Series, twoSided: Series, pointsPerDecade: Int,
                              strings: any ExperimentStrings, network: Bool) -> [Finding] {
        let one = EpsilonTrend(oneSided, pointsPerDecade: pointsPerDecade)
        let two = EpsilonTrend(twoSided, pointsPerDecade: pointsPerDecade)
        let best = [one.floorError, one.floorEpsilon, two.floorError, two.floorEpsilon].map { NumberText.scientific($0) }
        let risen = [one, two].map { $0.grows ? Claim.atLeast : Claim.atMost }
        return [
            .descriptive(
                network ? strings.networkBest(best[0], best[1], best[2], best[3])
                        : strings.epsilonBest(best[0], best[1], best[2], best[3]),
                values: ["best_one_sided_error": one.floorError, "best_one_sided_epsilon": one.floorEpsilon,
                         "best_two_sided_error": two.floorError, "best_two_sided_epsilon": two.floorEpsilon,
                         "lowest_one_sided_point": oneSided.y.min() ?? .nan,
                         "lowest_two_sided_point": twoSided.y.min() ?? .nan],
                because: "the floors read from the smoothed curves, as read; whether the errors grow again below them is the next finding's claim"),
            Finding(
                strings.epsilonRounding(network: network, oneGrows: one.grows, twoGrows: two.grows,
                                        NumberText.scientific(one.errorAtSmallestEpsilon),
                                        NumberText.scientific(two.errorAtSmallestEpsilon)),
                tone: one.grows || two.grows ? .warning : .info,
                values: ["one_sided_error_at_smallest_epsilon": one.errorAtSmallestEpsilon,
                         "two_sided_error_at_smallest_epsilon": two.errorAtSmallestEpsilon,
                         "one_sided_rise_decades": one.riseDecades, "two_sided_rise_decades": two.riseDecades],
                claims: [risen[0]("one_sided_rise_decades", EpsilonTrend.rise),
                         risen[1]("two_sided_rise_decades", EpsilonTrend.rise)]),
        ]
    }

    /// Least-squares slope of log10(y) against log10(x) over points with x ≥ `minimumX` and y > 0.
    static func logLogSlope(_ series: Series, minimumX: Double) -> Double {
        let points = zip(series.x, series.y).filter { $0.0 >= minimumX && $0.1 > 0 }
            .map { (log10($0.0), log10($0.1)) }
        guard points.count >= 2 else { return .nan }
        let meanX = points.map(\.0).reduce(0, +) / Double(points.count)
        let meanY = points.map(\.1).reduce(0, +) / Double(points.count)
        let covariance = points.map { ($0.0 - meanX) * ($0.1 - meanY) }.reduce(0, +)
        let variance = points.map { ($0.0 - meanX) * ($0.0 - meanX) }.reduce(0, +)
        return covariance / variance
    }

}
