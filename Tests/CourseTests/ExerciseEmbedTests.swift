import Foundation
import Localization
import Testing
@testable import Course

/// The ```` ```exercise ID ```` block: parsed with its task, at most one a page, linted against the
/// catalog's exercise ids and kept the same in every translation.
@Suite struct ExerciseEmbedTests {
    static let englishPage = frontMatter() + """

        ## Your turn {#yours}

        Write it yourself.

        ```exercise ex_fixture
        Add the L2 term to `compute_cost`
        and its gradient to every dW.
        ```

        """

    @Test func parsesTheIdAndTheTaskInTheLessonsLanguage() throws {
        let lesson = try parse(Self.englishPage)
        let exercise = try #require(lesson.pages[0].exercise)
        #expect(exercise.exerciseID == "ex_fixture")
        #expect(exercise.line == 11)
        #expect(exercise.task == [.plain("Add the L2 term to "), .code("compute_cost"), .plain(" and its gradient to every dW.")])
        // Lines join as paragraphs do (no space between two Chinese characters).
        let zh = try parse(frontMatter() + "\n## 轮到你 {#yours}\n\n自己写。\n\n```exercise ex_fixture\n在代价里加上\nL2 项。\n```\n", language: .zh)
        #expect(zh.pages[0].exercise?.task == [.plain("在代价里加上 L2 项。")])
        // Without a body the panel falls back to the starter's summary.
        let bare = try parse(frontMatter() + "\n## Yours {#yours}\n\nText.\n\n```exercise ex_fixture\n```\n")
        #expect(bare.pages[0].exercise?.task == [])
    }

    @Test func theEmbedIsNotPageText() throws {
        let lesson = try parse(Self.englishPage)
        #expect(lesson.pages[0].blocks.count == 2)
        #expect(lesson.pages[0].experiment == nil)
    }

    @Test func malformedBlocksSayHowToWriteThem() {
        let noID = parseError(frontMatter() + "\n## A {#a}\n\nText.\n\n```exercise\n```\n")
        #expect(noID?.line == 11)
        #expect(noID?.message == "this exercise block names no exercise: write its id after the fence, e.g. '```exercise ex4_l2_regularization'")
        let extra = parseError(frontMatter() + "\n## A {#a}\n\nText.\n\n```exercise ex_fixture now\n```\n")
        #expect(extra?.message.hasPrefix("unexpected text after the exercise id 'ex_fixture'") == true)
        let twice = parseError(frontMatter() + "\n## A {#a}\n\nText.\n\n```exercise ex_fixture\n```\n\n```exercise ex_other\n```\n")
        #expect(twice?.line == 14)
        #expect(twice?.message == "page 'a' already asks for an exercise at line 11: a page shows at most one exercise; move this one to a new page ('## Title {#page-id}')")
    }

    /// The clean fixture course with an exercise block on page `second` of lesson alpha, per language.
    func lint(english: String?, chinese: String?) -> [String] {
        let dir = makeTemporaryDirectory("exercise-lint")
        defer { removeTemporary(dir) }
        var files = cleanCourseFiles()
        func add(_ id: String?, to path: String, after text: String) {
            guard let id else { return }
            files[path] = files[path]!.replacingOccurrences(of: text, with: text + "\n\n```exercise \(id)\n```")
        }
        add(english, to: "en/alpha.md", after: "More text.")
        add(chinese, to: "zh/alpha.md", after: "更多文字。")
        writeCourse(files, in: dir)
        let root = dir.standardizedFileURL.path + "/"
        return CourseLinter.lint(directory: dir, catalog: fixtureCatalog).map { problem in
            problem.file.standardizedFileURL.path.replacingOccurrences(of: root, with: "") + ":\(problem.line.map(String.init) ?? "-"): \(problem.message)"
        }
    }

    @Test func knownExerciseInBothLanguagesLintsClean() {
        #expect(lint(english: "ex_fixture", chinese: "ex_fixture") == [])
    }

    @Test func unknownExerciseIsNamedWithTheValidOnes() {
        #expect(lint(english: "ex_missing", chinese: "ex_missing") == [
            "en/alpha.md:28: unknown exercise 'ex_missing': use one of ex_fixture (the files of 'dltutor exercises', without .py)",
            "zh/alpha.md:28: unknown exercise 'ex_missing': use one of ex_fixture (the files of 'dltutor exercises', without .py)",
        ])
    }

    @Test func translationsAskForTheSameExercise() {
        #expect(lint(english: "ex_fixture", chinese: nil) == [
            "zh/alpha.md:24: page 'second' asks for no exercise but in en/alpha.md it asks for ex_fixture (line 28): add the same ```exercise block",
        ])
        #expect(lint(english: nil, chinese: "ex_fixture") == [
            "zh/alpha.md:28: page 'second' asks for exercise ex_fixture but in en/alpha.md it asks for none: remove it or add it to both",
        ])
    }
}
