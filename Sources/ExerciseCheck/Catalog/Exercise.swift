/// One starter exercise: a file the student fills in, and the line saying what to implement.
public struct Exercise: Sendable, Hashable {
    /// The file's name without ".py", e.g. "ex1_activation_backward".
    public var id: String
    /// The file's name, e.g. "ex1_activation_backward.py".
    public var file: String
    /// The first line of the file's docstring: "Exercise 1: implement relu_backward and …".
    public var summary: String
    public init(id: String, file: String, summary: String) {
        self.id = id
        self.file = file
        self.summary = summary
    }

    /// The command that checks it, from the exercise's folder.
    public var checkCommand: String { "dltutor check -- python3 \(file)" }
}
