import Foundation
import Testing
@testable import Course

/// Course files as they arrive from other editors and other people: CRLF line ends, stray
/// control characters, broken UTF-8, unreadable files. Each loads, or fails with a message that
/// names the real problem and its line.
@Suite struct HostileFileTests {
    static func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }

    @Test func aCRLFCourseLoadsLikeItsUnixTwin() throws {
        let dir = makeTemporaryDirectory("crlf")
        defer { removeTemporary(dir) }
        writeCourse(cleanCourseFiles().mapValues(Self.crlf), in: dir)
        let course = try CourseLoader.load(directory: dir, language: .en)
        #expect(course.entries.map(\.id) == ["alpha", "beta"])
        #expect(course.problems.isEmpty, "\(course.problems)")
        let unix = makeTemporaryDirectory("unix")
        defer { removeTemporary(unix) }
        writeCourse(cleanCourseFiles(), in: unix)
        let twin = try CourseLoader.load(directory: unix, language: .en)
        #expect(course.lessons.map(\.pages) == twin.lessons.map(\.pages))
        #expect(CourseLinter.lint(directory: dir, catalog: fixtureCatalog).isEmpty)
    }

    @Test func aManifestThatListsNoLessonIsAnError() throws {
        let dir = makeTemporaryDirectory("empty")
        defer { removeTemporary(dir) }
        var files = cleanCourseFiles()
        files["course.txt"] = "# nothing here yet\n\n"
        writeCourse(files, in: dir)
        #expect(throws: CourseLoadError.self) { try CourseLoader.load(directory: dir, language: .en) }
        do {
            _ = try CourseLoader.load(directory: dir, language: .en)
        } catch {
            #expect(error.message.contains("course.txt lists no lessons"), "\(error.message)")
        }
        // A manifest whose every line is bad names the first bad line.
        files["course.txt"] = "Alpha Lesson\n"
        writeCourse(files, in: dir)
        do {
            _ = try CourseLoader.load(directory: dir, language: .en)
            Issue.record("a manifest of bad ids must not load as an empty course")
        } catch {
            #expect(error.message.contains("lists no lessons (line 1:"), "\(error.message)")
        }
    }

    @Test(arguments: [(0x00, "a NUL character (U+0000)"), (0x1B, "the control character U+001B"),
                      (0x07, "the control character U+0007"), (0x9B, "the control character U+009B"),
                      (0x0D, "a carriage return in mid-line (U+000D)")])
    func controlCharactersAreRejectedAtTheirLine(code: UInt32, name: String) throws {
        let bad = String(Character(Unicode.Scalar(code)!))
        let text = frontMatter() + "\n## Page {#page}\n\nFine text.\nText with \(bad)[31m inside.\n"
        let error = try #require(parseError(text))
        #expect(error.line == 10)
        #expect(error.message.contains(name), "\(error.message)")
        // Tabs are fine.
        #expect(parseError(frontMatter() + "\n## Page {#page}\n\n```\n\tindented code\n```\n") == nil)
    }

    @Test func invalidUTF8IsReportedAtItsLine() throws {
        let dir = makeTemporaryDirectory("utf8")
        defer { removeTemporary(dir) }
        let file = dir.appendingPathComponent("sample.md")
        var data = Data((frontMatter() + "\n## Page {#page}\n\nGood line.\nBad ").utf8)
        data.append(contentsOf: [0xC3, 0x28])
        data.append(contentsOf: Array(" line.\n".utf8))
        try data.write(to: file)
        do {
            _ = try LessonParser.parse(file: file, language: .en)
            Issue.record("invalid UTF-8 must not parse")
        } catch {
            #expect(error.line == 10)
            #expect(error.message.contains("not valid UTF-8"))
        }
    }

    @Test func unreadableFilesSayWhy() throws {
        guard getuid() != 0 else { return }  // root reads everything
        let dir = makeTemporaryDirectory("unreadable")
        defer {
            chmod(dir.appendingPathComponent("zh").path, 0o755)
            removeTemporary(dir)
        }
        writeCourse(cleanCourseFiles(), in: dir)
        chmod(dir.appendingPathComponent("en/alpha.md").path, 0o000)
        let course = try CourseLoader.load(directory: dir, language: .en)
        let alpha = try #require(course.entry(id: "alpha")?.error)
        #expect(alpha.message == "the file cannot be read: permission denied: check that it is readable", "\(alpha.message)")
        // A folder that cannot be searched is not "no file".
        chmod(dir.appendingPathComponent("zh").path, 0o000)
        let zh = try CourseLoader.load(directory: dir, language: .zh)
        let beta = try #require(zh.entry(id: "beta")?.error)
        #expect(beta.message.contains("permission denied"), "\(beta.message)")
        #expect(!zh.problems.contains { $0.message.contains("has no") }, "\(zh.problems)")
        let lint = CourseLinter.lint(directory: dir, catalog: fixtureCatalog)
        #expect(lint.contains { $0.message.contains("permission denied") }, "\(lint)")
        #expect(!lint.contains { $0.message.contains("missing translation") }, "\(lint)")
        #expect(!lint.contains { $0.message.contains("NSCocoaErrorDomain") }, "\(lint)")
    }

    @Test func aBrokenOverlayManifestIsListedAndTheCourseStillLoads() throws {
        let course = makeTemporaryDirectory("shipped")
        let overlay = makeTemporaryDirectory("overlay")
        defer { removeTemporary(course); removeTemporary(overlay) }
        writeCourse(cleanCourseFiles(), in: course)
        writeCourse(["en/gamma.md": fixtureLesson("gamma", .en)], in: overlay)
        try Data([0x61, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: overlay.appendingPathComponent("course.txt"))
        let loaded = try CourseLoader.load(directory: course, language: .en, overlay: overlay)
        #expect(loaded.lessons.map(\.id) == ["alpha", "beta"])
        let broken = try #require(loaded.entries.last)
        #expect(broken.isOverlay && broken.isBroken)
        #expect(broken.error?.message.contains("(line 2): the file is not valid UTF-8 text") == true, "\(String(describing: broken.error))")
    }
}
