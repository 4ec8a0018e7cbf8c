/// Presenting to or following a class (see the Classroom target).
enum ClassroomOption: Equatable, Sendable {
    case present(name: String)
    /// nil: list the live presentations and ask. `presenter`: `--follow NAME@USER`, follow only USER's.
    case follow(name: String?, presenter: String? = nil)
}
