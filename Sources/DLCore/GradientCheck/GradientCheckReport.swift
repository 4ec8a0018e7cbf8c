import Foundation

/// The outcome of a gradient check: overall, per named segment, and the worst components.
public struct GradientCheckReport: Sendable, Hashable {
    /// dθ from backpropagation (with any planted bugs).
    public let analytic: ParameterVector
    /// dθ from finite differences.
    public let numeric: ParameterVector
    /// J(θ) including the penalty.
    public let cost: Double
    public let epsilon: Double
    public let method: GradientCheck.Method
    /// ‖numeric − analytic‖₂ / (‖numeric‖₂ + ‖analytic‖₂) over all of θ.
    public let relativeDifference: Double
    /// The overall verdict (`.notMeaningful` when dropout masks changed between evaluations).
    public let verdict: GradientCheckVerdict
    /// One entry per segment, in θ's order (W1, b1, W2, …).
    public let segments: [SegmentCheck]
    /// The components with the largest absolute difference, worst first.
    public let worstComponents: [ComponentDifference]
    public let isMeaningful: Bool
    public let warnings: [String]
    /// How many times the cost was evaluated.
    public let costEvaluations: Int
    public let bugs: [PlantedBug]

    init(analytic: ParameterVector, numeric: ParameterVector, cost: Double, epsilon: Double, method: GradientCheck.Method,
         isMeaningful: Bool, warnings: [String], worstCount: Int, costEvaluations: Int, bugs: [PlantedBug]) {
        self.analytic = analytic
        self.numeric = numeric
        self.cost = cost
        self.epsilon = epsilon
        self.method = method
        self.isMeaningful = isMeaningful
        self.warnings = warnings
        self.costEvaluations = costEvaluations
        self.bugs = bugs
        relativeDifference = GradientCheckReport.relativeDifference(numeric.values[...], analytic.values[...])
        verdict = isMeaningful ? GradientCheckVerdict(relativeDifference: relativeDifference) : .notMeaningful
        segments = analytic.segments.map { s in
            let d = GradientCheckReport.relativeDifference(numeric.values[s.range], analytic.values[s.range])
            return SegmentCheck(name: s.name, relativeDifference: d,
                                verdict: isMeaningful ? GradientCheckVerdict(relativeDifference: d) : .notMeaningful,
                                parameterCount: s.range.count)
        }
        let order = analytic.values.indices.sorted {
            let a = abs(analytic.values[$0] - numeric.values[$0]), b = abs(analytic.values[$1] - numeric.values[$1])
            return a != b ? a > b : $0 < $1
        }
        worstComponents = order.prefix(worstCount).map { k in
            ComponentDifference(index: k, name: analytic.componentName(k), segment: analytic.segment(containing: k)?.name ?? "?",
                                analytic: analytic.values[k], numeric: numeric.values[k])
        }
    }

    /// ‖a − b‖₂ / (‖a‖₂ + ‖b‖₂); 0 when both are zero.
    public static func relativeDifference(_ a: ArraySlice<Double>, _ b: ArraySlice<Double>) -> Double {
        var difference = 0.0, normA = 0.0, normB = 0.0
        for (x, y) in zip(a, b) {
            difference += (x - y) * (x - y)
            normA += x * x
            normB += y * y
        }
        let denominator = normA.squareRoot() + normB.squareRoot()
        return denominator == 0 ? 0 : difference.squareRoot() / denominator
    }

    /// The check for one segment by name.
    public func segment(named name: String) -> SegmentCheck? { segments.first { $0.name == name } }

    /// The segment that disagrees most.
    public var worstSegment: SegmentCheck? { segments.max { $0.relativeDifference < $1.relativeDifference } }

    /// A few lines for a screen or a log.
    public var summary: String {
        var lines = ["gradient check (\(method == .twoSided ? "two-sided" : "one-sided"), ε = \(epsilon)): "
            + "relative difference \(GradientCheckReport.format(relativeDifference)) — \(verdict)"]
        for s in segments {
            lines.append("  \(s.name.padding(toLength: 4, withPad: " ", startingAt: 0)) \(GradientCheckReport.format(s.relativeDifference))  \(s.verdict.label)")
        }
        for c in worstComponents {
            lines.append("  worst \(c.name): backprop \(c.analytic), numeric \(c.numeric)")
        }
        lines.append(contentsOf: warnings.map { "  warning: \($0)" })
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String { String(format: "%.2e", value) }
}

/// The comparison for one named segment (W1, b1, …).
public struct SegmentCheck: Sendable, Hashable {
    public var name: String
    /// ‖approx − analytic‖₂ / (‖approx‖₂ + ‖analytic‖₂) over this segment only.
    public var relativeDifference: Double
    public var verdict: GradientCheckVerdict
    public var parameterCount: Int
}

/// One component of θ where the two gradients disagree most.
public struct ComponentDifference: Sendable, Hashable {
    /// Index in θ.
    public var index: Int
    /// e.g. "W2[3, 0]".
    public var name: String
    public var segment: String
    /// From backpropagation.
    public var analytic: Double
    /// From finite differences.
    public var numeric: Double
    public var absoluteDifference: Double { abs(analytic - numeric) }
}

extension Network {
    /// A gradient check of this network on `(x, y)` with the given settings.
    public func gradientCheck(_ x: Matrix, _ y: Matrix, settings: GradientCheck = GradientCheck()) throws -> GradientCheckReport {
        try settings.run(network: self, x: x, y: y)
    }
}
