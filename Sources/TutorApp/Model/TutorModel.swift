import Course
import Experiments
import TextCharts

/// The whole tutor as a value: state, `update(message)` and `view()`.
///
/// Following the Elm/Bubble Tea architecture, nothing here touches the terminal or a clock: keys
/// and a run's frames come in as messages, a screen buffer comes out, and anything the host must do
/// (start or cancel a run, save, quit) is returned as an effect. The model holds no references, so
/// it can be copied and replayed, and tests drive it key by key and read the screen as text.
public struct TutorModel {
    public enum Screen: Equatable {
        case overview
        case lesson
    }

    public enum Overlay: Equatable {
        case help
        case confirmQuit
        /// `e` found no file to edit: offer to copy the starters into the student's folder.
        case createExercises(ExerciseRequest)
        /// The course's terms in both languages, searchable by typing (`GlossaryBrowser`).
        case glossary(GlossaryBrowser)
    }

    /// What keys act on: Tab cycles text → knobs → each checkpoint of the page → text.
    public enum Focus: Equatable {
        case text
        case knobs
        /// The page's checkpoint at this index, in reading order.
        case checkpoint(Int)
    }

    /// The smallest terminal the layout is designed for.
    public static let minimumSize = (width: 80, height: 24)

    public var options: RenderOptions
    public internal(set) var course: Course
    public internal(set) var width = 80
    public internal(set) var height = 24
    public internal(set) var screen: Screen = .overview
    public internal(set) var overlay: Overlay?
    public internal(set) var focus: Focus = .text
    /// The highlighted lesson on the overview, and the lesson open in the lesson view.
    public internal(set) var lessonIndex = 0
    public internal(set) var pageIndex = 0
    public internal(set) var textScroll = 0
    /// The view the student chose with `v` (kept from page to page); nil until they choose.
    public internal(set) var chosenView: PageView?
    /// How far the lab view's run (charts, findings, tables) is scrolled.
    public internal(set) var labScroll = 0
    public internal(set) var knobIndex = 0
    /// The knob values for the current page's experiment, as the student has set them.
    public internal(set) var settings: KnobSettings?
    /// The run on the page (asked for, running, finished or cancelled) and its latest frame.
    public internal(set) var live: LiveRun?
    /// The finished runs of this experiment, for comparing the run on screen with the previous one.
    public internal(set) var runHistory = RunHistory()
    /// Whether the previous run of the page is drawn (faint) under the run on screen (`o`).
    public internal(set) var showsPreviousRun = true
    /// Runs asked for so far: the last one's token (see `RunRequest`).
    public internal(set) var runsRequested = 0
    /// A one-line message in the footer (an error, a confirmation).
    public internal(set) var status: String?
    /// Pages visited and completed, answers given and the last position, across sessions.
    public internal(set) var progress: StudentProgress
    /// The checkpoint just answered (or focused), which the text pane scrolls into view.
    public internal(set) var revealedCheckpoint: String?
    /// Whether to bring its verdict into view (after an answer) rather than its question (on focus).
    var revealsVerdict = true
    /// What the student is typing as the answer to a numeric checkpoint, while they type it.
    public internal(set) var numericInput: String?
    /// The checkpoint `numericInput` answers.
    var numericInputCheckpoint: String?
    /// What the student is typing as the focused knob's value, while they type it.
    public internal(set) var knobInput: String?
    /// Where the student left off last time, offered on the overview until they move on.
    public internal(set) var resumeTarget: (entryIndex: Int, pageIndex: Int)?
    public let seed: UInt64
    /// Presenting to a class, or following a presenter (see `TutorModel+Follow.swift`).
    public internal(set) var classroom: Classroom?
    /// The experiments and exercises the pages embed, looked up by id.
    public let catalog: LessonCatalog
    /// The student's exercise folder (`~/dltutor-exercises` or `$DLTUTOR_EXERCISE_DIR`, from the host).
    public let exerciseFolder: String
    /// The last check of each exercise this session, by exercise id (see `TutorModel+Exercise.swift`).
    public internal(set) var exerciseReports: [String: ExerciseReport] = [:]
    /// The exercise whose check the host is running, if any.
    public internal(set) var checkingExercise: String?
    /// The current page's text as last wrapped (a cache of `PageText.lines`, see `WrappedPageText`).
    var wrappedPageText: WrappedPageText?

