import DLCore
import TextSupport
import FoundationEssentials
import Glibc
import TextCharts

/// `norm.scales`: gradient descent on a linear regression whose two input features live on very
/// different scales and are correlated, with the inputs left alone, min-max scaled, standardized or
/// PCA-whitened. The cost over the two weights is drawn as a heatmap with the descent path on it.
///
/// The lesson: unnormalized inputs make the cost a long, narrow valley (curvatures differing by
/// orders of magnitude). One learning rate must then be small enough for the steep direction, and
/// creeps along the flat one: many iterations, and divergence a few steps up the learning-rate
/// scale. Min-max and standardization equalize the scales; only whitening also removes the
/// correlation and makes the contours round, so one large step works in every direction.
public struct FeatureScales: Experiment {
    public init() {}

    public let id = "norm.scales"
    public let title = Localized { $0.scalesTitle }
    public let summary = Localized { $0.scalesSummary }
    public let liveStepDelay = 0.02

    static let scaling = ChoiceKnob<Scaling>(id: "scaling", text: Localized { $0.scalesScaling },
                                             default: .none)
    static let learningRate = NumberKnob(id: "learning-rate", text: Localized { $0.scalesLearningRate },
                                         range: 1e-4...10, step: 0.25, logarithmic: true, default: 0.01)
    public var knobs: [Knob] { [Self.scaling.knob, Self.learningRate.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    enum Scaling: String, CaseIterable, Sendable {
        case none, minMax = "min-max", standardize, whiten

        var method: NormalizationMethod? {
            switch self {
            case .none: nil
            case .minMax: .minMax
            case .standardize: .zScore
            // ε far below the smaller principal variance (≈ 0.002 here), so it only guards against zero.
            case .whiten: .pcaWhitening(epsilon: 1e-10)
            }
        }
    }

    static let exampleCount = 200
    /// Correlation between the two features (think floor area and number of rooms).
    static let correlation = 0.9
    /// Converged once the cost is within this fraction of its initial distance from the minimum.
    static let tolerance = 1e-6
    static let maxIterations = 200_000
    static let comparisonIterationsPerStep = 50_000
    /// Diverged once the cost exceeds its initial value this many times over (or is not finite).
    static let divergenceFactor = 1e6

    /// Two correlated features around 5 ± 2 and 0.3 ± 0.1 (a factor of 20 in spread) and a target
    /// linear in both plus noise.
    static func makeData(rng: inout RandomSource) -> (x: Matrix, y: [Double]) {
        var x = Matrix(rows: 2, columns: exampleCount)
        var y = [Double](repeating: 0, count: exampleCount)
        for j in 0..<exampleCount {
            let a = rng.normal()
            let b = correlation * a + (1 - correlation * correlation).squareRoot() * rng.normal()
            x[0, j] = 5 + 2 * a
            x[1, j] = 0.3 + 0.1 * b
            y[j] = x[0, j] + 20 * x[1, j] + 0.5 * rng.normal()
        }
        return (x, y)
    }

    /// The problem on one scaling of the features: J(θ) = (1/2m) Σ (w·x′ + b − y)² with θ = (w₁, w₂, b),
    /// kept as its sufficient statistics so that one full-batch gradient step costs nine
    /// multiply-adds: ∇J = Hθ − g with H = (1/m) Σ zzᵀ, g = (1/m) Σ z·y, z = (x′₁, x′₂, 1). This is the
    /// same gradient as summing over the examples, only computed once instead of every iteration.
    struct Problem: Sendable {
        var h = [[Double]](repeating: [0, 0, 0], count: 3)
        var g = [0.0, 0, 0]
        var halfMeanSquare = 0.0
        /// Covariance of the scaled features: the curvature of the cost over (w₁, w₂) once b is at its best.
        var featureCovariance = [[0.0, 0], [0, 0]]
        var optimum = [0.0, 0, 0]
        var minimumCost = 0.0

        init(x: Matrix, y: [Double]) throws {
            let m = Double(x.columns)
            for j in 0..<x.columns {
                let z = [x[0, j], x[1, j], 1]
                for r in 0..<3 {
                    for c in 0..<3 { h[r][c] += z[r] * z[c] / m }
                    g[r] += z[r] * y[j] / m
                }
                halfMeanSquare += y[j] * y[j] / (2 * m)
            }
            for r in 0..<2 { for c in 0..<2 { featureCovariance[r][c] = h[r][c] - h[r][2] * h[c][2] } }
            optimum = try FeatureScales.solve(h, g)
            minimumCost = cost(optimum)
        }

        func cost(_ theta: [Double]) -> Double {
            var quadratic = 0.0, linear = 0.0
            for r in 0..<3 {
                linear += g[r] * theta[r]
                for c in 0..<3 { quadratic += theta[r] * h[r][c] * theta[c] }
            }
            return 0.5 * quadratic - linear + halfMeanSquare
        }

        func gradient(_ theta: [Double]) -> [Double] {
            (0..<3).map { r in h[r][0] * theta[0] + h[r][1] * theta[1] + h[r][2] * theta[2] - g[r] }
        }

        /// The lowest cost reachable with weights (w₁, w₂), the bias chosen best for them: what the heatmap shows.
        func profileCost(_ w1: Double, _ w2: Double) -> Double {
            let bias = g[2] - h[2][0] * w1 - h[2][1] * w2   // ∂J/∂b = 0 (h[2][2] = 1)
            return cost([w1, w2, bias])
        }

        /// Eigenvalues of the 3×3 curvature H, largest first.
        func curvatures() throws -> [Double] {
            try Matrix(h).symmetricEigen().values
        }

        /// Long over short axis of the elliptical contours over (w₁, w₂): 1 for circles.
        func contourAxisRatio() throws -> Double {
            let values = try Matrix(featureCovariance).symmetricEigen().values
            return (values[0] / max(values[1], .leastNonzeroMagnitude)).squareRoot()
        }
    }

    /// Solves the 3×3 system Hθ = g by Gaussian elimination with partial pivoting.
    static func solve(_ h: [[Double]], _ g: [Double]) throws -> [Double] {
        var a = h.enumerated().map { $0.element + [g[$0.offset]] }
        for column in 0..<3 {
            let pivot = (column..<3).max { abs(a[$0][column]) < abs(a[$1][column]) }!
            guard abs(a[pivot][column]) > 1e-300 else { throw DLCoreError.invalidConfiguration("singular least-squares system") }
            a.swapAt(column, pivot)
            for row in (column + 1)..<3 {
                let factor = a[row][column] / a[column][column]
                for k in column...3 { a[row][k] -= factor * a[column][k] }
            }
        }
        var theta = [0.0, 0, 0]
        for row in stride(from: 2, through: 0, by: -1) {
            var s = a[row][3]
            for k in (row + 1)..<3 { s -= a[row][k] * theta[k] }
            theta[row] = s / a[row][row]
        }
        return theta
    }

    enum Outcome: Equatable {
        case running
        case converged(iterations: Int)
        case diverged(iteration: Int)
        case notConverged
    }

    /// Full-batch gradient descent from θ = 0 on one problem, advanced a chunk of iterations at a time.
    struct Descent {
        let problem: Problem
        let learningRate: Double
        private(set) var theta = [0.0, 0, 0]
        private(set) var iterations = 0
        private(set) var outcome = Outcome.running
        let initialCost: Double
        private(set) var lastCost: Double

        init(problem: Problem, learningRate: Double) {
            self.problem = problem
            self.learningRate = learningRate
            initialCost = problem.cost(theta)
            lastCost = initialCost
        }

        /// Up to `count` more iterations; `record` sees the weights after each one.
        mutating func advance(_ count: Int, record: ([Double], Int) -> Void = { _, _ in }) {
            let target = FeatureScales.tolerance * (initialCost - problem.minimumCost)
            for _ in 0..<count where outcome == .running {
                let gradient = problem.gradient(theta)
                for k in 0..<3 { theta[k] -= learningRate * gradient[k] }
                iterations += 1
                lastCost = problem.cost(theta)
                record(theta, iterations)
                if !lastCost.isFinite || lastCost > FeatureScales.divergenceFactor * initialCost {
                    outcome = .diverged(iteration: iterations)
                } else if lastCost - problem.minimumCost <= target {
                    outcome = .converged(iterations: iterations)
                } else if iterations >= FeatureScales.maxIterations {
                    outcome = .notConverged
                }
            }
        }
    }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("iterations", .integer), .init("max_stable_learning_rate", .short)]
        let scaling: Scaling
        let learningRate: Double
        private var problems: [Scaling: Problem] = [:]
        private var descent: Descent
        /// The other scalings at the same learning rate, run to the end after the chosen one.
        private var comparison: [Scaling: Outcome] = [:]
        private var otherDescent: Descent?
        /// The points of the path so far; the contour chart draws the visible ones under their name.
        private var path = PointClass(name: "", x: [], y: [], marker: "*")
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            strings = context.strings
            let scaling = context.settings[FeatureScales.scaling], learningRate = context.settings[FeatureScales.learningRate]
            self.scaling = scaling
            self.learningRate = learningRate
            var rng = RandomSource(seed: context.seed)
            let data = FeatureScales.makeData(rng: &rng)
            for candidate in Scaling.allCases {
                let x = try candidate.method.map { try Normalizer.fit($0, to: data.x).apply(data.x) } ?? data.x
                problems[candidate] = try Problem(x: x, y: data.y)
            }
            guard let problem = problems[scaling] else { throw RunFailure(strings.noProblem(scaling.rawValue)) }
            descent = Descent(problem: problem, learningRate: learningRate)
            path.x.append(0)
            path.y.append(0)
        }

