/// Presenting to or following a class (see Classroom/).
enum ClassroomOption: Equatable, Sendable {
    case present(name: String)
    /// nil: list the live presentations and ask.
    case follow(name: String?)
}
