import ExerciseCheck
import Experiments
import Foundation
import Localization
import TutorApp
@testable import Course

/// A tiny experiment with one knob of each kind, so linter tests do not depend on the real catalog.
struct FixtureExperiment: Experiment {
    let id: String
    let title = Localized.untranslated("Fixture")
    let summary = Localized.untranslated("A fixture for course tests.")
    let knobs: [Knob] = [
        .number("lambda", text: .untranslated(KnobText("λ", "L2 strength")), range: 0...10, step: 0.1, default: 0),
        .integer("epochs", text: .untranslated(KnobText("epochs", "how many")), range: 1...100, default: 10),
        .choice("init", text: .untranslated(KnobText("init", "scheme")), choices: ["zeros", "he"], default: "he"),
        .toggle("dropout", text: .untranslated(KnobText("dropout", "on or off")), default: false),
    ]

    init(id: String = "fixture.curve") { self.id = id }

    func start(_ context: RunContext) -> any ExperimentRun { Run() }

    final class Run: ExperimentRun {
        var isFinished: Bool { true }
        var frame: Frame { Frame() }
        func step() {}
    }
}

let fixtureCatalog = LessonCatalog([FixtureExperiment(), FixtureExperiment(id: "fixture.other")],
                                   exercises: [Exercise(id: "ex_fixture", file: "ex_fixture.py", summary: "Exercise: a fixture.")])

/// The front matter for lesson `id` (5 lines, so the body starts at line 6).
func frontMatter(_ id: String = "sample", title: String = "Sample lesson") -> String {
    "---\nid: \(id)\ntitle: \(title)\nsummary: A lesson for tests.\n---\n"
}

func parse(_ text: String, file: String = "sample.md", language: Language = .en) throws(LessonError) -> Lesson {
    try LessonParser.parse(text, file: URL(fileURLWithPath: "/lessons/\(language.rawValue)/\(file)"), language: language)
}

/// The error parsing `text` gives, or nil if it parses.
func parseError(_ text: String, file: String = "sample.md") -> LessonError? {
    do {
        _ = try parse(text, file: file)
        return nil
    } catch {
        return error
    }
}

/// A fresh directory under the system temp dir, removed by the caller with `removeTemporary`.
func makeTemporaryDirectory(_ label: String = "course") -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("dltutor-tests-\(label)-\(UUID().uuidString)", isDirectory: true)
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func removeTemporary(_ url: URL) {
    try? FileManager.default.removeItem(at: url)
}

/// Writes a course: `files` maps relative paths (`course.txt`, `en/a.md`) to contents.
func writeCourse(_ files: [String: String], in directory: URL) {
    for (path, text) in files {
        let url = directory.appendingPathComponent(path)
        try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! text.write(to: url, atomically: true, encoding: .utf8)
    }
}

/// A valid two-page lesson in English or Chinese with an embed and two checkpoints.
func fixtureLesson(_ id: String, _ language: Language, lambda: String = "0.7", correct: Int = 1, answer: String = "3.5") -> String {
    let marks = (0..<3).map { $0 == correct ? "*" : "-" }
    switch language {
    case .en:
        return frontMatter(id, title: "Lesson \(id)") + """

        ## First page {#first}

        Some *text* with `code`.

        ```experiment fixture.curve
        lambda = \(lambda)
        init = he
        ```

        ```checkpoint pick
        ? Which one?
        \(marks[0]) one
        \(marks[1]) two
        \(marks[2]) three
        > Because.
        ```

        ## Second page {#second}

        More text.

        ```checkpoint number
        ? How much?
        = \(answer)
        > Like that.
        ```

        """
    case .zh:
        return frontMatter(id, title: "课程 \(id)") + """

        ## 第一页 {#first}

        一些*文字*和`代码`。

        ```experiment fixture.curve
        lambda = \(lambda)
        init = he
        ```

        ```checkpoint pick
        ? 哪一个？
        \(marks[0]) 一
        \(marks[1]) 二
        \(marks[2]) 三
        > 因为。
        ```

        ## 第二页 {#second}

        更多文字。

        ```checkpoint number
        ? 多少？
        = \(answer)
        > 就这样。
        ```

        """
    }
}

/// A clean two-lesson course in both languages.
func cleanCourseFiles() -> [String: String] {
    [
        "course.txt": "# fixture course\nalpha\n\nbeta\n",
        "en/alpha.md": fixtureLesson("alpha", .en),
        "zh/alpha.md": fixtureLesson("alpha", .zh),
        "en/beta.md": fixtureLesson("beta", .en),
        "zh/beta.md": fixtureLesson("beta", .zh),
    ]
}
