import Foundation
import Testing
@testable import Course

@Suite struct CourseLoaderTests {
    @Test func loadsInManifestOrderInEachLanguage() throws {
        let dir = makeTemporaryDirectory()
        defer { removeTemporary(dir) }
        writeCourse(cleanCourseFiles(), in: dir)
        let en = try CourseLoader.load(directory: dir, language: .en)
        #expect(en.entries.map(\.id) == ["alpha", "beta"])
        #expect(en.problems.isEmpty)
        #expect(en.lessons.map(\.title) == ["Lesson alpha", "Lesson beta"])
        let zh = try CourseLoader.load(directory: dir, language: .zh)
        #expect(zh.lessons.map(\.title) == ["课程 alpha", "课程 beta"])
        #expect(zh.lessons.allSatisfy { $0.language == .zh })
        #expect(zh.entries.allSatisfy { !$0.isFallback && !$0.isBroken })
    }

    @Test func missingTranslationFallsBackToEnglish() throws {
        let dir = makeTemporaryDirectory()
        defer { removeTemporary(dir) }
        var files = cleanCourseFiles()
        files["zh/beta.md"] = nil
        writeCourse(files, in: dir)
        let course = try CourseLoader.load(directory: dir, language: .zh)
        let beta = try #require(course.entry(id: "beta"))
        #expect(beta.isFallback)
        #expect(beta.language == .en)
        #expect(beta.lesson?.title == "Lesson beta")
        #expect(course.entry(id: "alpha")?.isFallback == false)
        #expect(course.problems.count == 1)
        #expect(course.problems[0].message.contains("has no 中文 text; showing beta.md in English"))
    }

    @Test func brokenLessonIsListedWithItsErrorAndTheRestLoads() throws {
        let dir = makeTemporaryDirectory()
        defer { removeTemporary(dir) }
        var files = cleanCourseFiles()
        files["course.txt"] = "alpha\nbeta\nghost\n"
        files["en/alpha.md"] = fixtureLesson("alpha", .en).replacingOccurrences(of: "* two", with: "- two")
        writeCourse(files, in: dir)
        let course = try CourseLoader.load(directory: dir, language: .en)
        #expect(course.entries.map(\.id) == ["alpha", "beta", "ghost"])
        let alpha = try #require(course.entry(id: "alpha"))
        #expect(alpha.isBroken)
        #expect(alpha.title == "Lesson alpha")
        #expect(alpha.error?.line == 16)
        #expect(alpha.error?.message == "checkpoint 'pick' has no correct answer: mark the right choice with '* ' instead of '- '")
        #expect(course.entry(id: "beta")?.lesson != nil)
        let ghost = try #require(course.entry(id: "ghost"))
        #expect(ghost.isBroken)
        #expect(ghost.title == "ghost")
        #expect(ghost.error?.line == 3)
        #expect(ghost.error?.message == "lesson 'ghost' is listed in course.txt but has no file: create en/ghost.md or remove 'ghost' from course.txt")
        #expect(course.lessons.map(\.id) == ["beta"])
        #expect(course.problems.count == 2)
    }

    @Test func overlayReplacesAndAppends() throws {
        let base = makeTemporaryDirectory("base")
        let overlay = makeTemporaryDirectory("overlay")
        defer { removeTemporary(base); removeTemporary(overlay) }
        writeCourse(cleanCourseFiles(), in: base)
        writeCourse([
            "course.txt": "zeta\nbeta\ngamma\n",
            "en/beta.md": fixtureLesson("beta", .en).replacingOccurrences(of: "title: Lesson beta", with: "title: Instructor beta"),
            "en/gamma.md": fixtureLesson("gamma", .en),
            "zh/gamma.md": fixtureLesson("gamma", .zh),
            "en/zeta.md": fixtureLesson("zeta", .en),
        ], in: overlay)
        let course = try CourseLoader.load(directory: base, language: .zh, overlay: overlay)
        #expect(course.entries.map(\.id) == ["alpha", "beta", "zeta", "gamma"])
        #expect(course.entry(id: "alpha")?.isOverlay == false)
        let beta = try #require(course.entry(id: "beta"))
        #expect(beta.isOverlay)
        #expect(beta.title == "Instructor beta")
        #expect(beta.isFallback)
        #expect(course.entry(id: "gamma")?.lesson?.language == .zh)
    }

