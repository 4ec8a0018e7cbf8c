import Course
import Testing
import TextCharts
@testable import TutorApp

/// The shipped Chinese lessons as the tutor lays them out, at every width from 40 to 200.
@Suite struct ChineseLessonTypesettingTests {
    static let closing: Set<Character> = ["。", "，", "、", "；", "：", "？", "！", "）", "」", "』", "》", "】", "〉", "…", "”", "’",
                                          ",", ".", ";", ":", "?", "!", ")", "]", "}", "%"]
    static let opening: Set<Character> = ["（", "「", "『", "《", "【", "〈", "“", "‘", "(", "[", "{"]

    static let course = try! CourseLoader.loadShipped(language: .zh)
    static let words = course.glossary.chineseWords
    static let wordCharacters = Set(words.flatMap { $0 })
    /// Every way to cut a term in two: (head, tail).
    static let cuts: [(String, String)] = words.flatMap { word in
        (1..<word.count).map { (String(word.prefix($0)), String(word.dropFirst($0))) }
    }

    static let lessonIDs = ["train-dev-test", "bias-variance", "regularization", "early-stopping-augmentation", "dropout",
                            "normalization", "initialization", "gradient-checking", "debugging"]

    /// The cases below are the whole course, every lesson in Chinese.
    @Test func everyLessonIsChecked() {
        #expect(Self.course.lessons.map(\.id) == Self.lessonIDs)
        #expect(Self.course.lessons.allSatisfy { $0.language == .zh })
    }

    /// One case per lesson, so the lessons are checked in parallel.
    @Test(arguments: lessonIDs)
    func noWrappedLineStartsWithClosingPunctuation(lessonID: String) throws {
        var checked = 0
        for lesson in Self.course.lessons where lesson.id == lessonID {
            for page in lesson.pages {
                for width in 40...200 {
                    let lines = PageText.lines(for: page.blocks, width: width, options: RenderOptions(), keepingWhole: Self.words)
                    for (lineIndex, line) in lines.enumerated() {
                        let text = line.map(\.text).joined()
                        // List items hang under their marker: the text starts after the indent.
                        let body = text.drop { $0 == " " || $0 == "•" }
                        checked += 1
                        #expect(!(body.first.map(Self.closing.contains) ?? false),
                                "\(lesson.id)/\(page.id) at width \(width) starts with closing punctuation: \(text)")
                        #expect(!(text.last.map(Self.opening.contains) ?? false),
                                "\(lesson.id)/\(page.id) at width \(width) ends with opening punctuation: \(text)")
                        #expect(DisplayWidth.of(text) <= width)
                        // No glossary term is cut between this line and the next.
                        if lineIndex + 1 < lines.count, let last = text.last, Self.wordCharacters.contains(last) {
                            let next = lines[lineIndex + 1].map(\.text).joined().drop { $0 == " " }
                            for (head, tail) in Self.cuts where text.hasSuffix(head) && next.hasPrefix(tail) {
                                Issue.record("\(lesson.id)/\(page.id) at width \(width) splits \(head + tail): \(text) / \(next)")
                            }
                        }
                    }
                }
            }
        }
        #expect(checked > 1_000)
    }
}
