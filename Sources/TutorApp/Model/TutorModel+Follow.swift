import Classroom
import Course
import Experiments
import TextCharts

/// Presenting and following: the presenter's state goes out as `PresentationState` snapshots
/// (`Effect.publishPresentation` says when it changed); a follower's host reads the presenter's
/// file and sends what it found as `Message.presentation`.
extension TutorModel {
    /// Makes this tutor a presenter named `name` (a valid `PresentationName`).
    public mutating func startPresenting(as name: String) {
        classroom = Classroom(role: .presenter, name: name)
    }

    /// Makes this tutor follow the presentation named `name`; until its first state arrives the
    /// tutor works as usual and says it is waiting.
    public mutating func startFollowing(_ name: String) {
        classroom = Classroom(role: .follower, name: name)
    }

    var classroomText: ClassroomText { ClassroomText(language: course.language) }

    /// What a presenter publishes now (session, pid and times are the host's to fill in), or nil
    /// when this tutor is not presenting.
    public var presentationSnapshot: PresentationState? {
        guard let classroom, classroom.role == .presenter else { return nil }
        var state = PresentationState(name: classroom.name, run: classroom.runCounter, seed: seed)
        state.lesson = currentEntry?.lesson?.id
        if screen == .lesson, let page = currentPage {
            state.page = page.id
            state.experiment = page.experiment?.experimentID
            state.knobs = settings.map(PresentationState.assignments) ?? []
            if let live {
                state.showingRun = true
                state.runKnobs = PresentationState.assignments(live.settings)
            }
            state.answers = publishedAnswerSummaries
        }
        return state
    }

    /// Says in the footer that a follower's answer did not reach the presenter, until the next key.
    public mutating func showClassAnswerNotSent(_ reason: String) {
        status = classroomText.answerNotSent(reason)
    }

    /// Says in the footer that the presentation file could not be written, until the next key.
    public mutating func showPresentationNotPublished(_ reason: String) {
        status = classroomText.notPublished(reason)
    }

    // MARK: Keys

    /// Handles a key around the tutor's own handling (`body`): a follower's `f`, and the keys held
    /// back while following; for a presenter, counts runs and says when the state changed.
    mutating func classroomKey(_ key: Key, _ body: (inout TutorModel) -> [Effect]) -> [Effect] {
        guard let classroom else { return body(&self) }
        switch classroom.role {
        case .presenter:
            let before = presentationSnapshot
            let runBefore = live?.token
            let pageBefore = pageKey
            var effects = body(&self)
            if let live, live.token != runBefore { self.classroom?.runCounter += 1 }
            // The class's answers are revealed for one visit to a page: the next page starts hidden.
            if pageKey != pageBefore { self.classroom?.revealedPage = nil }
            if presentationSnapshot != before { effects.append(.publishPresentation) }
            return effects
        case .follower:
            if overlay == nil, numericInput == nil, Keymap.action(for: key, in: .following) == .explore {
                return toggleExploring()
            }
            guard classroom.isFollowing, overlay == nil, numericInput == nil, !isAllowedWhileFollowing(key) else {
                return body(&self)
            }
            if key == .character("q") {
                live?.cancel()
                return [.quit]
            }
            status = classroomText.heldBack(classroom.name)
            return []
        }
    }

    /// Keys that only change the follower's view of the same page: scrolling, help, answering
    /// (Tab moves between the page's checkpoints).
    private func isAllowedWhileFollowing(_ key: Key) -> Bool {
        switch key {
        case .up, .down, .home, .end, .escape, .tab, .backTab,
             .character("j"), .character("k"), .character("g"), .character("G"), .character("?"),
             .character("o"), .character("v"):  // showing or hiding the previous run changes only the follower's chart
            return true
        case .character(let character):
            return screen == .lesson && (character.isNumber || character == "-" || character == ".")
        default:
            return false
        }
    }

    private mutating func toggleExploring() -> [Effect] {
        guard let classroom else { return [] }
        status = nil
        if classroom.exploring {
            self.classroom?.exploring = false
            guard classroom.presenter == .present, let latest = classroom.latest else {
                status = classroomText.rejoined(classroom.name)
                return []
            }
            let effects = follow(latest, joining: true)
            if status == nil { status = classroomText.rejoined(classroom.name) }
            return effects
        }
        self.classroom?.exploring = true
        status = classroomText.steppedOut(classroom.name)
        return []
    }