    public init(course: Course, catalog: LessonCatalog, options: RenderOptions, progress: StudentProgress = StudentProgress(),
                seed: UInt64 = 1, notice: String? = nil, exerciseFolder: String = "~/dltutor-exercises") {
        self.course = course
        self.catalog = catalog
        self.exerciseFolder = exerciseFolder
        self.options = options
        self.progress = progress
        self.seed = seed
        status = notice
        resumeTarget = course.resumeTarget(for: progress)
        if let resumeTarget { lessonIndex = resumeTarget.entryIndex }
    }

    // MARK: Derived state

    public var entries: [CourseEntry] { course.entries }
    public var currentEntry: CourseEntry? { entries.indices.contains(lessonIndex) ? entries[lessonIndex] : nil }
    public var currentLesson: Lesson? { currentEntry?.lesson }
    public var currentPage: Page? {
        guard let lesson = currentLesson, lesson.pages.indices.contains(pageIndex) else { return nil }
        return lesson.pages[pageIndex]
    }

    /// The experiment embedded in the current page and the error if it cannot be started.
    var currentExperiment: (any Experiment)? {
        guard let embed = currentPage?.experiment else { return nil }
        return catalog.experiment(id: embed.experimentID)
    }

    public var isRunning: Bool { live?.isActive ?? false }
    /// How the current page is shown: a page without an experiment is all text (or text and its exercise).
    public var pageView: PageView {
        // A follower sees the presenter's knobs and chart until they pick a view of their own.
        // A page with an exercise and no experiment shows the exercise beside or under its text.
        currentPage?.experiment == nil ? (currentPage?.exercise == nil ? .text : .split)
            : chosenView ?? (classroom?.isFollowing == true ? .split : .defaultView(width: width))
    }
    /// The tutor's own words in the course's language.
    var text: UIText { UIText(language: course.language) }
    var isTooSmall: Bool { width < Self.minimumSize.width || height < Self.minimumSize.height }

    // MARK: Update

    /// Applies a message and returns what the host should do.
    ///
    /// Whatever path a message takes (a key, a presenter's new run, a page turned), the run effects
    /// come from comparing the run before and after: the host stops the one no longer shown and
    /// starts the new one.
    @discardableResult
    public mutating func update(_ message: Message) -> [Effect] {
        let before = live
        let watchedBefore = watchedExercise
        var effects = apply(message)
        // A run's frame changes the panel beside the text, never the text pane's lines or scroll.
        if case .runProgressed = message {} else {
            rememberPageText()
            if noteEndOfPageSeen(), !effects.contains(.saveProgress) { effects.append(.saveProgress) }
        }
        return runEffects(since: before) + exerciseWatchEffects(since: watchedBefore) + effects
    }

    private func runEffects(since before: LiveRun?) -> [Effect] {
        var effects: [Effect] = []
        if let before, before.isActive, live?.token != before.token || live?.cancelled == true {
            effects.append(.cancelRun(token: before.token))
        }
        if let live, live.token != before?.token, live.isActive {
            effects.append(.startRun(live.request))
        }
        return effects
    }

    private mutating func apply(_ message: Message) -> [Effect] {
        switch message {
        case .resize(let newWidth, let newHeight):
            width = max(0, newWidth)
            height = max(0, newHeight)
            keepFocusOnScreen()
            return []
        case .quitSignal:
            live?.cancel()
            return [.quit]
        case .runProgressed(let token, let frame, let finished):
            // A late report from a run since replaced or cancelled changes nothing.
            guard let run = live, run.token == token, run.isActive else { return [] }
            live?.frame = frame
            live?.isFinished = finished
            if finished, let live, let page = currentPage { runHistory.record(live, pageID: page.id) }
            return []
        case .key(let key):
            return classroomKey(key) { $0.handle(key) }
        case .presentation(let event):
            return receivePresentation(event)
        case .runBudget(let permission):
            return applyRunBudget(permission)
        case .exerciseChecked, .exerciseFileChanged, .exerciseFileMissing, .editorFinished, .exercisesInitialized:
            return applyExercise(message)
        case .classAnswers(let answers, let ignored):
            return receiveClassAnswers(answers, ignored: ignored)
        }
    }

    private mutating func handle(_ key: Key) -> [Effect] {
        status = nil
        if let overlay {
            return handle(key, in: overlay)
        }
        let action = Keymap.action(for: key, in: keyContext)
        if action == .help {
            overlay = .help
            return []
        }
        if action == .glossary {
            overlay = .glossary(GlossaryBrowser(fromHelp: false))
            return []
        }
        switch screen {
        case .overview: return handleOverview(action)
        case .lesson: return handleLesson(key, action)
        }
    }