        func advance() throws {
            var descent = self.descent
            if descent.outcome == .running {
                // Chunks grow with the iteration count, so the first bounces are drawn one by one and
                // a long crawl still takes a bounded number of steps.
                let chunk = max(1, min(descent.iterations / 6, 20_000))
                descent.advance(chunk) { theta, iteration in
                    if iteration <= 200 || iteration % max(1, iteration / 100) == 0 {
                        path.x.append(theta[0])
                        path.y.append(theta[1])
                    }
                }
                self.descent = descent
                if descent.outcome != .running { comparison[scaling] = descent.outcome }
            } else if let next = Scaling.allCases.first(where: { comparison[$0] == nil }) {
                // The other scalings run without drawing, a bounded number of iterations per step.
                guard let problem = problems[next] else { throw RunFailure(strings.noProblem(next.rawValue)) }
                var other = otherDescent ?? Descent(problem: problem, learningRate: learningRate)
                other.advance(FeatureScales.comparisonIterationsPerStep)
                otherDescent = other
                if other.outcome != .running {
                    comparison[next] = other.outcome
                    otherDescent = nil
                }
            }
            isFinished = comparison.count == Scaling.allCases.count
        }

        func makeFrame() -> Frame {
            let progress: Double
            switch descent.outcome {
            case .running: progress = 0.8 * log(Double(descent.iterations + 1)) / log(Double(FeatureScales.maxIterations))
            default: progress = 0.8 + 0.2 * Double(comparison.count) / Double(Scaling.allCases.count)
            }
            return Frame(figures: [contours(descent.problem)], tables: [comparisonTable()],
                         findings: isFinished ? findings(descent) : [], progress: min(progress, 1))
        }

