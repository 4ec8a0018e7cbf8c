import Course
import Testing
import TextCharts
@testable import TutorApp

/// The shipped Chinese lessons as the tutor lays them out, at every width from 40 to 200.
@Suite struct ChineseLessonTypesettingTests {
    static let closing: Set<Character> = ["。", "，", "、", "；", "：", "？", "！", "）", "」", "』", "》", "】", "〉", "…", "”", "’",
                                          ",", ".", ";", ":", "?", "!", ")", "]", "}", "%"]
    static let opening: Set<Character> = ["（", "「", "『", "《", "【", "〈", "“", "‘", "(", "[", "{"]

    @Test func noWrappedLineStartsWithClosingPunctuation() throws {
        let course = try CourseLoader.loadShipped(language: .zh)
        #expect(course.lessons.count >= 9)
        var checked = 0
        for lesson in course.lessons {
            for page in lesson.pages {
                for width in 40...200 {
                    let lines = PageText.lines(for: page.blocks, width: width, options: RenderOptions())
                    for line in lines {
                        let text = line.map(\.text).joined()
                        // List items hang under their marker: the text starts after the indent.
                        let body = text.drop { $0 == " " || $0 == "•" }
                        checked += 1
                        #expect(!(body.first.map(Self.closing.contains) ?? false),
                                "\(lesson.id)/\(page.id) at width \(width) starts with closing punctuation: \(text)")
                        #expect(!(text.last.map(Self.opening.contains) ?? false),
                                "\(lesson.id)/\(page.id) at width \(width) ends with opening punctuation: \(text)")
                        #expect(DisplayWidth.of(text) <= width)
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }
}
