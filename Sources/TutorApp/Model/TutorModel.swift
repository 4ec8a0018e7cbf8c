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
    }

    public enum Focus: Equatable {
        case text
        case knobs
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
    /// Runs asked for so far: the last one's token (see `RunRequest`).
    public internal(set) var runsRequested = 0
    /// A one-line message in the footer (an error, a confirmation).
    public internal(set) var status: String?
    /// Pages visited and completed, answers given and the last position, across sessions.
    public internal(set) var progress: StudentProgress
    /// The checkpoint just answered, whose verdict the text pane scrolls into view.
    public internal(set) var revealedCheckpoint: String?
    /// What the student is typing as the answer to a numeric checkpoint, while they type it.
    public internal(set) var numericInput: String?
    /// Where the student left off last time, offered on the overview until they move on.
    public internal(set) var resumeTarget: (entryIndex: Int, pageIndex: Int)?
    public let seed: UInt64
    /// Presenting to a class, or following a presenter (see `TutorModel+Follow.swift`).
    public internal(set) var classroom: Classroom?
    /// The experiments the pages embed, looked up by id.
    public let catalog: LessonCatalog

    public init(course: Course, catalog: LessonCatalog, options: RenderOptions, progress: StudentProgress = StudentProgress(),
                seed: UInt64 = 1, notice: String? = nil) {
        self.course = course
        self.catalog = catalog
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
    /// How the current page is shown: a page without an experiment is all text.
    public var pageView: PageView {
        // A follower sees the presenter's knobs and chart until they pick a view of their own.
        currentPage?.experiment == nil ? .text
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
        let effects = apply(message)
        return runEffects(since: before) + effects
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
            return []
        case .quitSignal:
            live?.cancel()
            return [.quit]
        case .runProgressed(let token, let frame, let finished):
            // A late report from a run since replaced or cancelled changes nothing.
            guard let run = live, run.token == token, run.isActive else { return [] }
            live?.frame = frame
            live?.isFinished = finished
            return []
        case .key(let key):
            return classroomKey(key) { $0.handle(key) }
        case .presentation(let event):
            return receivePresentation(event)
        case .runBudget(let permission):
            return applyRunBudget(permission)
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
        case .lesson: return focus == .knobs ? .knobs : .page
        }
    }

    private mutating func handle(_ key: Key, in overlay: Overlay) -> [Effect] {
        switch overlay {
        case .help:
            if Keymap.action(for: key, in: .help) == .closeHelp { self.overlay = nil }
            return []
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
        case .open:
            openLesson(at: lessonIndex)
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
        if focus == .text, case .character(let first) = key, first.isNumber || first == "-" || first == ".",
           case .numeric? = pendingCheckpoint?.answer {
            numericInput = String(first)
            if let id = pendingCheckpoint?.id { reveal(checkpoint: id) }
            return []
        }
        switch action {
        case .cancel:
            if isRunning {
                live?.cancel()
                status = text.runCancelledMessage
            } else if focus == .knobs {
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
        case .switchFocus:
            if settings != nil { focus = focus == .text ? .knobs : .text }
            // The text view has no knobs to show: focusing them brings them on screen.
            if focus == .knobs, pageView == .text { chosenView = .split }
        case .run: startRun()
        case .switchView:
            guard currentPage?.experiment != nil else {
                status = text.noExperiment
                return []
            }
            chosenView = pageView.next
            labScroll = 0
        case .up:
            if focus == .knobs { knobIndex = max(0, knobIndex - 1) } else { scroll(by: -1) }
        case .down:
            if focus == .knobs { knobIndex = min(max(0, (settings?.knobs.count ?? 1) - 1), knobIndex + 1) } else { scroll(by: 1) }
        case .top: scroll(by: -Int(Int32.max))
        case .bottom: scroll(by: Int(Int32.max))
        case .decrease: stepKnob(by: -1)
        case .increase: stepKnob(by: 1)
        case .answer:
            if case .character(let digit) = key { return answerCheckpoint(with: String(digit)) }
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

    /// Moves to the next or previous page; moving on marks the page left behind as completed.
    mutating func turnPage(by offset: Int) -> [Effect] {
        guard let lesson = currentLesson, let page = currentPage else { return [] }
        let target = pageIndex + offset
        if offset > 0 { progress.markCompleted(lesson: lesson.id, page: page.id) }
        guard lesson.pages.indices.contains(target) else {
            status = offset > 0 ? text.lastPage : text.firstPage
            return offset > 0 ? [.saveProgress] : []
        }
        showPage(target)
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
        settings = nil
        guard let embed = currentPage?.experiment else { return }
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
        // The knob panel folds back to one line so the chart gets the room.
        focus = .text
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

    mutating func stepKnob(by direction: Int) {
        guard var current = settings, current.knobs.indices.contains(knobIndex) else { return }
        let knob = current.knobs[knobIndex]
        guard let value = current[knob.id] else { return }
        current.set(knob.id, to: knob.stepped(value, by: direction))
        settings = current
        status = text.knobChanged(knob.label, current[knob.id]?.description ?? "")
    }

    /// The checkpoint an answer goes to: the page's first unanswered one, else its last (to change it).
    var pendingCheckpoint: Checkpoint? {
        guard let lesson = currentLesson, let page = currentPage, !page.checkpoints.isEmpty else { return nil }
        return page.checkpoints.first { progress.answer(lesson: lesson.id, checkpoint: $0.id) == nil }
            ?? page.checkpoints[page.checkpoints.count - 1]
    }

    /// Typing a number: digits and number signs edit it, Enter submits, Esc abandons it.
    private mutating func handleNumericInput(_ key: Key) -> [Effect] {
        guard var text = numericInput else { return [] }
        switch key {
        case .enter:
            numericInput = nil
            return answerCheckpoint(with: text)
        case .escape:
            numericInput = nil
        case .backspace:
            text.removeLast()
            numericInput = text.isEmpty ? nil : text
        case .character(let character) where character.isNumber || "-+.,eE".contains(character):
            if text.count < 24 { numericInput = text + String(character) }
        default:
            status = self.text.typeNumberHint
        }
        return []
    }

    /// Answers the pending checkpoint with what the student typed.
    mutating func answerCheckpoint(with text: String) -> [Effect] {
        guard let lesson = currentLesson, let checkpoint = pendingCheckpoint else { return [] }
        guard let answer = checkpoint.parseAnswer(text) else {
            if case .numeric = checkpoint.answer {
                status = self.text.notANumber(text)
            } else {
                status = self.text.answerWithNumber
            }
            return []
        }
        progress.recordAnswer(lesson: lesson.id, checkpoint: checkpoint.id, answer: answer, correct: checkpoint.judge(answer))
        // The verdict is in the text: the lab view has none, so `reveal` shows the text beside the run.
        reveal(checkpoint: checkpoint.id)
        return [.saveProgress]
    }
}
