/// Where a key is pressed: the same key may do different things in each.
public enum KeyContext: Equatable, Sendable, CaseIterable {
    /// The lesson list.
    case overview
    /// A lesson page, with the focus on its text.
    case page
    /// A lesson page, with the focus on the experiment's knobs.
    case knobs
    /// A lesson page, with the focus on one of its checkpoints.
    case checkpoint
    /// The help overlay.
    case help
    /// A follower's own keys, on top of the others.
    case following
}