    /// Where keys are pressed now, for the keymap.
    var keyContext: KeyContext {
        if overlay == .help { return .help }
        switch screen {
        case .overview: return .overview
        case .lesson:
            switch focus {
            case .text: return .page
            case .knobs: return .knobs
            case .checkpoint: return .checkpoint
            }
        }
    }

    private mutating func handle(_ key: Key, in overlay: Overlay) -> [Effect] {
        switch overlay {
        case .help:
            switch Keymap.action(for: key, in: .help) {
            case .closeHelp: self.overlay = nil
            case .glossary: self.overlay = .glossary(GlossaryBrowser(fromHelp: true))
            default: break
            }
            return []
        case .glossary(var browser):
            let outcome = browser.handle(key, page: glossaryPageHeight)
            browser.clampScroll(lines: glossaryLines(browser).count, page: glossaryPageHeight)
            self.overlay = outcome == .close ? (browser.fromHelp ? .help : nil) : .glossary(browser)
            return []
        case .createExercises(let request):
            self.overlay = nil
            switch key {
            case .character("y"), .character("Y"), .enter: return [.initializeExercises(request)]
            default: return []
            }
        case .confirmQuit:
            switch key {
            case .character("y"), .character("Y"), .enter:
                live?.cancel()
                self.overlay = nil
                return [.quit]
            default:
                self.overlay = nil
                return []
            }
        }
    }

    private mutating func handleOverview(_ action: KeyAction?) -> [Effect] {
        switch action {
        case .resume:
            guard let target = resumeTarget else { return [] }
            openLesson(at: target.entryIndex, page: target.pageIndex)
            return currentPage == nil ? [] : [.saveProgress]
        case .up: lessonIndex = max(0, lessonIndex - 1)
        case .down: lessonIndex = min(max(0, entries.count - 1), lessonIndex + 1)
        case .top: lessonIndex = 0
        case .bottom: lessonIndex = max(0, entries.count - 1)
        case .open, .openFromStart:
            // Enter reopens a started lesson where the student left it; `1` starts it over.
            let page = action == .open ? (entries[lessonIndex].lesson.map(progress.resumePageIndex(of:)) ?? 0) : 0
            openLesson(at: lessonIndex, page: page)
            return screen == .lesson ? [.saveProgress] : []
        case .back:
            if isRunning {
                overlay = .confirmQuit
                return []
            }
            return [.quit]
        default: break
        }
        return []
    }

    private mutating func handleLesson(_ key: Key, _ action: KeyAction?) -> [Effect] {
        if numericInput != nil { return handleNumericInput(key) }
        if knobInput != nil { return handleKnobInput(key) }
        if focus != .knobs, case .character(let first) = key, first.isNumber || first == "-" || first == ".",
           let target = answerTarget(), case .numeric = target.checkpoint.answer {
            focus = .checkpoint(target.index)
            numericInput = String(first)
            numericInputCheckpoint = target.checkpoint.id
            reveal(checkpoint: target.checkpoint.id, verdict: true)
            return []
        }
        switch action {
        case .cancel:
            if isRunning {
                live?.cancel()
                status = text.runCancelledMessage
            } else if focus != .text {
                focus = .text
            }
        case .back:
            if isRunning {
                overlay = .confirmQuit
                return []
            }
            live = nil
            screen = .overview
        case .nextPage: return turnPage(by: 1)
        case .previousPage: return turnPage(by: -1)
        case .switchFocus: cycleFocus(by: 1)
        case .switchFocusBack: cycleFocus(by: -1)
        case .run: startRun()
        case .togglePrevious: togglePreviousRun()
        case .switchView:
            guard currentPage?.experiment != nil else {
                status = text.noExperiment
                return []
            }
            chosenView = pageView.next
            labScroll = 0
            keepFocusOnScreen()
        case .up:
            if focus == .knobs { knobIndex = max(0, knobIndex - 1) } else { scroll(by: -1) }
        case .down:
            if focus == .knobs { knobIndex = min(max(0, (settings?.knobs.count ?? 1) - 1), knobIndex + 1) } else { scroll(by: 1) }
        case .top:
            // At the top of the text already (and not following a presenter), g goes back to the first page.
            if labLayout() == nil, let layout = pageTextLayout(), effectiveTextScroll(layout) == 0, pageIndex > 0,
               classroom?.isFollowing != true {
                showPage(0)
                return [.saveProgress]
            }
            scroll(by: -Int(Int32.max))
        case .bottom: scroll(by: Int(Int32.max))
        case .decrease: stepKnob(by: -1)
        case .increase: stepKnob(by: 1)
        case .editKnob: editKnob(startingWith: key)
        case .applyPreset:
            if case .character(let letter) = key, let index = Keymap.presetKeys.firstIndex(of: letter) { applyPreset(index) }
        case .answer:
            if case .character(let digit) = key { return answerCheckpoint(with: String(digit)) }
        case .editExercise: return editExercise()
        case .revealAnswers: return toggleRevealingAnswers()
        default: break
        }
        return []
    }

