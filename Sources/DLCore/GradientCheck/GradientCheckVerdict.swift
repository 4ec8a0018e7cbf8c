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

    /// One or two words for tables: "great", "look closer", "bug", "not meaningful".
    public var label: String {
        switch self {
        case .great: "great"
        case .lookCloser: "look closer"
        case .bug: "bug"
        case .notMeaningful: "not meaningful"
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
