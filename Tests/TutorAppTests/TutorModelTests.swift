import Course
import Experiments
import Foundation
import Testing
import TextCharts
@testable import TutorApp

/// The tutor's state machine driven key by key, its screens read back as text.
@Suite struct TutorModelTests {
    static let lessonText = """
    ---
    id: checking
    title: Gradient checking
    summary: Compare backprop with numerical differences.
    ---

    ## Two-sided differences {#two-sided}

    The two-sided difference has error of order *ε²*; press `r` to see it.

    - one
    - two
    - three
    - four
    - five
    - six
    - seven
    - eight
    - nine
    - ten

    ```experiment gradcheck.epsilon
    function = cube
    theta = 1
    ```

    ## Which is better? {#better}

    A long explanation comes first, so that at 80×24 the checkpoint starts below the fold of the
    text pane once a run is on screen and the pane shrinks to a few rows: the verdict must still be
    brought into view when the student answers, or they would answer blind and see nothing happen.

    ```experiment gradcheck.epsilon
    ```

    ```checkpoint order
    ? When ε is divided by 10, the two-sided error is divided by about…
    - 10
    * 100
    - 1000
    ~ Write the error as a power of ε.
    > The two-sided difference has error of order ε².
    ```
    """

    static let numbersText = """
    ---
    id: numbers
    title: Numbers
    summary: A numeric checkpoint.
    ---

    ## The cube {#cube}

    ```checkpoint cube-estimate
    ? What does the two-sided difference give for θ³ at θ=1 with ε=0.01?
    = 3.0001 ± 0.00005
    > (1.01³ − 0.99³) / 0.02 = 3 + ε² = 3.0001.
    ```
    """

