/// Why talking to the student's program failed, in words that say what was expected.
///
/// Protocol mistakes name the request, the array and what was expected; the program's own stderr is
/// added by `ProgramCheckError` when shown.
public enum ProgramFailure: Error, Sendable, Hashable, CustomStringConvertible {
    case cannotStart(command: [String], reason: String)
    case cannotTalk(reason: String)
    /// The program ended (or closed its stdout) instead of answering.
    case exited(status: ProgramExit?, stdoutRest: String)
    case timedOut(seconds: Double)
    case lineTooLong(limit: Int, start: String)
    /// The line is not JSON; `line` is its first 200 characters.
    case notJSON(request: String, line: String, reason: String)
    /// The program answered `{"error": …}`.
    case programError(request: String, message: String)
    /// The response is JSON but not what the protocol asks for.
    case badResponse(request: String, problem: String)

    public var description: String {
        switch self {
        case .cannotStart(let command, let reason):
            return "cannot start \(command.first.map { "'\($0)'" } ?? "the program"): \(reason)"
        case .cannotTalk(let reason):
            return "cannot talk to the program: \(reason)"
        case .exited(let status, let rest):
            let how = status.map { "the program \($0) before answering" } ?? "the program closed its stdout before answering"
            return rest.isEmpty ? how : how + "; its stdout ended with: \(ProgramFailure.quoted(rest))"
        case .timedOut(let seconds):
            return "the program did not answer within \(ProgramFailure.seconds(seconds)) "
                + "(set another limit with --timeout SECONDS; is it waiting for something else, or in an endless loop?)"
        case .lineTooLong(let limit, let start):
            return "the program wrote more than \(limit >> 20) MB without a newline; one response is one line. It began: \(ProgramFailure.quoted(start))"
        case .notJSON(let request, let line, let reason):
            return "the answer to \(request) is not a line of JSON (\(reason)): \(ProgramFailure.quoted(line)). "
                + "Print only protocol responses on stdout; debugging output belongs on stderr"
        case .programError(let request, let message):
            return "the program answered \(request) with an error: \(message)"
        case .badResponse(let request, let problem):
            return "the answer to \(request) \(problem)"
        }
    }

    /// At most 200 characters, quoted.
    static func quoted(_ text: String) -> String {
        let cut = text.count > 200 ? String(text.prefix(200)) + "…" : text
        return "\"" + cut + "\""
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
