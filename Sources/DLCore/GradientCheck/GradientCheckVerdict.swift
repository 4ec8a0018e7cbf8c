/// What a relative difference means, by the thresholds the course teaches.
public enum GradientCheckVerdict: Sendable, Hashable, CustomStringConvertible, Comparable {
    /// Below 1e-6 (around 1e-7 or smaller): the backward pass is right.
    case great
    /// Between 1e-6 and 1e-3 (around 1e-5): probably fine, but look at the worst components.
    case lookCloser
    /// 1e-3 or more: there is almost certainly a bug.
    case bug
    /// Dropout was on with a fresh mask per evaluation: the numbers compare different networks.
    case notMeaningful

    /// Differences below this are great.
    public static let greatBelow = 1e-6
    /// Differences at or above this are a bug.
    public static let bugAtOrAbove = 1e-3

    public init(relativeDifference d: Double) {
        if !d.isFinite || d >= GradientCheckVerdict.bugAtOrAbove {
            self = .bug
        } else if d < GradientCheckVerdict.greatBelow {
            self = .great
        } else {
            self = .lookCloser
        }
    }

    public var description: String {
        switch self {
        case .great: "great: the backward pass agrees with the numeric gradient"
        case .lookCloser: "look closer: probably fine, check the worst components"
        case .bug: "bug: the backward pass disagrees with the numeric gradient"
        case .notMeaningful: "not meaningful: dropout changes the network between evaluations"
        }
    }
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
