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
    /// More than a tenth of the components had to be set aside or sit on a cost that bends within
    /// the step (their finite differences cross kinks or change with the step): at this ε the check
    /// cannot tell.
    case inconclusive

    /// More than this share of components untrusted makes a check inconclusive.
    public static let inconclusiveShare = 0.1

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

    /// The verdict on a difference measured away from `untrusted` of `count` components (set aside, or
    /// on a cost that bends within the step).
    public init(relativeDifference d: Double, isMeaningful: Bool, untrusted: Int, of count: Int) {
        if !isMeaningful {
            self = .notMeaningful
        } else if count > 0 && Double(untrusted) > GradientCheckVerdict.inconclusiveShare * Double(count) {
            self = .inconclusive
        } else {
            self.init(relativeDifference: d)
        }
    }

    /// A segment's verdict inside a check with `overall`: when the whole check cannot tell, no segment
    /// of it is convicted on its own (its few trusted components sit among kinks too).
    public func within(_ overall: GradientCheckVerdict) -> GradientCheckVerdict {
        overall == .inconclusive && self == .bug ? .inconclusive : self
    }

    /// One or two words for tables: "great", "look closer", "bug", "not meaningful".
    public var label: String {
        switch self {
        case .great: "great"
        case .lookCloser: "look closer"
        case .bug: "bug"
        case .notMeaningful: "not meaningful"
        case .inconclusive: "inconclusive"
        }
    }

    public var description: String {
        switch self {
        case .great: "great: the backward pass agrees with the numeric gradient"
        case .lookCloser: "look closer: probably fine, check the worst components"
        case .bug: "bug: the backward pass disagrees with the numeric gradient"
        case .notMeaningful: "not meaningful: dropout changes the network between evaluations"
        case .inconclusive: "inconclusive: at this ε the finite differences cross kinks or change with the step"
        }
    }
}
