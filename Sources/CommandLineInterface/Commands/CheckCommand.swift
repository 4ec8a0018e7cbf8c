import ArgumentParser
import ExerciseCheck
import Experiments
import FoundationEssentials

/// `dltutor check -- COMMAND…`: gradient-checks the student's own program (Exercises/PROTOCOL.md) and
/// shows the result as the bug lab does, or with `--json` its numbers.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Gradient-check your own program's backprop against its own cost (see Exercises/PROTOCOL.md).",
        discussion: "Exit status: 0 the check passed, 1 it did not, 2 it could not run. Example: dltutor check -- python3 ex1_activations.py"
    )

    // `.unconditional`, so that a negative step reaches `validate` and its message instead of reading as an option.
    @Option(parsing: .unconditional, help: "The step of the two-sided difference (default \(ProgramCheck.defaultEpsilon)).")
    var epsilon: Double?

    @Option(help: "Seconds to wait for each answer of the program (default \(Int(ProgramCheck.defaultTimeout))).")
    var timeout: Double?

    @Flag(help: "Print the numbers behind the check as JSON (arrays, both gradients by name, differences, verdict).")
    var json = false

    @Argument(parsing: .postTerminator, help: ArgumentHelp("The program to check and its arguments, after --.", valueName: "command"))
    var program: [String] = []

    init() {}

    func validate() throws {
        guard !program.isEmpty else { throw ValidationError("name the program to check after --, e.g. dltutor check -- python3 ex1.py") }
        if let epsilon, !(epsilon > 0 && epsilon.isFinite) { throw ValidationError("--epsilon takes a positive number, not \(epsilon.formatted)") }
        if let timeout, !(timeout > 0 && timeout.isFinite) { throw ValidationError("--timeout takes a positive number of seconds, not \(timeout.formatted)") }
    }

    func run() throws {
        let result = try output(environment: ProcessInfo.processInfo.environment)
        try StandardOutput.write(result.text)
        if result.status != 0 { throw ExitCode(result.status) }
    }

    /// The text to print and the exit status: 0 passed, 1 did not pass; a check that could not run
    /// throws (status 2).
    func output(environment: [String: String]) throws(CommandFailure) -> (text: String, status: Int32) {
        let check = ProgramCheck(epsilon: epsilon ?? ProgramCheck.defaultEpsilon,
                                 timeout: timeout ?? ProgramCheck.defaultTimeout, environment: environment)
        let outcome: ProgramCheck.Outcome
        do {
            outcome = try check.run(program)
        } catch {
            throw CommandFailure("check: " + error.description, status: 2)
        }
        let frame: Frame
        let title: String
        switch outcome {
        case .network(let report):
            frame = report.frame
            title = "Gradient check of \(program.joined(separator: " ")) (ε = \(report.epsilon), \(report.costEvaluations) cost evaluations)"
        case .checker(let report):
            frame = report.frame
            title = "Check of the gradient checker \(program.joined(separator: " "))"
        }
        let status: Int32 = outcome.passed ? 0 : 1
        if json { return ((frame.details ?? .null).serialized(indent: 2), status) }
        return (FrameText.render(frame, title: title, ascii: false, width: 80, height: 24), status)
    }
}

extension Double {
    /// -1 rather than -1.0, for messages that quote what the student typed.
    fileprivate var formatted: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