    @Test func overlayWithoutManifestUsesFileNameOrder() throws {
        let base = makeTemporaryDirectory("base")
        let overlay = makeTemporaryDirectory("overlay")
        defer { removeTemporary(base); removeTemporary(overlay) }
        writeCourse(cleanCourseFiles(), in: base)
        writeCourse(["en/zeta.md": fixtureLesson("zeta", .en), "en/gamma.md": fixtureLesson("gamma", .en)], in: overlay)
        let course = try CourseLoader.load(directory: base, language: .en, overlay: overlay)
        #expect(course.entries.map(\.id) == ["alpha", "beta", "gamma", "zeta"])
    }

    @Test func missingDirectoryOrManifestIsAClearError() throws {
        let dir = makeTemporaryDirectory()
        defer { removeTemporary(dir) }
        #expect(throws: CourseLoadError("\(dir.path) has no course.txt: it is not a course directory (a course has course.txt listing lesson ids, and en/<id>.md files)")) {
            try CourseLoader.load(directory: dir, language: .en)
        }
        let missing = dir.appendingPathComponent("nope")
        #expect(throws: CourseLoadError("the course directory \(missing.path) does not exist")) {
            try CourseLoader.load(directory: missing, language: .en)
        }
    }

    @Test func locatorSearchesInOrderAndListsThePlaces() throws {
        let dir = makeTemporaryDirectory()
        defer { removeTemporary(dir) }
        writeCourse(cleanCourseFiles(), in: dir.appendingPathComponent("Lessons"))
        // $DLTUTOR_LESSONS first.
        #expect(try CourseLocator.shippedCourse(environment: ["DLTUTOR_LESSONS": dir.appendingPathComponent("Lessons").path],
                                                executable: nil).path == dir.appendingPathComponent("Lessons").path)
        // An install: <prefix>/bin/dltutor with <prefix>/share/dltutor/Lessons.
        let prefix = dir.appendingPathComponent("prefix")
        writeCourse(["share/dltutor/Lessons/course.txt": "alpha\n"], in: prefix)
        let installed = try CourseLocator.shippedCourse(environment: [:], executable: prefix.appendingPathComponent("bin/dltutor"))
        #expect(installed.path == prefix.appendingPathComponent("share/dltutor/Lessons").path)
        // Next to the binary.
        #expect(try CourseLocator.shippedCourse(environment: [:], executable: dir.appendingPathComponent("dltutor")).path
                    == dir.appendingPathComponent("Lessons").path)
        // Otherwise the source tree (this is how `swift test` finds it from any directory).
        let source = try CourseLocator.shippedCourse(environment: [:], executable: nil)
        #expect(source.path == CourseLocator.sourceTreeLessons.path)
        #expect(FileManager.default.fileExists(atPath: source.appendingPathComponent("course.txt").path))
        // The message lists every place searched.
        let candidates = CourseLocator.candidates(environment: ["DLTUTOR_LESSONS": "/nowhere/a"], executable: URL(fileURLWithPath: "/nowhere/bin/dltutor"))
        #expect(candidates.map(\.path) == ["/nowhere/a", "/nowhere/share/dltutor/Lessons", "/nowhere/bin/Lessons", CourseLocator.sourceTreeLessons.path])
    }

    @Test func resumeTargetSurvivesReorderingAndRemovals() throws {
        let dir = makeTemporaryDirectory()
        defer { removeTemporary(dir) }
        writeCourse(cleanCourseFiles(), in: dir)
        var progress = StudentProgress()
        progress.setPosition(lesson: "alpha", page: "second")
        let course = try CourseLoader.load(directory: dir, language: .en)
        #expect(course.resumeTarget(for: progress)! == (0, 1))
        writeCourse(["course.txt": "beta\nalpha\n"], in: dir)
        let reordered = try CourseLoader.load(directory: dir, language: .en)
        #expect(reordered.resumeTarget(for: progress)! == (1, 1))
        progress.setPosition(lesson: "alpha", page: "gone")
        #expect(reordered.resumeTarget(for: progress)! == (1, 0))
        progress.setPosition(lesson: "gone", page: "first")
        #expect(reordered.resumeTarget(for: progress) == nil)
    }
}
