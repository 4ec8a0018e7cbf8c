/// What the follower's host learned about the presentation it follows.
public enum PresentationEvent: Equatable, Sendable {
    /// The presenter wrote a new, well-formed state (its `owner` filled in from the file system).
    case update(PresentationState)
    /// The file changed but could not be used (not JSON, missing fields, too large…).
    case unreadable(String)
    /// The presenter is not there: its file is gone, or it stopped writing, or its process ended.
    case gone(PresenterAbsence)
}
