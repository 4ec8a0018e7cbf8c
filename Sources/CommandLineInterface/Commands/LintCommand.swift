import ArgumentParser
import Course
import Experiments
import FoundationEssentials
import TutorApp

/// `dltutor lint [DIR]`: checks a course directory (default: the shipped course) and prints one
/// `file:line: message` per problem. Exit status 1 when anything is wrong, so CI can run it.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a course directory (default: the shipped course); exit 1 when anything is wrong."
    )

    @Argument(help: "The course directory (with course.txt).", completion: .directory)
    var directory: String?

    init() {}

    func run() throws {
        let result = try Self.lint(directory: directory, environment: ProcessInfo.processInfo.environment)
        try StandardOutput.write(result.output)
        if result.status != 0 { throw ExitCode(result.status) }
    }

    static func lint(directory: String?, environment: [String: String]) throws(CommandFailure) -> (output: String, status: Int32) {
        let target: URL
        if let directory {
            target = URL(fileURLWithPath: directory)
        } else {
            do {
                target = try CourseLocator.shippedCourse(environment: environment)
            } catch {
                throw CommandFailure(error.description, status: 2)
            }
        }
        let problems = CourseLinter.lint(directory: target, catalog: LessonCatalog.shipped(environment: ProcessInfo.processInfo.environment))
        if problems.isEmpty {
            return ("\(target.path): no problems", 0)
        }
        return (CourseLinter.report(problems), CourseLinter.exitCode(for: problems))
    }
}
