import Experiments
import Foundation
import Localization
import Testing
import TutorApp
@testable import Course

/// The course that ships with dltutor must lint clean in both languages: every experiment id a
/// lesson names must exist, every knob value must be valid, translations must match.
@Suite struct ShippedCourseTests {
    @Test func shippedCourseLintsClean() throws {
        let directory = try CourseLocator.shippedCourse(environment: [:], executable: nil)
        let problems = CourseLinter.lint(directory: directory, catalog: LessonCatalog.shipped(environment: [:]))
        // Prints the `dltutor lint` report, one problem per line, when this fails.
        #expect(problems.count == 0, "\n\(CourseLinter.report(problems))")
    }

    @Test(arguments: Language.allCases)
    func shippedCourseLoadsWithoutBrokenLessons(language: Language) throws {
        let course = try CourseLoader.loadShipped(language: language, environment: [:])
        #expect(!course.entries.isEmpty)
        for entry in course.entries {
            #expect(entry.error == nil, "\(entry.error.map(\.description) ?? "")")
        }
    }

    /// Unknown experiment ids are reported by `shippedCourseLintsClean`; here every embed whose
    /// experiment exists must start from valid settings, in both languages, the way the tutor
    /// will build them.
    @Test(arguments: Language.allCases)
    func embeddedPresetsMakeValidSettings(language: Language) throws {
        let course = try CourseLoader.loadShipped(language: language, environment: [:])
        for lesson in course.lessons {
            for page in lesson.pages {
                guard let embed = page.experiment, ExperimentCatalog.experiment(id: embed.experimentID) != nil else { continue }
                #expect(throws: Never.self, "\(lesson.id)/\(page.id)") { _ = try embed.resolve(in: LessonCatalog(ExperimentCatalog.all)) }
            }
        }
    }
}
