import Classroom

/// A tutor's part in a classroom presentation: the presenter, or a follower of one.
///
/// A follower is *following* while the presenter is there and the student has not stepped out:
/// then its screen moves with the presenter's and the keys that would move it elsewhere are held
/// back. `f` steps out to explore and back in to rejoin. When the presenter is gone every key works.
public struct Classroom: Equatable, Sendable {
    public enum Role: Equatable, Sendable {
        case presenter
        case follower
    }

    /// Whether a follower's presenter is there.
    public enum PresenterStatus: Equatable, Sendable {
        /// Nothing read from the presenter yet.
        case waiting
        case present
        /// It quit, or stopped writing, or its process ended.
        case gone
    }

    public let role: Role
    public let name: String
    /// Presenter: runs started so far.
    public internal(set) var runCounter = 0
    /// Follower: the student stepped out to explore on their own.
    public internal(set) var exploring = false
    public internal(set) var presenter: PresenterStatus = .waiting
    /// Follower: the presenter's last state that could be used.
    public internal(set) var latest: PresentationState?
    /// Follower: the session and run counter last followed, to notice restarts and new runs.
    var followedSession: String?
    var followedRun: Int?
    /// Follower: updates refused so far (garbage, or not matching the course).
    public internal(set) var refusedUpdates = 0
    /// Follower: whether the host lets the presenter's runs start now (its CPU budget), whether
    /// one is held back until it does, and how many have started.
    public internal(set) var runPermission: RunPermission = .allowed
    public internal(set) var holdsRun = false
    public internal(set) var presentersRunsStarted = 0
    /// Presenter: the followers' latest answers, one per student (this session's, any page).
    public internal(set) var answers: [ClassAnswer] = []
    /// Presenter: the page (`lesson/page`) whose class answers are revealed to the followers; turning
    /// the page hides them again.
    public internal(set) var revealedPage: String?

    public init(role: Role, name: String) {
        self.role = role
        self.name = name
    }

    /// The follower's screen moves with the presenter's.
    public var isFollowing: Bool { role == .follower && !exploring && presenter == .present }
}
