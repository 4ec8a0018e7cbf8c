/// Why a follower's presenter is not there.
public enum PresenterAbsence: Equatable, Sendable {
    /// No file: the presenter quit (or has not started yet).
    case noFile
    /// The file was not rewritten for a while, its heartbeat is in the future, or the process
    /// that wrote it is not a process of the file's owner (it ended, or the pid was made up).
    case stale
    /// The only file under the name belongs to someone this follower does not trust.
    case notTrusted(owner: String)
    /// Following over the web: the server could not be reached or answered with an error.
    case unreachable(String)
}