    // MARK: Presentation messages

    mutating func receivePresentation(_ event: PresentationEvent) -> [Effect] {
        guard let classroom, classroom.role == .follower else { return [] }
        switch event {
        case .update(let state):
            guard state.name == classroom.name else {
                self.classroom?.refusedUpdates += 1
                status = classroomText.ignoredUpdate(classroom.name, classroomText.otherName(state.name))
                return []
            }
            let joining = classroom.presenter != .present || state.session != classroom.followedSession
            if case .failure(let reason) = resolve(state) {
                self.classroom?.refusedUpdates += 1
                status = classroomText.ignoredUpdate(classroom.name, reason)
                return []
            }
            self.classroom?.presenter = .present
            self.classroom?.latest = state
            if classroom.presenter != .present { status = classroomText.joined(classroom.name) }
            guard !classroom.exploring else { return [] }
            return follow(state, joining: joining)
        case .unreadable(let reason):
            self.classroom?.refusedUpdates += 1
            status = classroomText.ignoredUpdate(classroom.name, reason)
            return []
        case .gone:
            // Before the first state arrives the follower is still waiting, not abandoned.
            guard classroom.presenter == .present else { return [] }
            status = classroomText.presenterLeft(classroom.name)
            self.classroom?.presenter = .gone
            return []
        }
    }

    /// What a presenter's state means in this course: where to go, with which knobs.
    private struct Resolved {
        var entryIndex: Int
        var pageIndex: Int?
        var experiment: (any Experiment)?
        var settings: KnobSettings?
        var runSettings: KnobSettings?
    }

    private enum Resolution {
        case success(Resolved)
        case failure(String)
    }

    /// Checks a presenter's state against this course; a failure says what did not fit.
    private func resolve(_ state: PresentationState) -> Resolution {
        let words = classroomText
        guard let lessonID = state.lesson else {
            return state.page == nil ? .success(Resolved(entryIndex: lessonIndex)) : .failure(words.pageWithoutLesson)
        }
        guard let entryIndex = entries.firstIndex(where: { $0.id == lessonID }) else {
            return .failure(words.unknownLesson(lessonID))
        }
        guard let pageID = state.page else { return .success(Resolved(entryIndex: entryIndex)) }
        guard let lesson = entries[entryIndex].lesson, !lesson.pages.isEmpty else {
            return .failure(words.brokenLesson(lessonID))
        }
        guard let pageIndex = lesson.pageIndex(id: pageID) else { return .failure(words.unknownPage(pageID, lessonID)) }
        var resolved = Resolved(entryIndex: entryIndex, pageIndex: pageIndex)
        let embed = lesson.pages[pageIndex].experiment
        if let id = state.experiment, id != embed?.experimentID { return .failure(words.otherExperiment(id)) }
        guard let embed, let experiment = catalog.experiment(id: embed.experimentID) else {
            return .success(resolved)  // nothing to run here: the knobs have nowhere to go
        }
        resolved.experiment = experiment
        do {
            resolved.settings = try KnobSettings(experiment: experiment, assignments: state.knobs)
            if let runKnobs = state.runKnobs {
                resolved.runSettings = try KnobSettings(experiment: experiment, assignments: runKnobs)
            }
        } catch {
            return .failure(error.description)
        }
        return .success(resolved)
    }

    /// Moves to the presenter's place and knobs; runs when the presenter started a new run, or
    /// when joining a presenter that has a run on screen.
    private mutating func follow(_ state: PresentationState, joining: Bool) -> [Effect] {
        guard case .success(let target) = resolve(state) else { return [] }
        let newRun = joining ? state.showingRun : (state.run != classroom?.followedRun && state.showingRun)
        classroom?.followedSession = state.session
        classroom?.followedRun = state.run
        var effects: [Effect] = []
        overlay = overlay == .confirmQuit ? nil : overlay
        guard let pageIndex = target.pageIndex else {
            if screen != .overview {
                live = nil
                screen = .overview
            }
            lessonIndex = target.entryIndex
            return []
        }
        if screen != .lesson || lessonIndex != target.entryIndex || self.pageIndex != pageIndex {
            numericInput = nil
            openLesson(at: target.entryIndex, page: pageIndex)
            effects.append(.saveProgress)
        }
        if let settings = target.settings, settings != self.settings {
            self.settings = settings
        }
        // The knobs are the presenter's: a follower (rejoining, or waiting with them focused) reads them.
        if focus == .knobs {
            focus = .text
            knobInput = nil
        }
        if newRun {
            startPresentersRun(target, seed: state.seed)
        } else if !state.showingRun {
            classroom?.holdsRun = false
        }
        return effects
    }
}

