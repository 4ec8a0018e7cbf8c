import ExerciseCheck
import Experiments
import Foundation

/// `dltutor check -- COMMAND…`: gradient-checks the student's own program (Exercises/PROTOCOL.md) and
/// shows the result as the bug lab does, or with `--json` its numbers.
enum CheckCommand {
    /// The text to print and the exit status: 0 passed, 1 did not pass, 2 the check could not run.
    static func run(_ arguments: Arguments, program: [String], environment: [String: String]) -> (output: String, status: Int32) {
        let check = ProgramCheck(epsilon: arguments.epsilon ?? ProgramCheck.defaultEpsilon,
                                 timeout: arguments.timeout ?? ProgramCheck.defaultTimeout, environment: environment)
        let outcome: ProgramCheck.Outcome
        do {
            outcome = try check.run(program)
        } catch {
            return ("check: " + error.description, 2)
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
        if arguments.json { return ((frame.details ?? .null).serialized(indent: 2), status) }
        return (FrameText.render(frame, title: title, arguments: arguments), status)
    }
}