        /// √(cost above its minimum) over the two weights: for a quadratic cost this grows linearly
        /// with the distance from the minimum along every axis, so the colour bands are evenly spaced
        /// ellipses. Equal spans on both axes, so round contours look round and a narrow valley narrow.
        private func contours(_ problem: Problem) -> Figure {
            let optimum = (problem.optimum[0], problem.optimum[1])
            let center = (optimum.0 / 2, optimum.1 / 2)
            let halfSpan = max(abs(optimum.0), abs(optimum.1), 1e-3) * 0.75
            let xRange = (center.0 - halfSpan)...(center.0 + halfSpan)
            let yRange = (center.1 - halfSpan)...(center.1 + halfSpan)
            let visible = zip(path.x, path.y).filter { xRange.contains($0.0) && yRange.contains($0.1) }
            return .heatmap(Heatmap(
                title: strings.contoursTitle(scaling.rawValue, KnobValue.number(learningRate).description),
                xRange: xRange, yRange: yRange, gridColumns: 48, gridRows: 48, xAxis: Axis("w₁"), yAxis: Axis("w₂"),
                palette: .sequential,
                points: [
                    PointClass(name: strings.gradientDescentPath, x: visible.map(\.0), y: visible.map(\.1), marker: "*"),
                    PointClass(name: strings.minimumPoint, x: [optimum.0], y: [optimum.1], marker: "o"),
                ]
            ) { w1, w2 in max(problem.profileCost(w1, w2) - problem.minimumCost, 0).squareRoot() })
        }

        private func comparisonTable() -> ResultTable {
            ResultTable(
                title: strings.iterationsTableTitle(KnobValue.number(learningRate).description),
                columns: strings.iterationsColumns,
                rows: Scaling.allCases.map { candidate in
                    let stable = (try? problems[candidate]?.curvatures()).flatMap { $0.first }.map { 2 / $0 } ?? .nan
                    return [candidate.rawValue, comparison[candidate].map(describe) ?? "…", String(printf: "%.3g", stable)]
                })
        }

