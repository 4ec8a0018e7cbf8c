import Course
import Experiments
import Foundation
import Localization
import Testing
import TextCharts
@testable import TutorApp

/// Working through a lesson: typed and logarithmic knobs, presets from the text, checkpoints with
/// focus, hints and explanations, when a lesson is done, and resuming where the student left off.
@Suite struct WorkingALessonTests {
    static let lessonText = """
    ---
    id: working
    title: Working
    summary: Knobs, presets and checkpoints.
    ---

    ## Sizes {#sizes}

    Set `size` to 100 and press `r`.

    ```experiment split.ratios
    size = 1000000
    preset size = 100
    preset huge: size = 10000000
    ```

    ## Two questions {#two}

    Two checkpoints on one page.

    ```checkpoint first
    ? Pick the second choice.
    - one
    * two
    ~ Not the first one.
    > The second choice was right.
    ```

    ```checkpoint second
    ? Type 0.6.
    = 0.6 ± 0.001
    ~ Six tenths.
    > 3/5 = 0.6.
    ```

    ## Summary {#summary}

    - Log steps for sizes.
    """

    /// The test lessons in the folder of `language` (the chrome follows the course's language).
    static func makeCourse(language: Language = .en) throws -> Course {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("working-\(UUID().uuidString)")
        // The course is read whole by the loader: its files need not outlive it.
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = language.rawValue
        try FileManager.default.createDirectory(at: directory.appendingPathComponent(folder), withIntermediateDirectories: true)
        try "working\nchecking\n".write(to: directory.appendingPathComponent("course.txt"), atomically: true, encoding: .utf8)
        try lessonText.write(to: directory.appendingPathComponent("\(folder)/working.md"), atomically: true, encoding: .utf8)
        try TutorModelTests.lessonText.write(to: directory.appendingPathComponent("\(folder)/checking.md"), atomically: true, encoding: .utf8)
        return try CourseLoader.load(directory: directory, language: language)
    }

    static func makeModel(progress: StudentProgress = StudentProgress(), language: Language = .en) throws -> TutorModel {
        var model = TutorModel(course: try makeCourse(language: language), catalog: LessonCatalog(ExperimentCatalog.all), options: RenderOptions(),
                               progress: progress)
        model.update(.resize(width: 80, height: 24))
        return model
    }

    static func press(_ model: inout TutorModel, _ keys: String) {
        for character in keys { model.update(.key(.character(character))) }
    }

    static func footer(_ model: TutorModel) -> String { model.view().lines()[23] }

    // MARK: Knobs

