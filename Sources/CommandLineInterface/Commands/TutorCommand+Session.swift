import Classroom
import Course
import Experiments
import Foundation
import TerminalBackend
import TextCharts
import TutorApp

/// The interactive tutor: hosts the app's update loop on the real terminal.
///
/// The loop blocks on input while nothing is running (no CPU when idle) and, while a run is live,
/// alternates slices of work (`RunDriver`) with short input polls so keys still answer at once.
extension TutorCommand {
    static func run(_ options: TutorOptions, environment: [String: String]) -> Int32 {
        let check: TerminalCheck
        do {
            check = try TerminalCheck.run()
        } catch {
            FileHandle.standardError.write(Data("\(error.description)\n".utf8))
            return 2
        }
        let course: Course
        var notice: String?
        do {
            let drawsASCII = options.ascii || !check.localeIsUTF8
            (course, notice) = try CourseSelection.load(
                language: options.language, lessonsDirectory: options.lessonsDirectory,
                environment: environment, drawsASCII: drawsASCII
            )
        } catch {
            FileHandle.standardError.write(Data("dltutor: \(error.description)\n".utf8))
            return 2
        }
        let classroom: ClassroomHost?
        do {
            classroom = try ClassroomHost.start(options, environment: environment)
        } catch {
            FileHandle.standardError.write(Data("dltutor: \(error.description)\n".utf8))
            return 2
        }
        defer { classroom?.leave() }
        let store = ProgressStore.standard(environment: environment)
        let saved = store.load(lockWait: ProgressStore.loadLockWait)
        var model = TutorModel(
            course: course,
            catalog: LessonCatalog(ExperimentCatalog.all),
            options: RenderOptions(),
            progress: saved.progress,
            seed: options.seed,
            notice: [notice, saved.warning, classroom?.notice].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        )
        /// Why the last save failed (nil once a save succeeds): repeated on stderr after quitting.
        var unsaved: String?
        /// Writes progress; a failure is shown in the footer rather than lost silently.
        func save() {
            do {
                _ = try store.save(model.progress, lockWait: ProgressStore.saveLockWait)
                unsaved = nil
            } catch {
                unsaved = error.description
                model.showProgressNotSaved(error.description)
            }
        }
        let terminal = Terminal(check: check, forceASCII: options.ascii, allowColor: !options.noColor)
        defer {
            terminal.stop()
            // The footer is gone with the screen: say it where it stays.
            if let unsaved { FileHandle.standardError.write(Data("dltutor: progress was not saved: \(unsaved)\n".utf8)) }
        }
        model.options = terminal.options
        model.options.ambiguousWide = options.wideAmbiguous
        let size = terminal.size
        _ = model.update(Message.resize(width: size.width, height: size.height))
        classroom?.attach(to: &model)

        let clock = ContinuousClock()
        let start = clock.now
        func now() -> Double { (clock.now - start).seconds }
        let runs = RunDriver(catalog: model.catalog)
        /// Performs what an update asked for; true when it was to quit.
        func perform(_ effects: [Effect]) -> Bool {
            let effects = runs.perform(effects, on: &model, now: now())
            classroom?.didUpdate(model, effects: effects)
            if effects.contains(Effect.saveProgress) || effects.contains(Effect.quit) { save() }
            return effects.contains(Effect.quit)
        }

        // Set when a signal asked us to leave: the exit status then says which, as a shell would.
        var quitSignal: Int32?
        while true {
            if let classroom, perform(classroom.deliver(to: &model, now: now())) { break }
            terminal.draw(model.view())
            let timeout = runs.timeUntilNextStep(now: now())
            let message: Message
            if let event = classroom.map({ $0.nextEvent(from: terminal, timeout: timeout, now: now) }) ?? terminal.nextEvent(timeout: timeout) {
                if case .quitSignal(let signal) = event { quitSignal = signal }
                guard let translated = translate(event) else { continue }
                if case .resize = translated { terminal.invalidate() }
                message = translated
            } else if let progressed = runs.advance(clock: now) {
                message = progressed
            } else {
                continue
            }
            if perform(model.update(message)) { break }
        }
        return quitSignal.map { 128 + $0 } ?? 0
    }

    private static func translate(_ event: TerminalEvent) -> Message? {
        switch event {
        case .character(let character): .key(.character(character))
        case .up: .key(.up)
        case .down: .key(.down)
        case .left: .key(.left)
        case .right: .key(.right)
        case .pageUp: .key(.pageUp)
        case .pageDown: .key(.pageDown)
        case .home: .key(.home)
        case .end: .key(.end)
        case .enter: .key(.enter)
        case .escape: .key(.escape)
        case .tab: .key(.tab)
        case .backTab: .key(.backTab)
        case .backspace: .key(.backspace)
        case .resize(let width, let height): .resize(width: width, height: height)
        case .quitSignal: .quitSignal
        }
    }
}

extension String {
    fileprivate var nilIfEmpty: String? { isEmpty ? nil : self }
}
