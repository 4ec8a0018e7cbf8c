import Classroom
import FoundationEssentials
import Glibc
import TextSupport
import TerminalBackend
import TutorApp

/// Plugs a `ClassroomSession` into the tutor's loop in `TutorCommand`: the model's presentation
/// snapshots go out when an update says they changed (`Effect.publishPresentation`), what a
/// follower read comes in as `Message.presentation`, and the follower's run budget is applied
/// before each update.
final class ClassroomHost {
    let session: ClassroomSession
    /// Something the student should know from the start (a presenter whose name was taken).
    let notice: String?
    /// The model's count of the presenter's runs started, as last seen.
    private var runsSeen = 0

    private init(session: ClassroomSession, notice: String? = nil) {
        self.session = session
        self.notice = notice
    }

    /// Starts presenting or following as the options ask (nil for an ordinary session). `--follow`
    /// without a name lists the live presentations and asks which one, before the screen is taken.
    static func start(_ options: TutorOptions, environment: [String: String]) throws(ClassroomError) -> ClassroomHost? {
        let directory = PresentationDirectory.standard(environment: environment)
        let system = ClassroomSystem()
        switch options.classroom {
        case nil:
            return nil
        case .present(let name, let publish):
            let publisher = try PresentationPublisher(directory: directory, name: name,
                                                      first: PresentationState(name: name, seed: options.seed),
                                                      publishing: publish, system: system)
            // Followers' answers go beside the presentation file; presenting goes on without them.
            let answers = AnswerDirectory(presentationFile: publisher.path)
            var notices = [publisher.notice].compactMap { $0 }
            var collector: AnswerCollector?
            do {
                try answers.prepare(user: system.user, users: system.users)
                collector = AnswerCollector(directory: answers, users: system.users)
            } catch {
                notices.append(error.description + ".")
            }
            return ClassroomHost(session: ClassroomSession(role: .presenter(publisher), collector: collector),
                                 notice: notices.isEmpty ? nil : notices.joined(separator: " "))
        case .followURL(let text):
            guard let url = URL(string: text) else { throw ClassroomError("--follow: '\(text)' is not a URL") }
            let reader = HTTPPresentationReader(url: url)
            guard PresentationName.isValid(reader.name) else {
                throw ClassroomError("--follow \(text): the URL must end in NAME.json, the file a presenter's --publish writes")
            }
            return ClassroomHost(session: ClassroomSession(role: .follower(reader)))
        case .follow(let name, let presenter):
            let configuration = try ClassroomConfiguration.load(path: ClassroomConfiguration.path(environment: environment))
            var chosen = (name: name ?? "", presenter: presenter)
            if name == nil { chosen = try choosePresentation(in: directory, system: system) }
            let trust = try TrustedPresenters.resolve(user: chosen.presenter, configuration: configuration,
                                                      users: system.users, ownUser: system.user)
            let reader = PresentationReader(directory: directory, name: chosen.name, trust: trust, system: system)
            return ClassroomHost(session: ClassroomSession(role: .follower(reader), sender: AnswerSender(system: system)))
        }
    }

    /// The live presentations as lines for a person, numbered when `numbered`.
    static func listing(_ live: [PresentationState], numbered: Bool) -> [String] {
        return live.enumerated().map { index, state in
            // Anyone may write these files: print no control characters (terminal escapes).
            let place = [state.lesson, state.page].compactMap { $0 }.map(printable).joined(separator: " › ")
            let since = state.started > 0 ? ", since " + localHourAndMinute(state.started) : ""
            let prefix = numbered ? "\(index + 1)) " : ""
            return "\(prefix)\(state.name)  — \(state.owner ?? "?")\(since)" + (place.isEmpty ? "" : ", at \(place)")
        }
    }

    /// `HH:mm` of a time in the local time zone.
    static func localHourAndMinute(_ secondsSince1970: Double) -> String {
        var seconds = time_t(secondsSince1970.rounded(.down))
        var local = tm()
        localtime_r(&seconds, &local)
        return String(printf: "%02d:%02d", local.tm_hour, local.tm_min)
    }

