import Course
import ExerciseCheck
import Experiments
import Foundation
import Localization
import Testing
import TextCharts
@testable import TutorApp

/// The page's exercise in the model: checked when its page opens and when its file is saved, edited
/// with `e`, a folder offered when the file is missing, a pass saved with the lesson's progress; and
/// in the panel, the verdict, red and green bars and the hint in the course's language.
@Suite struct ExerciseModelTests {
    static let english = """
    ---
    id: practice
    title: Practice
    summary: Write it yourself.
    ---

    ## Your turn {#yours}

    Write the L2 term yourself.

    ```exercise ex_fixture
    Add the L2 term to `l2_cost` and its gradient to every dW.
    ```

    ## Plain text {#plain}

    Nothing to edit here.

    ## With an experiment {#both}

    Run it, then write it.

    ```experiment gradcheck.epsilon
    ```

    ```exercise ex_fixture
    Add the L2 term to `l2_cost` and its gradient to every dW.
    ```
    """

    static let chinese = """
    ---
    id: practice
    title: 练习
    summary: 自己写。
    ---

    ## 轮到你 {#yours}

    自己写 L2 项。

    ```exercise ex_fixture
    给 `l2_cost` 加上 L2 项，并给每个 dW 加上它的梯度。
    ```

    ## 纯文本 {#plain}

    这里没有要编写的东西。
    """

    static let catalog = LessonCatalog(ExperimentCatalog.all, exercises: [
        Exercise(id: "ex_fixture", file: "ex_fixture.py", summary: "Exercise: implement the fixture."),
    ])

    static func model(_ language: Language = .en) throws -> TutorModel {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("exercise-model-\(UUID().uuidString)")
        // The course is read whole by the loader: its files need not outlive it.
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent(language.rawValue)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "practice\n".write(to: directory.appendingPathComponent("course.txt"), atomically: true, encoding: .utf8)
        try (language == .zh ? chinese : english).write(to: folder.appendingPathComponent("practice.md"), atomically: true, encoding: .utf8)
        let course = try CourseLoader.load(directory: directory, language: language)
        var model = TutorModel(course: course, catalog: catalog, options: RenderOptions(charset: .unicode, color: true),
                               exerciseFolder: "/home/student/dltutor-exercises/")
        model.update(.resize(width: 100, height: 30))
        return model
    }

    static let request = ExerciseRequest(exerciseID: "ex_fixture", lessonID: "practice", folder: "/home/student/dltutor-exercises",
                                         file: "/home/student/dltutor-exercises/ex_fixture.py")

    static func failing(_ request: ExerciseRequest = request) -> ExerciseReport {
        ExerciseReport(request: request, outcome: .network(overall: 0.31, arrays: [
            .init(name: "W1", difference: 0.4, failing: true),
            .init(name: "b1", difference: 2e-10, failing: false),
        ], hint: .onlyWeights(arrays: ["W1"], coefficient: -0.007), warnings: []), passed: false)
    }

    static func passing(_ request: ExerciseRequest = request) -> ExerciseReport {
        ExerciseReport(request: request, outcome: .network(overall: 3e-9, arrays: [
            .init(name: "W1", difference: 3e-9, failing: false),
            .init(name: "b1", difference: 2e-10, failing: false),
        ], hint: nil, warnings: []), passed: true)
    }

    static func text(_ model: TutorModel) -> String { model.view().lines().joined(separator: "\n") }

    /// The style of the first cell of the screen's first occurrence of `text`.
    static func style(of text: String, in buffer: ScreenBuffer) -> Style? {
        for y in 0..<buffer.height {
            let row = buffer.rowText(y)
            guard let range = row.range(of: text) else { continue }
            // Columns, not characters: the row may hold wide or multi-cell glyphs before it.
            let column = DisplayWidth.of(String(row[..<range.lowerBound]))
            return buffer[column, y].style
        }
        return nil
    }

