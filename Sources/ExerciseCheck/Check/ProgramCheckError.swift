/// A check that could not be completed: what went wrong talking to the program, and the last lines
/// of its stderr (the student's own output, which usually says why).
public struct ProgramCheckError: Error, Sendable, CustomStringConvertible {
    public let failure: ProgramFailure
    public let stderrTail: [String]

    public var description: String {
        var text = failure.description
        if !stderrTail.isEmpty {
            text += "\nthe last lines of its stderr:\n" + stderrTail.map { "  | " + $0 }.joined(separator: "\n")
        }
        return text
    }
}
