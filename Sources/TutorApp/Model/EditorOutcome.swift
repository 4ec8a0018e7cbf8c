/// How the student's editor session ended (`Message.editorFinished`).
public enum EditorOutcome: Equatable, Sendable {
    /// It ran and exited with this status (128 + N when killed by signal N).
    case exited(Int32)
    /// Neither `$VISUAL` nor `$EDITOR` is set and no fallback editor is on `PATH`.
    case notFound
    /// It could not be started: the system's reason.
    case couldNotStart(String)
}
