import DLCore
import FoundationEssentials
import Glibc
import TextCharts

/// `reg.l1-geometry`: the constraint-region picture of L1 and L2. Minimise a quadratic cost of two
/// weights subject to ‖w‖₁ ≤ t (a diamond with corners on the axes) or ‖w‖₂ ≤ t (a circle), solved
/// exactly, for the cost shown and for 200 random costs of the same shape.
///
/// The lesson: the cost's elliptical contours often first touch the diamond at a corner, where one
/// weight is exactly 0; a circle has no corners, so its solution essentially never lies on an axis.
public struct ConstraintGeometry: Experiment {
    public init() {}

    public let id = "reg.l1-geometry"
    public let title = Localized { $0.geometryTitle }
    public let summary = Localized { $0.geometrySummary }

    static let budget = NumberKnob(id: "budget", text: Localized { $0.geometryBudget }, range: 0.5...2, step: 0.25, default: 1)
    static let elongation = NumberKnob(id: "elongation", text: Localized { $0.geometryElongation }, range: 1...10, step: 1, default: 4)
    public var knobs: [Knob] { [Self.budget.knob, Self.elongation.knob] }

    /// The unconstrained minimum lies at twice the budget from 0, so both constraints bind.
    static let optimumDistance = 2.0
    static let problemCount = 200
    static let problemsPerStep = 50

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    /// J(w) = ½ (w − w*)ᵀ H (w − w*) with H = R(φ)·diag(1, e²)·R(φ)ᵀ: contours are ellipses e times
    /// longer one way than the other.
    struct Problem {
        let optimum: (Double, Double)
        /// H as (h11, h12, h22).
        let h: (Double, Double, Double)

        init(budget: Double, elongation: Double, rng: inout RandomSource) {
            let angle = rng.uniform(0, 2 * Double.pi), tilt = rng.uniform(0, Double.pi)
            let r = ConstraintGeometry.optimumDistance * budget
            optimum = (r * cos(angle), r * sin(angle))
            let c = cos(tilt), s = sin(tilt), e2 = elongation * elongation
            h = (c * c + e2 * s * s, (1 - e2) * c * s, s * s + e2 * c * c)
        }

        func cost(_ w1: Double, _ w2: Double) -> Double {
            let d1 = w1 - optimum.0, d2 = w2 - optimum.1
            return 0.5 * (h.0 * d1 * d1 + 2 * h.1 * d1 * d2 + h.2 * d2 * d2)
        }

        /// Hu for u = (u1, u2).
        private func times(_ u1: Double, _ u2: Double) -> (Double, Double) { (h.0 * u1 + h.1 * u2, h.1 * u1 + h.2 * u2) }

        /// The exact minimum over the diamond |w₁| + |w₂| ≤ t: the optimum lies outside, so the best
        /// point is on one of the four edges, each a segment between two corners. A minimum at a
        /// segment's end is the corner itself, with one weight exactly 0.
        func l1Solution(_ t: Double) -> (Double, Double) {
            let corners = [(t, 0.0), (0.0, t), (-t, 0.0), (0.0, -t)]
            var best = corners[0], bestCost = cost(t, 0)
            for k in 0..<4 {
                let a = corners[k], b = corners[(k + 1) % 4]
                let d = (b.0 - a.0, b.1 - a.1)
                let hd = times(d.0, d.1)
                let s = (hd.0 * (optimum.0 - a.0) + hd.1 * (optimum.1 - a.1)) / (hd.0 * d.0 + hd.1 * d.1)
                let point = s <= 0 ? a : s >= 1 ? b : (a.0 + s * d.0, a.1 + s * d.1)
                let value = cost(point.0, point.1)
                if value < bestCost { best = point; bestCost = value }
            }
            return best
        }