    @Test func sizeFromAMillionToAHundredInAtMostEightPresses() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.tab))
        #expect(model.focus == .knobs)
        #expect(model.settings?["size"] == .integer(1_000_000))
        var presses = 0
        while model.settings?["size"] != .integer(100), presses < 100 {
            model.update(.key(.left))
            presses += 1
        }
        #expect(model.settings?["size"] == .integer(100))
        #expect(presses <= 8, "took \(presses) presses")
        #expect(Self.footer(model) == "size = 100. Press r to run with it.")
    }

    @Test func sizeFromAMillionToAHundredInOneTypedEntry() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.tab))
        Self.press(&model, "100")  // a digit opens the input
        #expect(model.knobInput == "100")
        let screen = model.view().lines()
        #expect(screen.contains { $0.contains("type a value: 100_  a whole number from 100 to 10,000,000") },
                "the input shows the range: \(screen.joined(separator: "\n"))")
        #expect(model.settings?["size"] == .integer(1_000_000), "nothing changes before Enter")
        model.update(.key(.enter))
        #expect(model.knobInput == nil)
        #expect(model.settings?["size"] == .integer(100))
        // Enter opens an empty input too; + and - keep stepping outside it.
        model.update(.key(.enter))
        #expect(model.knobInput == "")
        model.update(.key(.escape))
        model.update(.key(.character("+")))
        #expect(model.settings?["size"] == .integer(300))
        model.update(.key(.character("-")))
        #expect(model.settings?["size"] == .integer(100))
    }

    @Test func invalidTypedValuesAreRefusedAndChangeNothing() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.tab))
        Self.press(&model, "50")
        model.update(.key(.enter))
        #expect(model.settings?["size"] == .integer(1_000_000))
        #expect(model.knobInput == "50", "the typed text stays to be corrected")
        let refused = try #require(model.status)
        #expect(refused.contains("50 is out of range for size: expected a whole number from 100 to 10,000,000"), "\(refused)")
        #expect(refused.contains("The knob keeps 1,000,000"))
        // The message takes the two bottom rows whole, nothing of the page left showing through.
        let rows = model.view().lines()
        let shown = [rows[22], rows[23]].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(shown == refused, "\(rows[21...])")
        model.update(.key(.backspace))
        model.update(.key(.backspace))
        Self.press(&model, "1.5e")
        model.update(.key(.enter))
        #expect(model.status?.contains("'1.5e' is not a valid value for size") == true, "\(model.status ?? "")")
        #expect(model.settings?["size"] == .integer(1_000_000))
        model.update(.key(.escape))
        #expect(model.knobInput == nil)
        #expect(model.settings?["size"] == .integer(1_000_000))
    }

    @Test func aRefusalSpeaksTheCoursesLanguage() throws {
        var model = try Self.makeModel(language: .zh)
        model.update(.key(.enter))
        model.update(.key(.tab))
        Self.press(&model, "50")
        model.update(.key(.enter))
        let refused = try #require(model.status)
        #expect(refused.contains("50 超出了 size 的范围：应为 100 到 10,000,000 之间的整数"), "\(refused)")
        #expect(refused.contains("旋钮保持 1,000,000"), "\(refused)")
        #expect(model.settings?["size"] == .integer(1_000_000))
    }

    @Test func everyKnobIsShownByItsIdAndPresetsApplyWithOneKey() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        // At 80 columns the page opens in the text view: the footer offers the presets.
        #expect(Self.footer(model) == "n/p page  ↑↓ scroll  r run  v split  x/y preset  Tab knobs  ? help  q back")
        model.update(.key(.character("v")))
        let lines = model.view().lines()
        #expect(lines.contains(" size: 1,000,000"))
        #expect(lines.contains(" presets: x size = 100   y huge"))
        model.update(.key(.character("y")))
        #expect(model.settings?["size"] == .integer(10_000_000))
        #expect(Self.footer(model) == "Preset: size = 10000000. Press r to run with it.")
        model.update(.key(.character("x")))
        #expect(model.settings?["size"] == .integer(100))
        model.update(.key(.character("z")))
        #expect(model.settings?["size"] == .integer(100))
        #expect(Self.footer(model) == "This page has no preset on z.")
    }

    @Test func thePresetKeysAreFreeInTheKeymap() {
        #expect(Keymap.presetKeys.count == NamedPreset.maximumPerExperiment)
        for key in Keymap.presetKeys {
            for context in KeyContext.allCases {
                let action = Keymap.action(for: .character(key), in: context)
                #expect(action == nil || action == .applyPreset, "\(key) in \(context) does \(String(describing: action))")
            }
        }
    }

    // MARK: Checkpoints

    /// Opens the page with two checkpoints.
    static func twoQuestions() throws -> TutorModel {
        var model = try makeModel()
        model.update(.key(.enter))
        model.update(.key(.character("n")))
        #expect(model.currentPage?.id == "two")
        return model
    }

    @Test func twoCheckpointsAnsweredInEitherOrderEachAgainstItsOwnQuestion() throws {
        for secondFirst in [true, false] {
            var model = try Self.twoQuestions()
            #expect(Self.footer(model) == "n/p page   ↑↓ scroll   Tab checkpoint   1-9 answer   ? help   q back")
            func answerSecond() {
                model.update(.key(.escape))
                model.update(.key(.tab))
                model.update(.key(.tab))
                #expect(model.focus == .checkpoint(1))
                #expect(model.view().lines().contains { $0.hasPrefix(" ▶ Checkpoint 2/2: Type 0.6.") })
                Self.press(&model, "0.6")
                model.update(.key(.enter))
            }
            func answerFirst() {
                model.update(.key(.escape))
                model.update(.key(.tab))
                #expect(model.focus == .checkpoint(0))
                Self.press(&model, "2")
            }
            if secondFirst {
                answerSecond()
                #expect(model.progress.answer(lesson: "working", checkpoint: "second")?.correct == true)
                #expect(model.progress.answer(lesson: "working", checkpoint: "first") == nil, "the first is untouched")
                answerFirst()
            } else {
                answerFirst()
                #expect(model.progress.answer(lesson: "working", checkpoint: "first")?.correct == true)
                #expect(model.progress.answer(lesson: "working", checkpoint: "second") == nil)
                answerSecond()
            }
            #expect(model.progress.answer(lesson: "working", checkpoint: "first")?.answer == .choice(1))
            #expect(model.progress.answer(lesson: "working", checkpoint: "second")?.answer == .number(0.6))
            #expect(model.progress.answer(lesson: "working", checkpoint: "first")?.correct == true)
            #expect(model.progress.answer(lesson: "working", checkpoint: "second")?.correct == true)
        }
    }

    @Test func aWrongAnswerBringsTheHintThenTheExplanation() throws {
        var model = try Self.twoQuestions()
        model.update(.key(.tab))
        Self.press(&model, "1")
        var text = model.view().lines().joined(separator: "\n")
        #expect(text.contains("✗ Not quite. Hint: Not the first one. Answer again."))
        #expect(!text.contains("The second choice was right."), "no explanation after one wrong answer")
        Self.press(&model, "1")
        text = model.view().lines().joined(separator: "\n")
        #expect(text.contains("✗ Not quite. The second choice was right."), "the explanation after a second wrong one")
        Self.press(&model, "2")
        text = model.view().lines().joined(separator: "\n")
        #expect(text.contains("✓ Right. The second choice was right."), "it can be answered again")
        #expect(model.progress.answer(lesson: "working", checkpoint: "first")?.correct == true)
    }

    @Test func aRightFirstAnswerBringsTheExplanation() throws {
        var model = try Self.twoQuestions()
        model.update(.key(.tab))
        Self.press(&model, "2")
        #expect(model.view().lines().joined(separator: "\n").contains("✓ Right. The second choice was right."))
    }

    @Test func aLessonIsDoneOnlyWhenEveryPageWasReadAndEveryCheckpointIsRight() throws {
        var model = try Self.twoQuestions()
        model.update(.key(.tab))
        Self.press(&model, "2")
        model.update(.key(.tab))
        Self.press(&model, "0.5")
        model.update(.key(.enter))
        model.update(.key(.character("n")))
        #expect(model.currentPage?.id == "summary")
        let lesson = try #require(model.currentLesson)
        #expect(model.progress.completedCount(of: lesson) == 3, "every page fits on screen: all seen to their end")
        #expect(!model.progress.isDone(lesson), "one checkpoint is wrong")
        model.update(.key(.character("q")))
        var lines = model.view().lines()
        #expect(lines.contains(" ▶ 1. Working  (3/3 pages)"))
        #expect(lines.contains(" Still open in Working: checkpoint 2 on “Two questions”"))
        model.update(.key(.enter))
        #expect(model.currentPage?.id == "summary", "Enter resumes where the student left off")
        model.update(.key(.character("p")))
        model.update(.key(.tab))
        model.update(.key(.tab))
        Self.press(&model, "0.6")
        model.update(.key(.enter))
        #expect(model.progress.isDone(lesson))
        model.update(.key(.character("q")))
        lines = model.view().lines()
        #expect(lines.contains(" ▶ 1. Working  (3/3 pages) ✓"))
        #expect(!lines.contains { $0.contains("Still open") })
    }

    // MARK: Moving through the course

    @Test func enterResumesAStartedLessonAndOneStartsItOver() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.character("n")))
        model.update(.key(.character("q")))
        model.update(.key(.enter))
        #expect(model.screen == .lesson && model.pageIndex == 1, "Enter reopens the page the student left")
        model.update(.key(.character("q")))
        model.update(.key(.character("1")))
        #expect(model.screen == .lesson && model.pageIndex == 0, "1 opens it at its first page")
        // A new session resumes there too.
        var later = try Self.makeModel(progress: model.progress)
        later.update(.key(.character("n")))  // the overview's c target is set; pick the lesson with Enter
        later.update(.key(.enter))
        #expect(later.pageIndex == 0)
    }

    @Test func theLastPageOffersTheNextLesson() throws {
        var model = try Self.makeModel()
        model.update(.key(.enter))
        model.update(.key(.character("n")))
        model.update(.key(.character("n")))
        #expect(model.currentPage?.id == "summary")
        #expect(model.view().lines().contains(" End of the lesson. n: next lesson (Gradient checking); q: lesson list"))
        #expect(Self.footer(model).hasPrefix("n next lesson   "))
        #expect(model.progress.isCompleted(lesson: "working", page: "summary"), "its end is on screen")
        model.update(.key(.character("n")))
        #expect(model.currentLesson?.id == "checking")
    }

    @Test func progressFromBeforeHintsAndResumingStillLoads() throws {
        // A file as the previous dltutor wrote it: no wrongAnswers, no lastPage.
        let old = """
        {"version":1,"lessons":{"working":{"pages":{"sizes":{"visited":1796032800,"completed":1796032860}},
        "checkpoints":{"first":{"answer":{"choice":{"_0":0}},"correct":false,"answeredAt":1796032920}}}},
        "lastPosition":{"lesson":"working","page":"two","updated":1796032920},"updated":1796032920}
        """
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("old-progress-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try old.write(to: directory.appendingPathComponent(ProgressStore.fileName), atomically: true, encoding: .utf8)
        let store = ProgressStore(directory: directory)
        let loaded = store.load()
        #expect(loaded.warning == nil)
        let progress = loaded.progress
        #expect(progress.isCompleted(lesson: "working", page: "sizes"))
        let record = try #require(progress.answer(lesson: "working", checkpoint: "first"))
        #expect(record.wrongCount == 1 && !record.showsExplanation, "an old wrong answer counts as one: the hint comes next")
        var model = try Self.makeModel(progress: progress)
        #expect(model.resumeTarget?.pageIndex == 1)
        model.update(.key(.enter))
        #expect(model.pageIndex == 0, "no saved page for the lesson: Enter opens its first page")
        model.update(.key(.character("n")))
        // Saving and loading back keeps everything, with the new fields.
        _ = try store.update { $0 = $0.merged(with: model.progress) }
        let again = store.load().progress
        #expect(again.isCompleted(lesson: "working", page: "sizes"))
        #expect(again.answer(lesson: "working", checkpoint: "first")?.wrongCount == 1)
        #expect(again.lesson("working").lastPage == "two")
        #expect(again.resumePageIndex(of: try #require(model.currentLesson)) == 1)
    }

    @Test func mergingKeepsTheNewerPlaceInEachLesson() {
        var onDisk = StudentProgress()
        onDisk.setPosition(lesson: "working", page: "sizes", at: Date(timeIntervalSince1970: 100))
        var mine = onDisk
        mine.setPosition(lesson: "working", page: "two", at: Date(timeIntervalSince1970: 200))
        #expect(onDisk.merged(with: mine).lesson("working").lastPage == "two")
        #expect(mine.merged(with: onDisk).lesson("working").lastPage == "two")
    }

    @Test func aFollowerTabsToTheCheckpointsButNotToThePresentersKnobs() throws {
        var model = try TutorModelTests.makeModel()
        model.startFollowing("alice")
        model.update(.presentation(.update(FollowModeTests.state(page: "better"))))
        #expect(model.currentPage?.id == "better")
        model.update(.key(.tab))
        #expect(model.focus == .checkpoint(0), "Tab skips the knobs the presenter sets")
        Self.press(&model, "2")
        #expect(model.progress.answer(lesson: "checking", checkpoint: "order")?.correct == true)
        model.update(.key(.tab))
        #expect(model.focus == .text)
    }
}
