import Foundation
import Localization
import Testing
@testable import Course

/// The glossary file: parsing, searching in either language, and the lint that keeps the Chinese
/// lessons on its terms.
@Suite struct GlossaryTests {
    static let sample = """
    # comment
    [kink]
    en: kink
    zh: 折点
    lesson: checking
    en-definition: A point without a derivative.
    zh-definition: 不可导的点。
    not-zh: 拐点

    [dev-set]
    en: dev set
    also-en: validation set
    zh: 开发集
    also-zh: 验证集
    lesson: checking
    en-definition: Held-out examples for choosing.
    zh-definition: 用来做选择的留出样本。
    """

    static let file = URL(fileURLWithPath: "/course/glossary.txt")

    @Test func parsesEntriesWithStableIds() {
        let (glossary, problems) = GlossaryParser.parse(Self.sample, file: Self.file)
        #expect(problems.isEmpty)
        #expect(glossary.entries.map(\.id) == ["kink", "dev-set"])
        #expect(glossary.entries[0].wrongChinese == ["拐点"])
        #expect(glossary.entries[1].otherChinese == ["验证集"])
        #expect(glossary.entries[1].line == 10)
        #expect(glossary.entries[1].heading(in: .zh) == "开发集 (dev set)，也叫 验证集")
        #expect(glossary.entries[1].heading(in: .en) == "dev set (开发集), also validation set")
    }

    @Test func searchMatchesEitherLanguageAnyCaseAnyPart() {
        let glossary = GlossaryParser.parse(Self.sample, file: Self.file).glossary
        #expect(glossary.search("折点").map(\.id) == ["kink"])
        #expect(glossary.search("KINK").map(\.id) == ["kink"])
        #expect(glossary.search("验证").map(\.id) == ["dev-set"])
        #expect(glossary.search("validation").map(\.id) == ["dev-set"])
        #expect(glossary.search("dev-set").map(\.id) == ["dev-set"])
        #expect(glossary.search("").count == 2)
        #expect(glossary.search("nothing like it").isEmpty)
        #expect(glossary.entry(named: "开发集")?.id == "dev-set")
    }

    @Test(arguments: [
        ("[Bad Id]\nen: x\n", "glossary id 'Bad Id' is not valid"),
        ("[a]\nen: x\nzh: 甲\nlesson: l\nen-definition: d\nzh-definition: 定义\n\n[a]\n", "glossary id 'a' is used twice (first at line 1)"),
        ("[a]\nen: x\n", "glossary entry 'a' has no zh, lesson, en-definition, zh-definition"),
        ("[a]\ncolour: red\n", "unknown glossary key 'colour'"),
        ("en: x\n", "'en:' comes before any entry"),
        ("[a]\njust words\n", "'just words' is not a 'key: value' line"),
        ("[a]\nen: x\nen: y\n", "'en' is given twice in entry 'a' (first at line 2)"),
    ])
    func mistakesAreNamedWithTheirLine(text: String, message: String) {
        let problems = GlossaryParser.parse(text, file: Self.file).problems
        #expect(problems.contains { $0.message.hasPrefix(message) }, "\(problems)")
        #expect(problems.allSatisfy { $0.line != nil })
    }

    /// A course whose Chinese lesson says 拐点 and never introduces 验证集: the linter names both.
    @Test func lintFindsWrongAndMissingTerms() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("glossary-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for language in ["en", "zh"] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(language), withIntermediateDirectories: true)
        }
        try "checking\n".write(to: directory.appendingPathComponent("course.txt"), atomically: true, encoding: .utf8)
        try Self.sample.write(to: directory.appendingPathComponent("glossary.txt"), atomically: true, encoding: .utf8)
        try "---\nid: checking\ntitle: C\n---\n\n## P {#p}\n\nA kink; the dev set.\n".write(
            to: directory.appendingPathComponent("en/checking.md"), atomically: true, encoding: .utf8)
        try "---\nid: checking\ntitle: 检\n---\n\n## 页 {#p}\n\n折点。开发集。\nReLU 的拐点。\n".write(
            to: directory.appendingPathComponent("zh/checking.md"), atomically: true, encoding: .utf8)
        let problems = GlossaryLinter.lint(directory: directory, lessonIDs: ["checking"])
        #expect(problems.contains { $0.line == 9 && $0.message.hasPrefix("'拐点' is not the term for kink: write '折点'") }, "\(problems)")
        #expect(problems.contains { $0.message.contains("never says '验证集'") }, "\(problems)")
        #expect(problems.contains { $0.message.contains("never says 'dev set'") } == false)
        #expect(problems.count == 2, "\(problems)")
    }

    /// The shipped glossary: every entry complete, ids unique, and the Chinese lessons on its
    /// terms (the whole lint runs in `ShippedCourseTests`; here the terms the issue named).
    @Test func shippedGlossaryHoldsTheCourseTerms() throws {
        let directory = try CourseLocator.shippedCourse(environment: [:], executable: nil)
        let glossary = try Glossary.load(directory: directory)
        #expect(glossary.entries.count >= 25)
        #expect(Set(glossary.entries.map(\.id)).count == glossary.entries.count)
        #expect(glossary.entry(named: "generalization")?.chinese == "泛化")
        #expect(glossary.entry(named: "kink")?.chinese == "折点")
        #expect(glossary.entry(named: "dev set")?.otherChinese.contains("验证集") == true)
        #expect(glossary.entry(named: "dropout")?.otherChinese.contains("丢弃法") == true)
        let manifest = try #require(try Manifest.load(directory: directory))
        #expect(GlossaryLinter.lint(directory: directory, lessonIDs: manifest.ids).isEmpty)
        for entry in glossary.entries {
            #expect(manifest.ids.contains(entry.lesson), "\(entry.id)")
            #expect(!entry.englishDefinition.isEmpty && !entry.chineseDefinition.isEmpty)
        }
        for id in manifest.ids {
            let chinese = try String(contentsOf: directory.appendingPathComponent("zh/\(id).md"), encoding: .utf8)
            #expect(!chinese.contains("推广"), "\(id)")
            #expect(!chinese.contains("拐点"), "\(id)")
        }
    }

    @Test func theCourseCarriesItsGlossary() throws {
        let course = try CourseLoader.loadShipped(language: .zh, environment: [:])
        #expect(course.glossary.entries.count >= 25)
    }
}