    static func makeCourse() throws -> Course {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("tutor-model-\(UUID().uuidString)")
        // The course is read whole by the loader: its files need not outlive it.
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("en"), withIntermediateDirectories: true)
        try "checking\nbroken\nnumbers\n".write(to: directory.appendingPathComponent("course.txt"), atomically: true, encoding: .utf8)
        try lessonText.write(to: directory.appendingPathComponent("en/checking.md"), atomically: true, encoding: .utf8)
        try "---\nid: broken\ntitle: Broken lesson\n---\nstray text\n".write(
            to: directory.appendingPathComponent("en/broken.md"), atomically: true, encoding: .utf8)
        try numbersText.write(to: directory.appendingPathComponent("en/numbers.md"), atomically: true, encoding: .utf8)
        return try CourseLoader.load(directory: directory, language: .en)
    }

    static func makeModel(width: Int = 80, height: Int = 24, options: RenderOptions = RenderOptions()) throws -> TutorModel {
        var model = TutorModel(course: try makeCourse(), catalog: LessonCatalog(ExperimentCatalog.all), options: options)
        model.update(.resize(width: width, height: height))
        return model
    }

    /// Runs the model's live run to its end and reports its last frame, as the host would while
    /// the student watches (a synchronous stand-in for `RunDriver`).
    static func finishRun(_ model: inout TutorModel) {
        stepRun(&model, steps: Int.max)
    }

    /// Starts the model's live run afresh, takes up to `steps` steps and reports the frame: a run
    /// caught part way. The same request always gives the same frame.
    static func stepRun(_ model: inout TutorModel, steps: Int) {
        guard let live = model.live, live.isActive,
              let experiment = ExperimentCatalog.experiment(id: live.request.experimentID) else { return }
        let run = experiment.start(RunContext(settings: live.settings, seed: live.seed, language: live.request.language))
        var taken = 0
        while !run.isFinished && taken < steps {
            run.step()
            taken += 1
        }
        model.update(.runProgressed(token: live.token, frame: run.frame, finished: run.isFinished))
    }

    @Test func overviewListsLessonsAndBrokenOnes() throws {
        let model = try Self.makeModel()
        let lines = model.view().lines()
        #expect(lines[0] == " dltutor — the practical side of deep learning")
        #expect(lines.contains(" ▶ 1. Gradient checking  (0/2 pages)"))
        #expect(lines.contains { $0.hasPrefix("   2. Broken lesson — broken:") })
        #expect(lines[23] == "↑↓ choose   Enter open   ? help   t glossary   q quit")
    }

    @Test func openingTheBrokenLessonExplainsWhy() throws {
        var model = try Self.makeModel()
        model.update(.key(.down))
        model.update(.key(.enter))
        #expect(model.screen == .overview)
        #expect(FollowModeTests.footer(model).hasPrefix("This lesson file is broken:"))
    }

    @Test func openingALessonShowsItsFirstPageAndTheExperiment() throws {
        var model = try Self.makeModel()
        let effects = model.update(.key(.enter))
        #expect(effects == [.saveProgress])
        let lines = model.view().lines()
        #expect(lines[0].hasPrefix(" Gradient checking › Two-sided differences"))
        #expect(lines[0].hasSuffix("page 1/2"))
        #expect(lines[1] == " The two-sided difference has error of order ε²; press r to see it.")
        // At 80 columns the page opens in the text view: the experiment is a one-line strip.
        #expect(lines[22] == " ▶ One-sided vs two-sided differences — press r to run")
        model.update(.key(.character("v")))
        let split = model.view().lines()
        #expect(split.contains(" function: cube   theta: 1   points-per-decade: 4"), "knobs by the ids the lesson text uses")
        #expect(split.contains(" Press r or Enter to run it; Tab to adjust its knobs."))
        #expect(model.progress.isVisited(lesson: "checking", page: "two-sided"))
    }

    @Test func runningFillsTheChartAndReportsFindings() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        let effects = model.update(.key(.character("r")))
        #expect(model.isRunning)
        let request = try #require(model.live?.request)
        #expect(effects == [.startRun(request)], "the host runs it")
        #expect(request.experimentID == "gradcheck.epsilon" && request.seed == 1 && request.settings == model.settings)
        Self.finishRun(&model)
        #expect(!model.isRunning)
        let screen = model.view().lines().joined(separator: "\n")
        #expect(screen.contains("100% done"))
        #expect(screen.contains("1e-12"))
        #expect(screen.contains("one-sided error falls like ε^1.00"))
    }

    @Test func escapeCancelsARun() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.character("r")))
        Self.stepRun(&model, steps: 1)
        #expect(model.update(.key(.escape)) == [.cancelRun(token: 1)])
        #expect(!model.isRunning)
        #expect(model.live?.isFinished == false)
        let lines = model.view().lines()
        #expect(lines.contains { $0.contains("cancelled") })
        #expect(lines[23] == "Run cancelled. Press r to run again.")
    }

    @Test func knobsChangeWithTabAndArrows() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.tab))
        #expect(model.focus == .knobs)
        model.update(.key(.down))  // θ
        model.update(.key(.right))
        model.update(.key(.character("+")))
        #expect(model.settings?["theta"] == .number(1.5))
        let panel = model.view().lines()
        #expect(panel.contains { $0.hasPrefix(" theta ") && $0.contains("◀ 1.5 ▶  θ") },
                "the knob panel shows the focused knob by its id and its value: \(panel.joined(separator: "\n"))")
        #expect(panel.contains { $0.hasPrefix("  θ — the point where the derivative is estimated; a number from -2 to 2") },
                "and its longer help, wrapped under the knobs: \(panel.joined(separator: "\n"))")
        #expect(panel.contains { $0.hasPrefix(" function ") && $0.contains("  cube  ") })
        model.update(.key(.up))
        model.update(.key(.left))  // choices do not wrap: cube is first
        #expect(model.settings?["function"] == .choice("cube"))
        model.update(.key(.right))
        #expect(model.settings?["function"] == .choice("sin"))
        model.update(.key(.character("r")))
        #expect(model.focus == .text, "running folds the knob panel so the chart gets the room")
        Self.finishRun(&model)
        #expect(model.view().lines().joined().contains("sin θ at θ=1.5"))
        #expect(model.view().lines().contains(" function: sin   theta: 1.5   points-per-decade: 4"))
    }

    @Test func theFocusStaysOnWhatTheViewShows() throws {
        var model = try Self.makeModel()  // 80×24: pages open in the text view
        model.update(.key(.enter))
        model.update(.key(.tab))
        #expect(model.focus == .knobs && model.pageView == .split, "focusing the knobs brings them on screen")
        model.update(.key(.character("v")))
        #expect(model.focus == .knobs && model.pageView == .lab, "the lab view has the knobs too")
        model.update(.key(.character("v")))
        #expect(model.pageView == .text && model.focus == .text, "the text view has no knobs: the focus is the text's")
        model.update(.key(.tab))
        model.update(.resize(width: 200, height: 60))
        model.update(.key(.character("v")))
        model.update(.key(.character("v")))
        #expect(model.pageView == .text && model.focus == .text)
    }

    @Test func theLabViewAnswersNoCheckpointItDoesNotShow() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.character("n")))  // the page with one checkpoint
        while model.pageView != .lab { model.update(.key(.character("v"))) }
        #expect(!FollowModeTests.footer(model).contains("answer"), "\(FollowModeTests.footer(model))")
        model.update(.key(.character("2")))
        #expect(model.progress.answer(lesson: "checking", checkpoint: "order") == nil, "its question is not on screen")
        // Tab reaches the checkpoint, which brings its question back beside the run; then it is answered.
        while model.focus != .checkpoint(0) { model.update(.key(.tab)) }
        #expect(model.pageView == .split)
        model.update(.key(.character("2")))
        #expect(model.progress.answer(lesson: "checking", checkpoint: "order")?.correct == true)
    }

    @Test func aPageCountsOnlyOnceItsEndWasOnScreen() throws {
        var model = try Self.makeModel()
        model.chosenView = .split  // its text rows at 80×24 hold less than the first page
        model.update(.key(.enter))
        #expect(model.pageTextLayout().map { $0.maxScroll > 0 } == true)
        model.update(.key(.down))
        #expect(!model.progress.isCompleted(lesson: "checking", page: "two-sided"), "its end was never on screen")
        model.update(.key(.end))
        #expect(model.progress.isCompleted(lesson: "checking", page: "two-sided"))
    }

    @Test func pagesTurnAndCheckpointsAreAnswered() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        #expect(model.update(.key(.character("n"))) == [.saveProgress])
        #expect(model.progress.isCompleted(lesson: "checking", page: "two-sided"), "the text view showed the whole first page")
        var lines = model.view().lines()
        #expect(lines[0].hasSuffix("page 2/2"))
        // The text view holds the page with its checkpoint, question and choices together.
        #expect(lines.contains(" Checkpoint: When ε is divided by 10, the two-sided error is divided by about…"))
        #expect(model.progress.isCompleted(lesson: "checking", page: "better"), "the whole page is on screen, so its end was seen")
        #expect(lines.contains("   2) 100"))
        #expect(model.update(.key(.character("1"))) == [.saveProgress])
        lines = model.view().lines()
        #expect(lines.contains { $0.hasPrefix(" ✗ Not quite. Hint: Write the error as a power of ε. Answer again.") },
                "a first wrong answer shows the hint, not the explanation: \(lines.joined(separator: "\n"))")
        #expect(!lines.joined().contains("order ε²."))
        #expect(model.progress.answer(lesson: "checking", checkpoint: "order")?.correct == false)
        model.update(.key(.character("2")))
        #expect(model.view().lines().contains { $0.hasPrefix(" ✓ Right. The two-sided difference has error of order ε².") })
        // Back to the first page (g at the top of a page goes to page 1) and read it to its end.
        model.update(.key(.character("g")))
        model.update(.key(.character("g")))
        #expect(model.pageIndex == 0)
        model.update(.key(.end))
        #expect(model.progress.isCompleted(lesson: "checking", page: "two-sided"))
        model.update(.key(.character("n")))
        model.update(.key(.end))
        #expect(model.view().lines().contains { $0.contains("End of the lesson. n: next lesson (Numbers)") })
        model.update(.key(.character("n")))
        #expect(model.currentLesson?.id == "numbers", "n on the last page opens the next lesson (the broken one is skipped)")
        model.update(.key(.character("q")))
        #expect(model.screen == .overview)
        #expect(model.view().lines().contains("   1. Gradient checking  (2/2 pages) ✓"))
    }

    @Test func resumeOffersTheLastPosition() throws {
        var first = try Self.makeModel()
        first.update(.key(.enter))
        first.update(.key(.character("n")))
        var model = TutorModel(course: try Self.makeCourse(), catalog: LessonCatalog(ExperimentCatalog.all), options: RenderOptions(), progress: first.progress)
        model.update(.resize(width: 80, height: 24))
        let lines = model.view().lines()
        #expect(lines.contains(" Press c to continue where you left off: Gradient checking › Which is better?"))
        model.update(.key(.character("c")))
        #expect(model.screen == .lesson)
        #expect(model.pageIndex == 1)
    }

    @Test func helpOverlayOpensAndCloses() throws {
        var model = try Self.makeModel()
        model.update(.key(.character("?")))
        #expect(model.overlay == .help)
        let screen = model.view().lines().joined(separator: "\n")
        #expect(screen.contains("Tab           move focus: text → knobs → each checkpoint"))
        #expect(screen.contains("┌"))
        model.update(.key(.escape))
        #expect(model.overlay == nil)
    }

    @Test func tooSmallTerminalSaysWhatIsNeededAndRecovers() throws {
        var model = try Self.makeModel(width: 60, height: 20)
        let lines = model.view().lines()
        #expect(lines.contains { $0.contains("dltutor needs a terminal of at least 80×24.") })
        #expect(lines.contains { $0.contains("This one is 60×20: please enlarge the window.") })
        model.update(.resize(width: 100, height: 30))
        #expect(model.view().lines()[0] == " dltutor — the practical side of deep learning")
    }

    @Test func quittingDuringARunAsksFirst() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.character("r")))
        #expect(model.update(.key(.character("q"))).isEmpty)
        #expect(model.overlay == .confirmQuit)
        #expect(model.view().lines().joined().contains("Stop it and quit?"))
        #expect(model.update(.key(.character("y"))) == [.cancelRun(token: 1), .quit])
    }

    @Test func quitSignalLeavesAtOnce() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.character("r")))
        #expect(model.update(.quitSignal) == [.cancelRun(token: 1), .quit])
        #expect(!model.isRunning)
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func asciiScreensHoldOnlyASCII(width: Int, height: Int) throws {
        var model = try Self.makeModel(width: width, height: height, options: RenderOptions(charset: .ascii, color: false))
        var screens = [model.view()]
        model.update(.key(.enter))
        model.update(.key(.character("r")))
        Self.finishRun(&model)
        screens.append(model.view())
        model.update(.key(.character("n")))
        model.update(.key(.character("2")))
        screens.append(model.view())
        model.update(.key(.character("?")))
        screens.append(model.view())
        for screen in screens {
            let text = screen.lines().joined(separator: "\n")
            #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(text)")
        }
        #expect(screens[1].lines().joined().contains("eps^1.00"))
    }

    @Test func wideLayoutPutsTextBesideTheChart() throws {
        var model = try Self.makeModel(width: 160, height: 40)
        model.update(.key(.enter))
        let lines = model.view().lines()
        // The text pane keeps 2/5 of the width; the chart panel starts after a rule.
        #expect(lines[1].hasPrefix(" The two-sided difference has error of order ε²; press r to"))
        #expect(lines[1].contains("│ function: cube"))
    }

    @Test func numericCheckpointsAreTypedAndJudged() throws {
        var model = try Self.makeModel()
        model.update(.key(.end))
        model.update(.key(.enter))
        #expect(model.currentLesson?.id == "numbers")
        #expect(model.view().lines().contains("   Type a number and press Enter:"))
        for key in "3.0002" { model.update(.key(.character(key))) }
        #expect(model.numericInput == "3.0002")
        #expect(model.view().lines().contains("   Type a number and press Enter: 3.0002_"))
        model.update(.key(.backspace))
        model.update(.key(.character("1")))
        #expect(model.update(.key(.enter)) == [.saveProgress])
        let lines = model.view().lines()
        #expect(lines.contains("   Your answer: 3.0001"))
        #expect(lines.contains(" ✓ Right. (1.01³ − 0.99³) / 0.02 = 3 + ε² = 3.0001."))
        #expect(model.progress.answer(lesson: "numbers", checkpoint: "cube-estimate")?.correct == true)
        // A second try that is not a number is refused with a message, and nothing is recorded.
        model.update(.key(.character("-")))
        model.update(.key(.character("e")))
        model.update(.key(.enter))
        #expect(model.view().lines()[23] == "'-e' is not a number: type e.g. 3.0001 or 1e-7 and press Enter.")
        #expect(model.progress.answer(lesson: "numbers", checkpoint: "cube-estimate")?.correct == true)
    }

    @Test func chineseCourseSpeaksChineseAndFitsByDisplayWidth() throws {
        let course = try CourseLoader.loadShipped(language: .zh)
        var model = TutorModel(course: course, catalog: LessonCatalog(ExperimentCatalog.all), options: RenderOptions())
        model.update(.resize(width: 80, height: 24))
        var screens = [model.view()]
        #expect(screens[0].lines()[0] == " dltutor — 深度学习实践课程")
        #expect(screens[0].lines()[23] == "↑↓ 选择   Enter 打开   ? 帮助   t 术语表   q 退出")
        model.update(.key(.enter))
        screens.append(model.view())
        #expect(screens[1].lines()[0].hasSuffix("第 1/\(model.currentLesson?.pages.count ?? 0) 页"))
        for _ in 0..<3 {
            model.update(.key(.character("n")))
            screens.append(model.view())
        }
        for screen in screens {
            for line in screen.lines() {
                #expect(DisplayWidth.of(line) <= 80, "overflows: \(line)")
            }
        }
        // Chinese text really is on the page (not transliterated), two cells per character.
        #expect(screens[1].lines().dropFirst().contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } })
    }

    @Test func scrollingStaysWithinThePage() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.character("v")))  // the split view, where this page's text needs scrolling
        let layout = try #require(model.pageTextLayout())
        #expect(layout.maxScroll > 0)
        model.update(.key(.down))
        #expect(model.textScroll == 1)
        // The scroll marker in its own column, right of the text pane.
        #expect(model.view().lines()[1] == String(repeating: " ", count: 79) + "↑")
        #expect(model.view().lines()[2] == " • one")
        model.update(.key(.end))
        #expect(model.textScroll == layout.maxScroll)
        model.update(.key(.down))
        #expect(model.textScroll == layout.maxScroll, "no scrolling past the last line")
        model.update(.key(.up))
        #expect(model.textScroll == layout.maxScroll - 1, "one key up moves one line, however far down was pressed")
        model.update(.key(.home))
        #expect(model.textScroll == 0)
    }

    @Test func answeringBringsTheVerdictIntoView() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.character("n")))
        model.update(.key(.character("r")))
        Self.finishRun(&model)
        // From the lab view (which answers no checkpoint it does not show) to the run beside the text,
        // at the top of the text: the verdict is below the text pane's fold until the answer reveals it.
        while model.pageView != .split { model.update(.key(.character("v"))) }
        let before = model.view().lines().joined(separator: "\n")
        #expect(!before.contains("✓ Right."), "the verdict is below the fold: \(before)")
        model.update(.key(.character("2")))
        let after = model.view().lines()
        #expect(after.contains { $0.hasPrefix(" ✓ Right. The two-sided difference has error of order ε².") },
                "\(after.joined(separator: "\n"))")
    }
}