        /// The exact minimum over the disc ‖w‖₂ ≤ t: w(μ) = (H + μI)⁻¹·H·w* with ‖w(μ)‖ = t, found by
        /// bisection on μ (‖w(μ)‖ falls as μ grows).
        func l2Solution(_ t: Double) -> (Double, Double) {
            let hw = times(optimum.0, optimum.1)
            func point(_ mu: Double) -> (Double, Double) {
                let a = h.0 + mu, b = h.1, d = h.2 + mu, det = a * d - b * b
                return ((d * hw.0 - b * hw.1) / det, (a * hw.1 - b * hw.0) / det)
            }
            func norm(_ p: (Double, Double)) -> Double { (p.0 * p.0 + p.1 * p.1).squareRoot() }
            var low = 0.0, high = 1.0
            while norm(point(high)) > t { high *= 2 }
            for _ in 0..<200 {
                let mid = (low + high) / 2
                if norm(point(mid)) > t { low = mid } else { high = mid }
            }
            return point(high)
        }
    }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("l1_axis_share", .percent), .init("l2_axis_share", .percent)]
        let budget: Double
        let elongation: Double
        private var rng: RandomSource
        private let shown: Problem
        private var solved = 0
        private var l1OnAxis = 0
        private var l2OnAxis = 0
        var isFinished: Bool { solved == ConstraintGeometry.problemCount }

        init(_ context: RunContext) {
            strings = context.strings
            budget = context.settings[ConstraintGeometry.budget]
            elongation = context.settings[ConstraintGeometry.elongation]
            rng = RandomSource(seed: context.seed)
            shown = Problem(budget: budget, elongation: elongation, rng: &rng)
        }

        /// The shown cost is the first of the random ones.
        func advance() {
            for _ in 0..<ConstraintGeometry.problemsPerStep where solved < ConstraintGeometry.problemCount {
                let problem = solved == 0 ? shown : Problem(budget: budget, elongation: elongation, rng: &rng)
                if Self.zeros(problem.l1Solution(budget)) > 0 { l1OnAxis += 1 }
                if Self.zeros(problem.l2Solution(budget)) > 0 { l2OnAxis += 1 }
                solved += 1
            }
        }

        static func zeros(_ w: (Double, Double)) -> Int { (w.0 == 0 ? 1 : 0) + (w.1 == 0 ? 1 : 0) }

        func makeFrame() -> Frame {
            Frame(figures: [picture()], findings: isFinished ? findings() : [],
                  progress: Double(solved) / Double(ConstraintGeometry.problemCount))
        }

        /// √J over the smallest box holding both regions and the optimum (with a margin), drawn with
        /// equal units on both axes so the diamond is square and the circle round: evenly spaced
        /// elliptical bands, with the two regions' edges, the optimum and both solutions over them.
        private func picture() -> Figure {
            let margin = 0.25 * budget
            let x = (min(-budget, shown.optimum.0) - margin)...(max(budget, shown.optimum.0) + margin)
            let y = (min(-budget, shown.optimum.1) - margin)...(max(budget, shown.optimum.1) + margin)
            // Enough points along each edge for one in every cell of a full-screen chart.
            let edge = (0..<360).map { Double($0) / 360 * 2 * Double.pi }
            let diamond = edge.map { a in
                let c = cos(a), s = sin(a), scale = budget / (abs(c) + abs(s))
                return (c * scale, s * scale)
            }
            let l1 = shown.l1Solution(budget), l2 = shown.l2Solution(budget)
            // The axes first, where L1 lands; the circle before the diamond, so the diamond's corners
            // (which lie on the circle) stay visible.
            let across = (0...240).map { Double($0) / 240 }
            return .heatmap(Heatmap(
                title: strings.geometryChartTitle(NumberText.fixed(budget, 2)),
                xRange: x, yRange: y, gridColumns: 96, gridRows: 96,
                xAxis: Axis("w₁"), yAxis: Axis("w₂"), palette: .sequential,
                points: [
                    PointClass(name: strings.geometryAxisW1, x: across.map { _ in 0 }, y: across.map { y.lowerBound + $0 * (y.upperBound - y.lowerBound) },
                               marker: "|"),
                    PointClass(name: strings.geometryAxisW2, x: across.map { x.lowerBound + $0 * (x.upperBound - x.lowerBound) }, y: across.map { _ in 0 },
                               marker: "-"),
                    PointClass(name: strings.geometryCircle, x: edge.map { budget * cos($0) }, y: edge.map { budget * sin($0) }, marker: "."),
                    PointClass(name: strings.geometryDiamond, x: diamond.map(\.0), y: diamond.map(\.1), marker: "+"),
                    PointClass(name: strings.geometryOptimum, x: [shown.optimum.0], y: [shown.optimum.1], marker: "*"),
                    PointClass(name: strings.geometryL1Solution, x: [l1.0], y: [l1.1], marker: "1"),
                    PointClass(name: strings.geometryL2Solution, x: [l2.0], y: [l2.1], marker: "2"),
                ],
                equalAspect: true
            ) { w1, w2 in self.shown.cost(w1, w2).squareRoot() })
        }

        private func findings() -> [Finding] {
            typealias S = NumberText
            let l1 = shown.l1Solution(budget), l2 = shown.l2Solution(budget)
            let l1Zeros = Self.zeros(l1), l2Zeros = Self.zeros(l2)
            let n = Double(ConstraintGeometry.problemCount)
            let l1Share = Double(l1OnAxis) / n, l2Share = Double(l2OnAxis) / n
            return [
                .descriptive(strings.geometryShown(S.fixed(l1.0, 3), S.fixed(l1.1, 3), l1Zeros, S.fixed(l2.0, 3), S.fixed(l2.1, 3), l2Zeros),
                             values: ["l1_w1": l1.0, "l1_w2": l1.1, "l1_zero_weights": Double(l1Zeros),
                                      "l2_w1": l2.0, "l2_w2": l2.1, "l2_zero_weights": Double(l2Zeros)],
                             because: "where this one cost's two solutions land; the comparison over many costs is the next finding"),
                Finding(strings.geometryShares(ConstraintGeometry.problemCount, S.percent(l1Share), S.percent(l2Share)),
                        tone: l2Share < l1Share ? .good : .info,
                        values: ["l1_axis_share": l1Share, "l2_axis_share": l2Share],
                        claims: l2Share < l1Share ? [.less("l2_axis_share", than: "l1_axis_share")]
                                                  : [.atMost("l1_axis_share", l2Share)]),
            ]
        }
    }
}