    /// Says in the footer that progress could not be written, until the next key.
    public mutating func showProgressNotSaved(_ reason: String) {
        status = text.progressNotSaved(reason)
    }

    // MARK: Actions

    mutating func openLesson(at index: Int, page: Int = 0) {
        guard let entry = entries.indices.contains(index) ? entries[index] : nil else { return }
        if let error = entry.error {
            status = text.brokenLesson(error.message)
            return
        }
        guard let lesson = entry.lesson, !lesson.pages.isEmpty else { return }
        lessonIndex = index
        screen = .lesson
        showPage(min(page, lesson.pages.count - 1))
    }

    /// Moves to the next or previous page; `n` on the last page opens the next lesson. (A page
    /// counts as completed once its end was on screen, see `noteEndOfPageSeen`, not by leaving it.)
    mutating func turnPage(by offset: Int) -> [Effect] {
        guard let lesson = currentLesson, currentPage != nil else { return [] }
        let target = pageIndex + offset
        guard lesson.pages.indices.contains(target) else {
            if offset > 0 { return openNextLesson() }
            status = text.firstPage
            return []
        }
        showPage(target)
        return [.saveProgress]
    }

    /// The lesson after this one that can be opened, if any.
    var nextLesson: (index: Int, lesson: Lesson)? {
        guard lessonIndex + 1 < entries.count else { return nil }
        for index in (lessonIndex + 1)..<entries.count {
            if let lesson = entries[index].lesson, !lesson.pages.isEmpty { return (index, lesson) }
        }
        return nil
    }

    private mutating func openNextLesson() -> [Effect] {
        guard classroom?.isFollowing != true, let next = nextLesson else {
            status = text.lastPage
            return []
        }
        if isRunning { live?.cancel() }
        openLesson(at: next.index, page: progress.resumePageIndex(of: next.lesson))
        return [.saveProgress]
    }

    mutating func showPage(_ index: Int) {
        live = nil
        resumeTarget = nil
        pageIndex = index
        if let lesson = currentLesson, let page = currentPage {
            progress.markVisited(lesson: lesson.id, page: page.id)
            progress.setPosition(lesson: lesson.id, page: page.id)
        }
        textScroll = 0
        labScroll = 0
        revealedCheckpoint = nil
        knobIndex = 0
        focus = .text
        knobInput = nil
        numericInput = nil
        settings = nil
        guard let embed = currentPage?.experiment else { return }
        runHistory.keepOnly(experiment: embed.experimentID)
        do {
            settings = try embed.resolve(in: catalog).settings
        } catch {
            status = text.experimentCannotStart("\(error)")
        }
    }

    mutating func startRun() {
        guard let experiment = currentExperiment, let settings else {
            status = currentPage?.experiment == nil ? text.noExperiment : status
            return
        }
        beginRun(of: experiment, settings: settings, seed: seed)
        // The knob panel folds back to its short form so the chart gets the room.
        if focus == .knobs { focus = .text }
    }

    /// Shows a new run on the page; `update` asks the host to start it (and to stop the one before).
    mutating func beginRun(of experiment: any Experiment, settings: KnobSettings, seed: UInt64) {
        runsRequested += 1
        labScroll = 0
        // A run is to be watched: from the text view, go where it shows (the lab, or side by side).
        // Otherwise the view it starts in stays, even if the window is resized under it.
        if pageView == .text { chosenView = width >= 120 ? .split : .lab } else if chosenView == nil { chosenView = pageView }
        live = LiveRun(request: RunRequest(token: runsRequested, experimentID: experiment.id, settings: settings, seed: seed,
                                           language: course.language))
    }
}