    @Test func openingThePageChecksAndWatchesTheFileLeavingItStops() throws {
        var model = try Self.model()
        #expect(model.update(.key(.enter)).contains(.checkExercise(Self.request)))
        #expect(model.checkingExercise == "ex_fixture")
        #expect(Self.text(model).contains("Checking…"))
        #expect(Self.text(model).contains("Your file: /home/student/dltutor-exercises/ex_fixture.py"))
        #expect(Self.text(model).contains("Add the L2 term to l2_cost and its gradient to every dW."))
        #expect(Self.text(model).contains("e edit exercise"), "the footer names e on an exercise page")
        #expect(model.update(.key(.character("n"))).contains(.stopWatchingExercise))
        #expect(!Self.text(model).contains("e edit exercise"), "and only there")
        #expect(model.update(.key(.character("p"))).contains(.checkExercise(Self.request)), "back on the page: checked again")
        #expect(model.update(.key(.character("q"))).contains(.stopWatchingExercise))
    }

    @Test func aFailingCheckShowsRedAndGreenBarsAndTheHint() throws {
        var model = try Self.model()
        model.update(.key(.enter))
        #expect(model.update(.exerciseChecked(Self.failing())) == [])
        #expect(model.checkingExercise == nil)
        let screen = Self.text(model)
        #expect(screen.contains("✗ Not yet: relative difference 3.1e-01; the red arrays are wrong."))
        #expect(screen.contains("4.0e-01"))
        #expect(screen.contains("Hint: Only W1 is off and the b arrays are right: backprop lacks a term (λ/m)·W with λ/m = 0.007"))
        let buffer = model.view()
        #expect(Self.style(of: "W1  █", in: buffer)?.foreground == .red)
        #expect(Self.style(of: "b1  █", in: buffer)?.foreground == .green)
        #expect(!model.progress.hasPassed(lesson: "practice", exercise: "ex_fixture"))
    }

    @Test func aPassCountsInTheLessonsProgressOnce() throws {
        var model = try Self.model()
        model.update(.key(.enter))
        #expect(model.update(.exerciseChecked(Self.passing())) == [.saveProgress])
        #expect(model.progress.hasPassed(lesson: "practice", exercise: "ex_fixture"))
        #expect(Self.text(model).contains("✓ Passed: relative difference 3.0e-09."))
        #expect(model.update(.exerciseChecked(Self.passing())) == [], "already saved")
        // A later failing check shows the failure but does not take the pass back.
        model.update(.exerciseChecked(Self.failing()))
        #expect(model.progress.hasPassed(lesson: "practice", exercise: "ex_fixture"))
        model.update(.key(.character("q")))
        #expect(Self.text(model).contains("(1/1 exercises)"))
    }

    @Test func savingTheFileChecksAgainOnlyWhileItsPageIsOpen() throws {
        var model = try Self.model()
        model.update(.key(.enter))
        model.update(.exerciseChecked(Self.failing()))
        #expect(model.update(.exerciseFileChanged(Self.request)) == [.checkExercise(Self.request)])
        #expect(model.checkingExercise == "ex_fixture")
        #expect(Self.text(model).contains("Checking…"))
        #expect(Self.text(model).contains("4.0e-01"), "the last result stays until the new one comes")
        model.update(.key(.character("n")))
        #expect(model.update(.exerciseFileChanged(Self.request)) == [], "a late report for a page left behind")
    }

    @Test func eOpensTheEditorAndItsExitReChecks() throws {
        var model = try Self.model()
        model.update(.key(.enter))
        #expect(model.update(.key(.character("e"))) == [.editExercise(Self.request)])
        #expect(model.update(.editorFinished(Self.request, .exited(0))) == [.checkExercise(Self.request)])
        #expect(model.status == nil)
        #expect(model.update(.editorFinished(Self.request, .notFound)) == [.checkExercise(Self.request)])
        #expect(model.status == "No editor found: set VISUAL or EDITOR (e.g. export EDITOR=nano), or install nano or vi.")
        model.update(.editorFinished(Self.request, .exited(3)))
        #expect(model.status == "The editor exited with status 3; the file as saved is checked.")
        model.update(.key(.character("n")))
        #expect(model.update(.key(.character("e"))) == [])
        #expect(model.status == "This page has no exercise to edit.")
    }

