import Foundation
import Testing
@testable import Course

/// The lesson parser is linear in the size of a lesson, and refuses files over the size limit.
///
/// Every lesson is parsed when the tutor starts, so a quadratic corner (a 100,000-item list took
/// 80 s, 20,000 lines of ` *a` 13 s) would stall it. The bounds below are generous (a debug build on
/// a loaded machine): the shapes that were quadratic now take a fraction of a second; quadratic
/// parsing would take minutes and fail.
@Suite struct LinearParsingTests {
    static let lines = 100_000
    static let bound: Duration = .seconds(10)

    /// Lesson bodies that used to be quadratic, each `lines` lines long, and whether they are
    /// valid (an error must come as fast as a lesson).
    static let shapes: [(name: String, body: String, valid: Bool)] = [
        ("a list of 100,000 items", String(repeating: "- an item of the list\n", count: lines), true),
        ("100,000 lines of ' *a' (one paragraph of unclosed stars)", String(repeating: " *a\n", count: lines), true),
        ("one item continued over 100,000 lines", "- item\n" + String(repeating: "  more *text `x` **y\n", count: lines), true),
        ("a paragraph of stars and unclosed backtick pairs", String(repeating: "*a ``b ` c\n", count: lines), false),
        ("an experiment with 100,000 presets", "```experiment fixture.curve\n"
            + (0..<lines).map { "knob\($0) = 1\n" }.joined() + "```\n", true),
        ("1,000 pages of 100 lines", (0..<1_000).map { page in
            "## Page \(page) {#page-\(page)}\n\n" + String(repeating: "Text with *emphasis* and `code`.\n", count: 98)
        }.joined(), true),
    ]

    @Test(arguments: 0..<shapes.count)
    func hugeLessonsParseInLinearTime(shape index: Int) throws {
        let (name, body, valid) = Self.shapes[index]
        let text = frontMatter() + (body.hasPrefix("##") ? "" : "\n## Page {#page}\n\n") + body
        let clock = ContinuousClock()
        var outcome: Result<Lesson, LessonError>?
        let elapsed = clock.measure { outcome = Result { () throws(LessonError) in try parse(text) } }
        if valid {
            #expect(throws: Never.self, "\(name) parses") { try outcome?.get() }
        } else {
            #expect(throws: LessonError.self, "\(name) is refused") { try outcome?.get() }
        }
        #expect(elapsed < Self.bound, "\(name): \(elapsed) (quadratic parsing takes minutes)")
    }

    @Test func aLessonOverTheSizeLimitIsRefusedWithItsSize() throws {
        let dir = makeTemporaryDirectory("limits")
        defer { removeTemporary(dir) }
        let file = dir.appendingPathComponent("en/big.md")
        let body = String(repeating: "Some text that fills the lesson.\n", count: FileSizeLimit.lesson / 33 + 10)
        writeCourse(["en/big.md": frontMatter("big") + "\n## Page {#page}\n\n" + body], in: dir)
        #expect(throws: LessonError.self) { try LessonParser.parse(file: file, language: .en) }
        do {
            _ = try LessonParser.parse(file: file, language: .en)
        } catch {
            #expect(error.line == 1)
            #expect(error.message.contains("4.0 MiB, over the limit of 4 MiB"), "\(error.message)")
        }
        // Just under the limit still loads.
        writeCourse(["en/big.md": frontMatter("big") + "\n## Page {#page}\n\n" + String(body.prefix(FileSizeLimit.lesson - 200))], in: dir)
        #expect(throws: Never.self) { try LessonParser.parse(file: file, language: .en) }
    }
}
