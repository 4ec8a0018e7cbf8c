/// Presenting to or following a class (see the Classroom target).
enum ClassroomOption: Equatable, Sendable {
    /// `publish`: `--publish DIR`, a directory a web server serves.
    case present(name: String, publish: String? = nil)
    /// `--follow URL`: a presentation served by a web server.
    case followURL(String)
    /// nil: list the live presentations and ask. `presenter`: `--follow NAME@USER`, follow only USER's.
    case follow(name: String?, presenter: String? = nil)
}
