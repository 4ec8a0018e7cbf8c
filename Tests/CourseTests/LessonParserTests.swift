import Foundation
import Testing
@testable import Course

@Suite struct LessonParserTests {
    @Test func parsesFrontMatterAndEveryBlockKind() throws {
        let text = frontMatter() + """
        ## One-sided and two-sided {#two-sided}

        Paragraph text, with *emphasis*, **strong** and `inline code`.
        Formulas are plain Unicode: dθ = (J(θ + ε) − J(θ − ε)) / 2ε.

        ### A subheading {#sub}

        - a list item
          continued here
        - another

        1. an ordered item
        2. another

        ```python
        print("hi")
          indented
        ```

        ```experiment gradcheck.epsilon
        function = cube
        theta = 1
        ```

        ```checkpoint two-sided-order
        ? When ε is divided by 10, the two-sided error
        ? is divided by about…
        - 10
        * 100
        - 1000
        > The two-sided difference has error of order ε²,
        > so it shrinks 100×.
        ```

        ## Numbers {#numbers}

        ```checkpoint relative
        ? What is the relative difference?
        = 3.0001 ± 0.00005
        > Because.
        ```
        """
        let lesson = try parse(text)
        #expect(lesson.id == "sample")
        #expect(lesson.title == "Sample lesson")
        #expect(lesson.summary == "A lesson for tests.")
        #expect(lesson.language == .en)
        #expect(lesson.pages.map(\.id) == ["two-sided", "numbers"])
        #expect(lesson.pages.map(\.line) == [6, 40])
        let page = lesson.pages[0]
        #expect(page.title == "One-sided and two-sided")
        #expect(page.blocks.count == 7)
        #expect(page.blocks[0] == .paragraph([
            .plain("Paragraph text, with "), .emphasis("emphasis"), .plain(", "), .strong("strong"),
            .plain(" and "), .code("inline code"),
            .plain(". Formulas are plain Unicode: dθ = (J(θ + ε) − J(θ − ε)) / 2ε."),
        ]))
        #expect(page.blocks[1] == .heading([.plain("A subheading")]))
        #expect(page.blocks[2] == .list([[.plain("a list item continued here")], [.plain("another")]]))
        #expect(page.blocks[3] == .orderedList(start: 1, items: [[.plain("an ordered item")], [.plain("another")]]))
        #expect(page.blocks[4] == .code(language: "python", text: "print(\"hi\")\n  indented"))
        let embed = try #require(page.experiment)
        #expect(page.blocks[5] == .experiment(embed))
        #expect(embed.experimentID == "gradcheck.epsilon")
        #expect(embed.line == 25)
        #expect(embed.presets == [KnobPreset(name: "function", value: "cube", line: 26),
                                  KnobPreset(name: "theta", value: "1", line: 27)])
        #expect(embed.assignments == ["function=cube", "theta=1"])
        let checkpoint = try #require(page.checkpoints.first)
        #expect(checkpoint.id == "two-sided-order")
        #expect(checkpoint.line == 30)
        #expect(checkpoint.question == "When ε is divided by 10, the two-sided error is divided by about…")
        #expect(checkpoint.answer == .choice(options: ["10", "100", "1000"], correct: 1))
        #expect(checkpoint.explanation == "The two-sided difference has error of order ε², so it shrinks 100×.")
        let numeric = try #require(lesson.pages[1].checkpoints.first)
        #expect(numeric.answer == .numeric(answer: 3.0001, tolerance: 0.00005))
        #expect(lesson.checkpoint(id: "relative") == numeric)
    }

    @Test func numericAnswerWithoutToleranceIsAsPreciseAsWritten() throws {
        func tolerance(_ written: String) throws -> Double {
            let lesson = try parse(frontMatter() + "## P {#p}\n\n```checkpoint c\n? Q\n= \(written)\n> E\n```\n")
            guard case .numeric(_, let tolerance) = lesson.pages[0].checkpoints[0].answer else { return .nan }
            return tolerance
        }
        #expect(try tolerance("10000") == 0.5)
        #expect(abs(try tolerance("3.0001") - 0.00005) < 1e-15)
        #expect(abs(try tolerance("1e-7") - 0.5e-7) < 1e-20)
        #expect(try tolerance("2 +- 0.25") == 0.25)
        #expect(try tolerance("−2 ± 1") == 1)
    }

    @Test func chineseTextJoinsLinesWithoutSpaces() throws {
        let text = frontMatter() + """
        ## 梯度检验 {#grad-check}

        用双边差分近似
        导数，误差是 ε² 阶的。
        Mixed 中文
        and English.

        - 第一项
          继续
        """
        let lesson = try parse(text, language: .zh)
        #expect(lesson.language == .zh)
        #expect(lesson.pages[0].title == "梯度检验")
        #expect(lesson.pages[0].blocks[0] == .paragraph([.plain("用双边差分近似导数，误差是 ε² 阶的。 Mixed 中文 and English.")]))
        #expect(lesson.pages[0].blocks[1] == .list([[.plain("第一项继续")]]))
    }

    @Test func looseListsAndLazyContinuation() throws {
        let text = frontMatter() + """
        ## P {#p}

        - one
        lazy continuation

        - two
        3. three
        4. four

        After the list.
        """
        let blocks = try parse(text).pages[0].blocks
        #expect(blocks == [
            .list([[.plain("one lazy continuation")], [.plain("two")]]),
            .orderedList(start: 3, items: [[.plain("three")], [.plain("four")]]),
            .paragraph([.plain("After the list.")]),
        ])
    }

    @Test func crlfLineEndingsAndBOM() throws {
        let text = "\u{FEFF}" + (frontMatter() + "## P {#p}\n\nLine one\nline two\n").replacingOccurrences(of: "\n", with: "\r\n")
        let lesson = try parse(text)
        #expect(lesson.pages[0].blocks == [.paragraph([.plain("Line one line two")])])
    }

    // MARK: Malformed input: exact message and line

    @Test(arguments: [
        // (body after the 5 front-matter lines, line, message)
        ("## P {#p}\n\n```checkpoint eps-order\n? Q\n- a\n- b\n> E\n```\n", 8,
         "checkpoint 'eps-order' has no correct answer: mark the right choice with '* ' instead of '- '"),
        ("## P {#p}\n\n```checkpoint c\n? Q\n* a\n- b\n* c\n> E\n```\n", 12,
         "checkpoint 'c' has 2 choices marked right (lines 10, 12): mark exactly one with '* ' and the others with '- '"),
        ("## P {#p}\n\n```checkpoint c\n? Q\n* a\n- b\n```\n", 8,
         "checkpoint 'c' has no explanation: add lines starting with '> ' that say why the answer is right"),
        ("## P {#p}\n\n```checkpoint c\n- a\n* b\n> E\n```\n", 8,
         "checkpoint 'c' has no question: add a line starting with '? '"),
        ("## P {#p}\n\n```checkpoint c\n? Q\n> E\n```\n", 8,
         "checkpoint 'c' has no answer: add choices ('- wrong', '* right') or a numeric answer ('= 3.0001')"),
        ("## P {#p}\n\n```checkpoint c\n? Q\n* a\n> E\n```\n", 10,
         "checkpoint 'c' has only one choice: add at least one more ('- ' for wrong, '* ' for right)"),
        ("## P {#p}\n\n```checkpoint c\n? Q\n= about three\n> E\n```\n", 10,
         "'about three' is not a number, so checkpoint 'c' has no valid answer: write it as '= 3.0001' or, with a tolerance, '= 3.0001 ± 0.00005'"),
        ("## P {#p}\n\n```checkpoint c\n? Q\n= 3 ± -1\n> E\n```\n", 10,
         "the tolerance '-1' of checkpoint 'c' is not a non-negative number: write it as '= 3.0001' or, with a tolerance, '= 3.0001 ± 0.00005'"),
        ("## P {#p}\n\n```checkpoint c\n? Q\n- a\n* b\n= 3\n> E\n```\n", 10,
         "checkpoint 'c' has both choices and a numeric answer (line 12): keep either the '- '/'* ' choices or the '= ' line"),
        ("## P {#p}\n\n```checkpoint c\n? Q\nthe answer is b\n> E\n```\n", 10,
         "'the answer is b' is not part of a checkpoint: start the line with '? ' (question), '- ' or '* ' (wrong or right choice), '= ' (numeric answer), '> ' (explanation) or '~ ' (hint)"),
        ("## P {#p}\n\n```checkpoint\n? Q\n```\n", 8,
         "this checkpoint has no id: write it after the fence, e.g. '```checkpoint two-sided-order'"),
        ("## P {#p}\n\n```checkpoint Bad_Id\n? Q\n```\n", 8,
         "checkpoint id 'Bad_Id' is not valid: use lowercase letters and digits joined by '-', e.g. 'two-sided'"),
        ("## P {#p}\n\n```checkpoint c\n? Q\n= 1\n> E\n```\n\n## Q {#q}\n\n```checkpoint c\n? Q\n= 1\n> E\n```\n", 16,
         "checkpoint id 'c' is already used at line 8: checkpoint ids must be unique within a lesson"),
        ("## P {#p}\n\nText.\n\n## Q {#p}\n\nText.\n", 10,
         "page id 'p' is already used at line 6: page ids must be unique within a lesson"),
        ("## Why two-sided?\n\nText.\n", 6,
         "page heading '## Why two-sided?' has no id: end it with '{#page-id}', e.g. '## Why two-sided? {#why-two-sided}'"),
        ("## Title {#Two Sided}\n\nText.\n", 6,
         "page id 'Two Sided' is not valid: use lowercase letters and digits joined by '-', e.g. 'two-sided'"),
        ("Intro text.\n\n## P {#p}\n\nText.\n", 6,
         "text before the first page: start a page with '## Title {#page-id}' above it"),
        ("## P {#p}\n\n# Big title\n", 8,
         "'# ' headings are not used in lessons: the title comes from the front matter; start a page with '## Title {#page-id}' or a subheading with '### '"),
        ("## P {#p}\n\n#### Deep\n", 8,
         "only '##' (page) and '###' (subheading) headings are allowed: write '### ' instead of '#### '"),
        ("## P {#p}\n\n## Q {#q}\n\nText.\n", 6,
         "page 'p' is empty: write its text below the heading, or remove the heading"),
        ("", 5,
         "the lesson has no pages: add a page with '## Title {#page-id}' and its text"),
        ("## P {#p}\n\n```python\nprint(1)\n", 8,
         "this code block is never closed: add a line with ``` after its last line"),
        ("## P {#p}\n\nSome `code without end.\n", 8,
         "inline code starting at '`code without end.' is never closed: add the closing '`' (or write \\` for a literal backtick)"),
        ("## P {#p}\n\n```experiment\nlambda = 1\n```\n", 8,
         "this experiment block names no experiment: write its id after the fence, e.g. '```experiment gradcheck.epsilon'"),
        ("## P {#p}\n\n```experiment fixture.curve\nlambda 0.7\n```\n", 9,
         "'lambda 0.7' is not a knob preset: write one 'knob = value' per line, e.g. 'theta = 1'"),
        ("## P {#p}\n\n```experiment fixture.curve\nlambda = 0.7\nlambda = 0.8\n```\n", 10,
         "knob 'lambda' is already set at line 9: set each knob once"),
        ("## P {#p}\n\n```experiment fixture.curve\nlambda =\n```\n", 9,
         "knob 'lambda' has no value: write it after '=', e.g. 'lambda = 1'"),
        ("## P {#p}\n\n```experiment fixture.curve\n```\n\n```experiment fixture.other\n```\n", 11,
         "page 'p' already embeds an experiment at line 8: a page shows at most one experiment; move this one to a new page ('## Title {#page-id}')"),
        ("## P {#p}\n\n- item\n  - nested\n", 9,
         "nested lists are not supported: start this item at the beginning of the line, or write it as text of the item above"),
    ] as [(String, Int, String)])
    func malformedBodies(body: String, line: Int, message: String) throws {
        let error = try #require(parseError(frontMatter() + body))
        #expect(error.message == message)
        #expect(error.line == line)
        #expect(error.lessonTitle == "Sample lesson")
    }

    @Test(arguments: [
        ("id: sample\ntitle: T\nsummary: S\n---\n", 1,
         "a lesson file starts with front matter: a line '---', then 'id: sample', 'title: …', 'summary: …', then '---'"),
        ("---\nid: sample\ntitle: T\nsummary: S\n\n## P {#p}\n", 1,
         "the front matter is never closed: add a line '---' after the summary"),
        ("---\nid: sample\ntitle: T\n---\n", 4,
         "the front matter has no 'summary': add a line 'summary: …' before this '---'"),
        ("---\nid: other\ntitle: T\nsummary: S\n---\n", 2,
         "the lesson id 'other' does not match the file name 'sample.md': rename the file to 'other.md' or set 'id: sample' (ids are stable: progress is saved by them)"),
        ("---\nid: sample\ntitle: T\nauthor: me\nsummary: S\n---\n", 4,
         "unknown front matter field 'author': only id, title and summary are allowed"),
        ("---\nid: sample\ntitle: T\ntitle: U\nsummary: S\n---\n", 4,
         "front matter field 'title' is already given at line 3: keep only one"),
        ("---\nid: sample\ntitle:\nsummary: S\n---\n", 3,
         "front matter field 'title' is empty: write its value after 'title: '"),
        ("---\nid: sample\njust words\n---\n", 3,
         "'just words' is not a front matter field: write 'key: value' (id, title or summary), and end the front matter with '---'"),
    ] as [(String, Int, String)])
    func malformedFrontMatter(text: String, line: Int, message: String) throws {
        let error = try #require(parseError(text))
        #expect(error.message == message)
        #expect(error.line == line)
    }

    @Test func errorDescriptionNamesFileAndLine() throws {
        let error = try #require(parseError(
            frontMatter("gradient-checking") + "## P {#p}\n\n```checkpoint eps-order\n? Q\n- a\n- b\n> E\n```\n",
            file: "gradient-checking.md"))
        #expect(error.description == "en/gradient-checking.md:8: checkpoint 'eps-order' has no correct answer: mark the right choice with '* ' instead of '- '")
    }

    @Test func unreadableFileIsALessonError() {
        let missing = URL(fileURLWithPath: "/nonexistent/en/missing.md")
        #expect(throws: LessonError.self) { try LessonParser.parse(file: missing, language: .en) }
    }
}