    /// `text` without control characters, at most 60 characters long.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) }.prefix(60)))
    }

    /// Asks which live presentation to follow; the answer names its presenter too, so the choice
    /// is followed only from the user it was made for.
    private static func choosePresentation(in directory: PresentationDirectory,
                                           system: ClassroomSystem) throws(ClassroomError) -> (name: String, presenter: String?) {
        let live = directory.livePresentations(system: system)
        guard !live.isEmpty else {
            throw ClassroomError("no live presentations in \(directory.path); start one with 'dltutor --present NAME', or wait for it with 'dltutor --follow NAME@USER'")
        }
        if live.count == 1 {
            print("Following \(live[0].name) (\(live[0].owner ?? "?")).")
            return (live[0].name, live[0].owner)
        }
        print("Live presentations:\n" + listing(live, numbered: true).joined(separator: "\n"))
        while true {
            StandardOutput.writePrompt("Follow which one? (1-\(live.count); empty to cancel) ")
            guard let answer = readLine()?.trimmingSpaces, !answer.isEmpty else {
                throw ClassroomError("no presentation chosen")
            }
            if let number = Int(answer), live.indices.contains(number - 1) { return (live[number - 1].name, live[number - 1].owner) }
            print("'\(answer)' is not in the list.")
        }
    }

    // MARK: In the tutor's loop

    /// Sets the model's role and publishes (presenter) or reads (follower) for the first time;
    /// what was read reaches the model with the loop's first `deliver`.
    func attach(to model: inout TutorModel) {
        switch session.role {
        case .presenter(let publisher):
            model.startPresenting(as: publisher.name)
            publish(model)
        case .follower(let reader):
            model.startFollowing(reader.name)
            session.poll()
        }
    }

    /// Applies what was read since the last look (before the screen is drawn) and the follower's
    /// run budget, and returns the model's effects for the host to perform (saving progress,
    /// starting or stopping the presenter's run).
    func deliver(to model: inout TutorModel, now: Double) -> [Effect] {
        var effects: [Effect] = []
        guard case .follower = session.role else {
            if let problem = session.takeProblem() { model.showPresentationNotPublished(problem) }
            // The followers' answers, read at most once a second and only with a checkpoint on screen.
            session.collectsAnswers = model.collectsAnswers
            if session.collectsAnswers { session.collectAnswers(now: now) }
            if let found = session.takeAnswers() { effects += model.update(.classAnswers(found.answers, ignored: found.ignored)) }
            return effects
        }
        if let problem = session.takeProblem() { model.showClassAnswerNotSent(problem) }
        // Every start of a presenter's run counts against the budget, whatever started it (an
        // update, a held run let go, or the student rejoining with f).
        func noteStarts() {
            let started = model.classroom?.presentersRunsStarted ?? 0
            if started != runsSeen { session.presentersRunStarted(now: now) }
            runsSeen = started
        }
        noteStarts()
        session.account(presentersRunGoing: model.isRunningPresentersRun, now: now)
        // The budget goes first: it may stop a run over budget, or let a held one start.
        effects += model.update(.runBudget(session.runPermission(now: now)))
        noteStarts()
        for event in session.takeEvents() {
            effects += model.update(.runBudget(session.runPermission(now: now)))
            noteStarts()
            effects += model.update(.presentation(event))
            noteStarts()
        }
        // Wake up for a held run only while following (an explorer starts it on rejoining).
        session.holdsRun = model.classroom.map { $0.holdsRun && $0.isFollowing } ?? false
        session.account(presentersRunGoing: model.isRunningPresentersRun, now: now)
        return effects
    }

    /// Waits for the next terminal event like `Terminal.nextEvent`, doing the classroom's own
    /// periodic work meanwhile; returns nil on timeout or when it has something to deliver.
    func nextEvent(from terminal: Terminal, timeout: Double?, now: () -> Double) -> TerminalEvent? {
        session.nextEvent(timeout: timeout, now: now) { terminal.nextEvent(timeout: $0) }
    }

    /// After each update: a presenter publishes when the model says its state changed.
    func didUpdate(_ model: TutorModel, effects: [Effect]) {
        if effects.contains(.publishPresentation) { publish(model) }
        for case .sendClassAnswer(let answer) in effects { session.send(answer) }
    }

    /// Leaves the class: a presenter removes its file (on every way out the loop has).
    func leave() {
        session.leave()
    }

    private func publish(_ model: TutorModel) {
        if let snapshot = model.presentationSnapshot { session.publish(snapshot) }
    }
}
