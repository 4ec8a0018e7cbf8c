import FoundationEssentials
import TextSupport

/// The outcome of a gradient check: overall, per named segment, and the worst components.
public struct GradientCheckReport: Sendable, Hashable {
    /// dθ from backpropagation (with any planted bugs).
    public let analytic: ParameterVector
    /// dθ from finite differences.
    public let numeric: ParameterVector
    /// J(θ) including the penalty.
    public let cost: Double
    /// The dropout masks of the analytic gradient (one `units × m` 0/1 matrix per hidden layer, nil for the
    /// output), so another tool can recompute the check with the same mask; nil without dropout.
    public let dropoutMasks: DropoutMasks?
    public let epsilon: Double
    public let method: GradientCheck.Method
    /// ‖numeric − analytic‖₂ / (‖numeric‖₂ + ‖analytic‖₂) over all of θ.
    public let relativeDifference: Double
    /// Components whose finite difference cannot be compared with backprop (a kink within ±ε, or a
    /// difference that changes with the step), in θ's order, with the reason.
    public let setAside: [SetAsideComponent]
    /// The relative difference over every component but those set aside (equal to
    /// `relativeDifference` when there are none): what the verdict is given on.
    public let relativeDifferenceWithoutSetAside: Double
    /// How many components' costs bend within ±ε/2 (a kink inside the step), set aside or not.
    public let bendingCount: Int
    /// How many components the verdict cannot lean on: set aside as a kink or unstable, or on a cost
    /// that bends within the step (more than a tenth makes the check inconclusive).
    public let untrustedCount: Int
    /// The overall verdict on the components not set aside; `.inconclusive` when more than a tenth
    /// were set aside or bend; `.notMeaningful` when dropout masks changed between evaluations.
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

    /// `doubts` are the components set aside, by index in θ, with the reason; `bending` those whose
    /// cost bends within the step.
    init(analytic: ParameterVector, numeric: ParameterVector, cost: Double, epsilon: Double, method: GradientCheck.Method,
         doubts: [Int: FiniteDifferenceDoubt], bending: Set<Int>,
         isMeaningful: Bool, warnings: [String], worstCount: Int, costEvaluations: Int, bugs: [PlantedBug],
         dropoutMasks: DropoutMasks? = nil) {
        self.dropoutMasks = dropoutMasks
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
        setAside = doubts.keys.sorted().map { k in
            SetAsideComponent(component: ComponentDifference(index: k, name: analytic.componentName(k),
                                                             segment: analytic.segment(containing: k)?.name ?? "?",
                                                             analytic: analytic.values[k], numeric: numeric.values[k]),
                              reason: doubts[k]!)
        }
        let trusted = { (range: Range<Int>) in range.filter { doubts[$0] == nil } }
        // Components the verdict cannot lean on: set aside, or on a cost that bends within the step.
        let untrusted = { (range: Range<Int>) in
            range.filter { (doubts[$0] != nil && doubts[$0] != .rounding) || bending.contains($0) }.count
        }
        bendingCount = bending.count
        untrustedCount = untrusted(analytic.values.indices)
        relativeDifferenceWithoutSetAside = GradientCheckReport.relativeDifference(numeric.values, analytic.values,
                                                                                   at: trusted(analytic.values.indices))
        verdict = GradientCheckVerdict(relativeDifference: relativeDifferenceWithoutSetAside, isMeaningful: isMeaningful,
                                       untrusted: untrusted(analytic.values.indices), of: analytic.count)
        let verdict = self.verdict
        segments = analytic.segments.map { s in
            let d = GradientCheckReport.relativeDifference(numeric.values[s.range], analytic.values[s.range])
            let kept = trusted(s.range)
            let withoutSetAside = GradientCheckReport.relativeDifference(numeric.values, analytic.values, at: kept)
            return SegmentCheck(name: s.name, relativeDifference: d, relativeDifferenceWithoutSetAside: withoutSetAside,
                                setAsideCount: s.range.count - kept.count,
                                verdict: GradientCheckVerdict(relativeDifference: withoutSetAside, isMeaningful: isMeaningful,
                                                              untrusted: untrusted(s.range), of: s.range.count)
                                    .within(verdict),
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
        relativeDifference(zip(a, b))
    }

    /// The relative difference over the components at `indices` only.
    public static func relativeDifference(_ a: [Double], _ b: [Double], at indices: [Int]) -> Double {
        relativeDifference(indices.lazy.map { (a[$0], b[$0]) })
    }

    private static func relativeDifference(_ pairs: some Sequence<(Double, Double)>) -> Double {
        var difference = 0.0, normA = 0.0, normB = 0.0
        for (x, y) in pairs {
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
            lines.append("  \(s.name.paddedRight(to: 4)) \(GradientCheckReport.format(s.relativeDifference))  \(s.verdict.label)")
        }
        for c in worstComponents {
            lines.append("  worst \(c.name): backprop \(c.analytic), numeric \(c.numeric)")
        }
        if !setAside.isEmpty {
            let count = { (reason: FiniteDifferenceDoubt) in self.setAside.filter { $0.reason == reason }.count }
            lines.append("  set aside: \(count(.kink)) at a kink of the cost, \(count(.unstable)) unstable between ε and ε/2, "
                + "\(count(.rounding)) within rounding (\(bendingCount) bend within the step); "
                + "without them \(GradientCheckReport.format(relativeDifferenceWithoutSetAside))")
        }
        lines.append(contentsOf: warnings.map { "  warning: \($0)" })
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String { String(printf: "%.2e", value) }
}

/// The comparison for one named segment (W1, b1, …).
public struct SegmentCheck: Sendable, Hashable {
    public var name: String
    /// ‖approx − analytic‖₂ / (‖approx‖₂ + ‖analytic‖₂) over this segment only.
    public var relativeDifference: Double
    /// The same over the segment's components not set aside, and how many were.
    public var relativeDifferenceWithoutSetAside: Double
    public var setAsideCount: Int
    /// Given on the components not set aside.
    public var verdict: GradientCheckVerdict
    public var parameterCount: Int
}

/// A component whose finite difference cannot be compared with backprop, and why.
public struct SetAsideComponent: Sendable, Hashable {
    public var component: ComponentDifference
    public var reason: FiniteDifferenceDoubt
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