extension TutorModel {
    // MARK: The follower's run budget (the host decides, the model holds runs back)

    /// Starts the presenter's run unless the host's budget holds it back; a held run starts when
    /// `Message.runBudget` lets it, with the presenter's latest state.
    private mutating func startPresentersRun(_ target: Resolved, seed: UInt64) {
        guard let classroom, let experiment = target.experiment,
              let settings = target.runSettings ?? target.settings else { return }
        switch classroom.runPermission {
        case .allowed:
            beginRun(of: experiment, settings: settings, seed: seed)
            self.classroom?.holdsRun = false
            self.classroom?.presentersRunsStarted += 1
        case .tooSoon:
            self.classroom?.holdsRun = true
        case .overBudget(let used, let limit):
            if !classroom.holdsRun { status = classroomText.runHeldBack(used: used, limit: limit) }
            self.classroom?.holdsRun = true
        }
    }

    /// The host says whether the presenter's runs may start now (`Message.runBudget`): a run held
    /// back starts if so; the presenter's run on screen stops when it went over the CPU budget.
    mutating func applyRunBudget(_ permission: RunPermission) -> [Effect] {
        guard let classroom, classroom.role == .follower else { return [] }
        self.classroom?.runPermission = permission
        if case .overBudget(let used, let limit) = permission, classroom.isFollowing, isRunning {
            live?.cancel()
            status = classroomText.runStopped(used: used, limit: limit)
        }
        guard permission == .allowed, classroom.holdsRun, classroom.isFollowing, let latest = classroom.latest,
              latest.showingRun, case .success(let target) = resolve(latest) else { return [] }
        startPresentersRun(target, seed: latest.seed)
        return []
    }

    /// A presenter's run is on the follower's screen, using the follower's CPU: while following,
    /// and after the presenter left until the student starts exploring (the run goes on).
    public var isRunningPresentersRun: Bool {
        guard let classroom, classroom.role == .follower, !classroom.exploring, classroom.presenter != .waiting else { return false }
        return isRunning
    }
}

extension TutorModel {
    // MARK: View

    /// The classroom badge in the header and, while following, the follower's keys in the footer.
    /// The header's classroom badge, "[following alice]", as shown (the lesson title gives way to it).
    var classroomBadge: String? {
        guard let classroom else { return nil }
        let words = classroomText
        let badge: String
        switch (classroom.role, classroom.presenter) {
        case (.presenter, _): badge = words.presenting(classroom.name)
        case (.follower, _) where classroom.exploring: badge = words.exploring
        case (.follower, .present): badge = words.following(classroom.name, presenter: classroom.latest?.owner)
        case (.follower, .gone): badge = words.presenterGone
        case (.follower, .waiting): badge = words.waiting(classroom.name)
        }
        return "[" + options.text(badge) + "]"
    }

    func renderClassroom(into buffer: inout ScreenBuffer, header: Rect, footer: Rect) {
        guard let classroom, let shown = classroomBadge, !isTooSmall else { return }
        let words = classroomText
        var reserved = 0
        if screen == .lesson, let lesson = currentLesson {
            reserved = DisplayWidth.of(options.text(text.pageNumber(pageIndex + 1, of: lesson.pages.count))) + 2
        }
        let x = max(header.x, header.maxX - reserved - DisplayWidth.of(shown) - 1)
        buffer.put(" ", x: x - 1, y: header.y, style: Style(reverse: true), clip: header)
        buffer.put(shown, x: x, y: header.y, style: Style(bold: true, reverse: true), clip: header)
        if classroom.isFollowing, status == nil, overlay == nil, numericInput == nil {
            buffer.put(String(repeating: " ", count: footer.width), x: footer.x, y: footer.y, clip: footer)
            let keys = words.keysFollowing(classroom.name, canAnswer: currentPage?.checkpoints.isEmpty == false,
                                           canSwitchView: currentPage?.experiment != nil)
            buffer.put(options.text(keys), x: footer.x, y: footer.y, style: .dim, clip: footer)
        }
    }
}
