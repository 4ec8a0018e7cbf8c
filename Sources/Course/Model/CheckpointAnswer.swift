/// What a student answered to a checkpoint; saved in progress so the tutor can show it again.
public enum CheckpointAnswer: Sendable, Hashable, Codable {
    /// The index (0-based) of the chosen option.
    case choice(Int)
    case number(Double)
}
