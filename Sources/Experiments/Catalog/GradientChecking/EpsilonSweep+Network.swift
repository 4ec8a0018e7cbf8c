import DLCore
import TextSupport
import FoundationEssentials
import Glibc
import TextCharts

extension EpsilonSweep {
    /// The ε sweep on a whole gradient check: for every ε, the relative difference between backprop's
    /// dθ and the one-sided and two-sided numerical dθ of a correct [4, 5, 3, 1] network.
    ///
    /// Backprop is right here, so the relative difference is the numerical estimate's own error: it
    /// falls like ε (one-sided) or ε² (two-sided) until rounding in J, magnified by 1/ε, takes over.
    /// That is why a check uses two-sided differences with ε around 1e-7.
    final class NetworkRun: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("best_one_sided_error", .scientific(1)), .init("best_two_sided_error", .scientific(1))]
        let epsilons: [Double]
        let pointsPerDecade: Int
        private(set) var oneSided: Series
        private(set) var twoSided: Series
        private let lab: GradientCheckingLab
        var isFinished: Bool { oneSided.count == epsilons.count }

        /// The ε the course recommends for a check.
        static let usualEpsilon = 1e-7

        init(_ context: RunContext) throws {
            strings = context.strings
            oneSided = Series(name: strings.oneSidedDifference, color: .red)
            twoSided = Series(name: strings.twoSidedDifference, color: .blue)
            pointsPerDecade = context.settings[EpsilonSweep.pointsPerDecade]
            epsilons = EpsilonSweep.epsilons(pointsPerDecade: pointsPerDecade)
            lab = try GradientCheckingLab(layerSizes: [4, 5, 3, 1], hidden: .tanh, initializer: .xavierNormal, seed: context.seed)
        }

        /// One ε: a one-sided and a two-sided check of the 47 parameters.
        func advance() throws {
            let epsilon = epsilons[oneSided.count]
            let one = try GradientCheck(epsilon: epsilon, method: .oneSided).run(network: lab.network, x: lab.x, y: lab.y)
            let two = try GradientCheck(epsilon: epsilon, method: .twoSided).run(network: lab.network, x: lab.x, y: lab.y)
            oneSided.append(x: epsilon, y: one.relativeDifference)
            twoSided.append(x: epsilon, y: two.relativeDifference)
        }

        func makeFrame() -> Frame {
            let chart = LineChart(
                title: strings.networkSweepTitle,
                series: [oneSided, twoSided],
                xAxis: Axis("ε", scale: .log, range: EpsilonSweep.epsilonRange),
                yAxis: Axis(strings.relativeDifference, scale: .log),
                horizontalLines: [ReferenceLine(1e-7, label: strings.greatLabel, color: .green),
                                  ReferenceLine(1e-3, label: strings.bugLabel, color: .red)])
            let details = GradientCheckingLab.details(network: lab.network, x: lab.x, y: lab.y, lambda: 0,
                                                      cost: (try? lab.network.cost(lab.x, lab.y)) ?? .nan, extra: [])
            return Frame(figures: [.line(chart)], findings: isFinished ? findings() : [],
                         progress: Double(oneSided.count) / Double(epsilons.count), details: details)
        }

        private func findings() -> [Finding] {
            let oneSlope = EpsilonSweep.logLogSlope(oneSided, minimumX: truncationRangeFloor)
            let twoSlope = EpsilonSweep.logLogSlope(twoSided, minimumX: truncationRangeFloor)
            let usual = epsilons.indices.min { abs(log10(epsilons[$0] / Self.usualEpsilon)) < abs(log10(epsilons[$1] / Self.usualEpsilon)) } ?? 0
            return [
                .descriptive(
                    strings.networkSlopes(String(printf: "%.2f", oneSlope), String(printf: "%.2f", twoSlope)),
                    values: ["one_sided_slope": oneSlope, "two_sided_slope": twoSlope],
                    because: "the slopes fitted to the measured differences, reported as measured"),
            ] + EpsilonSweep.trendFindings(oneSided: oneSided, twoSided: twoSided, pointsPerDecade: pointsPerDecade,
                                           strings: strings, network: true) + [
                .descriptive(
                    strings.networkUsual(NumberText.scientific(epsilons[usual]), NumberText.scientific(twoSided.y[usual]),
                                         NumberText.scientific(oneSided.y[usual])),
                    values: ["two_sided_difference_at_usual_epsilon": twoSided.y[usual],
                             "one_sided_difference_at_usual_epsilon": oneSided.y[usual]],
                    because: "the two differences at the usual ε, for the student to compare"),
            ]
        }
    }
}
