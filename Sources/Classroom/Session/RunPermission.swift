/// Whether a follower may start the run its presenter asked for now.
public enum RunPermission: Equatable, Sendable {
    case allowed
    /// Too soon after the last one: it starts when the interval is over.
    case tooSoon
    /// The presenter's runs used the follower's CPU allowance for this minute.
    case overBudget(usedSeconds: Double, limitSeconds: Double)
}