    @Test func aMissingFileIsOfferedTheStartersNeverForced() throws {
        var model = try Self.model()
        model.update(.key(.enter))
        model.update(.key(.character("e")))
        #expect(model.update(.exerciseFileMissing(Self.request)) == [])
        #expect(model.overlay == .createExercises(Self.request))
        #expect(Self.text(model).contains("Copy the starter exercises to /home/student/dltutor-exercises?"))
        #expect(model.update(.key(.character("n"))) == [], "no means nothing is written")
        #expect(model.overlay == nil)
        model.update(.exerciseFileMissing(Self.request))
        #expect(model.update(.key(.character("y"))) == [.initializeExercises(Self.request)])
        #expect(model.update(.exercisesInitialized(Self.request, problem: nil)) == [.editExercise(Self.request)])
        #expect(model.status == "Copied the exercises to /home/student/dltutor-exercises.")
        #expect(model.update(.exercisesInitialized(Self.request, problem: "cannot create /x: Permission denied")) == [])
        #expect(model.status == "The exercises were not copied: cannot create /x: Permission denied")
    }

    @Test func theCheckThatCouldNotRunAndTheMissingFileSayWhy() throws {
        var model = try Self.model()
        model.update(.key(.enter))
        model.update(.exerciseChecked(ExerciseReport(request: Self.request, outcome: .missingFile, passed: false)))
        #expect(Self.text(model).contains("Your file does not exist yet: press e to copy"))
        model.update(.exerciseChecked(ExerciseReport(request: Self.request, outcome: .couldNotRun("the program exited with status 1"), passed: false)))
        #expect(Self.text(model).contains("The check could not run: the program exited with status 1"))
    }

    @Test func underAnExperimentTheResultKeepsTheFewRows() throws {
        var model = try Self.model()
        model.update(.resize(width: 80, height: 24))
        model.update(.key(.enter))
        model.update(.key(.character("n")))
        model.update(.key(.character("n")))
        model.update(.exerciseChecked(Self.failing()))
        // The text view keeps one line for the exercise, above the experiment's strip.
        let textView = Self.text(model).components(separatedBy: "\n")
        #expect(textView[21].hasPrefix(" Exercise: ex_fixture.py — ✗ Not yet"), "\(textView.joined(separator: "\n"))")
        #expect(textView[22].contains("— press r to run"), "the experiment keeps its strip in the text view")
        model.update(.key(.character("v")))
        let screen = Self.text(model)
        #expect(screen.contains("Exercise: ex_fixture.py"))
        #expect(screen.contains("✗ Not yet"), "\(screen)")
        #expect(screen.contains("W1  █") && screen.contains("b1  █"), "both bars fit at 80×24:\n\(screen)")
        #expect(!screen.contains("Add the L2 term to l2_cost"), "the task is the page's text here, not the panel's")
        #expect(screen.contains("Press r or Enter to run it"), "the experiment keeps its part of the panel")
    }

    @Test func chineseCourseChineseExercise() throws {
        var model = try Self.model(.zh)
        model.update(.key(.enter))
        model.update(.exerciseChecked(Self.failing()))
        let screen = Self.text(model)
        #expect(screen.contains("练习：ex_fixture.py"))
        #expect(screen.contains("✗ 还没对：相对误差 3.1e-01；红色的数组有错。"))
        #expect(screen.contains("提示：只有 W1 不对，b 数组都对：反向传播少了一项"))
        #expect(screen.contains("e 编写练习"))
        #expect(!screen.contains("Hint"))
    }

    @Test func theKeyIsInTheHelpInBothLanguages() {
        #expect(Keymap.action(for: .character("e"), in: .page) == .editExercise)
        #expect(Keymap.helpLines(language: .en).contains { $0.hasPrefix("e ") && $0.contains("edit the page's exercise") })
        #expect(Keymap.helpLines(language: .zh).contains { $0.hasPrefix("e ") && $0.contains("编写本页的练习") })
    }
}