        private func describe(_ outcome: Outcome) -> String {
            switch outcome {
            case .running: "…"
            case .converged(let iterations): "\(iterations)"
            case .diverged(let iteration): strings.divergedAt(iteration)
            case .notConverged: "> \(FeatureScales.maxIterations)"
            }
        }

        private func findings(_ descent: Descent) -> [Finding] {
            var findings: [Finding] = []
            // Gradient descent on a quadratic is stable exactly when α < 2/λmax: "too large for the steep direction"
            // (diverged) and converging or crawling (stable) are both read against it.
            let stableBelow = (try? descent.problem.curvatures()).flatMap { $0.first }.map { 2 / $0 } ?? .nan
            switch descent.outcome {
            case .converged(let iterations):
                findings.append(Finding(
                    strings.scalesConverged(scaling.rawValue, iterations, KnobValue.number(learningRate).description),
                    tone: .good, values: ["iterations": Double(iterations), "learning_rate": learningRate, "max_stable_learning_rate": stableBelow],
                    claims: [.atMost("iterations", Double(FeatureScales.maxIterations)), .less("learning_rate", than: "max_stable_learning_rate")]))
            case .diverged(let iteration):
                findings.append(Finding(
                    strings.scalesDiverged(scaling.rawValue, iteration, KnobValue.number(learningRate).description,
                                           String(printf: "%.3g", descent.lastCost)),
                    tone: .bad, values: ["diverged_at": Double(iteration), "learning_rate": learningRate, "max_stable_learning_rate": stableBelow],
                    claims: [.less("max_stable_learning_rate", than: "learning_rate")]))
            case .notConverged, .running:
                findings.append(Finding(
                    strings.scalesNotConverged(scaling.rawValue, FeatureScales.maxIterations, KnobValue.number(learningRate).description,
                                               String(printf: "%.3g", descent.lastCost - descent.problem.minimumCost)),
                    tone: .warning, values: ["iterations": .infinity, "learning_rate": learningRate, "max_stable_learning_rate": stableBelow,
                                             "excess_cost": descent.lastCost - descent.problem.minimumCost],
                    claims: [.less("learning_rate", than: "max_stable_learning_rate"), .atLeast("excess_cost", 0)]))
            }
            if let curvatures = try? descent.problem.curvatures(), let ratio = try? descent.problem.contourAxisRatio() {
                let largest = curvatures[0], smallest = curvatures[curvatures.count - 1]
                let round = ratio < 1.1
                // The drawn contours are over (w₁, w₂) with b at its best: their curvature ratio is the axis ratio
                // squared. Gradient descent moves b too, and a feature mean away from 0 couples b with the weights,
                // so the 3×3 ratio (with b) is what sets its speed.
                let weightRatio = ratio * ratio
                let means = [descent.problem.h[2][0], descent.problem.h[2][1]]
                let largestMean = means.map(abs).max() ?? 0
                let centred = largestMean < 0.1
                var values = ["curvature_ratio": largest / smallest, "contour_axis_ratio": ratio, "weight_curvature_ratio": weightRatio,
                              "max_stable_learning_rate": 2 / largest, "largest_feature_mean": largestMean]
                values["round_threshold"] = 1.1
                findings.append(Finding(
                    strings.scalesCurvature(String(printf: "%.3g", largest / smallest), String(printf: "%.3g", weightRatio),
                                            String(printf: "%.2g", ratio), round: round, String(printf: "%.3g", 2 / largest))
                        + (centred ? "" : " " + strings.scalesNotCentred(String(printf: "%.2g", means[0]), String(printf: "%.2g", means[1]),
                                                                         String(printf: "%.3g", largest / smallest))),
                    tone: round && centred ? .good : .info,
                    values: values,
                    claims: [round ? .atMost("contour_axis_ratio", 1.1) : .atLeast("contour_axis_ratio", 1.1),
                             centred ? .atMost("largest_feature_mean", 0.1) : .atLeast("largest_feature_mean", 0.1)]))
            }
            var values: [String: Double] = [:]
            for candidate in Scaling.allCases {
                let key = candidate.rawValue.replacing("-", with: "_")
                if case .converged(let iterations)? = comparison[candidate] {
                    values["iterations_\(key)"] = Double(iterations)
                } else {
                    values["iterations_\(key)"] = .infinity
                }
            }
            findings.append(.descriptive(
                strings.scalesAtSameRate(Scaling.allCases.map { "\($0.rawValue) \(comparison[$0].map(describe) ?? "…")" }),
                values: values, because: "every scaling's iteration count at this α, side by side for the student to compare"))
            return findings
        }
    }
}
