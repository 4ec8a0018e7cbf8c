import Course
import Experiments
import Foundation
import TutorApp

/// `dltutor lint [DIR]`: checks a course directory (default: the shipped course) and prints one
/// `file:line: message` per problem. Exit status 1 when anything is wrong, so CI can run it.
enum LintCommand {
    static func run(directory: String?, environment: [String: String]) -> (output: String, status: Int32) {
        let target: URL
        if let directory {
            target = URL(fileURLWithPath: directory)
        } else {
            do {
                target = try CourseLocator.shippedCourse(environment: environment)
            } catch {
                return (error.description, 2)
            }
        }
        let problems = CourseLinter.lint(directory: target, catalog: LessonCatalog(ExperimentCatalog.all))
        if problems.isEmpty {
            return ("\(target.path): no problems", 0)
        }
        return (CourseLinter.report(problems), CourseLinter.exitCode(for: problems))
    }
}
