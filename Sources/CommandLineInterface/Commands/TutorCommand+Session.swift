import Classroom
import Course
import ExerciseCheck
import Experiments
import FoundationEssentials
import Glibc
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
            StandardOutput.writeError("\(error.description)")
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
            StandardOutput.writeError("dltutor: \(error.description)")
            return 2
        }
        let classroom: ClassroomHost?
        do {
            classroom = try ClassroomHost.start(options, environment: environment)
        } catch {
            StandardOutput.writeError("dltutor: \(error.description)")
            return 2
        }
        defer { classroom?.leave() }
        let store = ProgressStore.standard(environment: environment)
        let saved = store.load(lockWait: ProgressStore.loadLockWait)
        var model = TutorModel(
            course: course,
            catalog: LessonCatalog.shipped(environment: environment),
            options: RenderOptions(),
            progress: saved.progress,
            seed: options.seed,
            notice: [notice, saved.warning, classroom?.notice].compactMap { $0 }.joined(separator: " ").nilIfEmpty,
            exerciseFolder: ExerciseFolder.defaultDirectory(environment: environment).path
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
            if let unsaved { StandardOutput.writeError("dltutor: progress was not saved: \(unsaved)") }
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
        let exercises = ExerciseDriver(environment: environment)
        defer { exercises.stop() }
        /// Leaves the screen for the student's editor and comes back (`Effect.editExercise`).
        func edit(_ request: ExerciseRequest) -> [Message] {
            guard FileManager.default.fileExists(atPath: request.file) else { return [.exerciseFileMissing(request)] }
            guard let arguments = EditorCommand.arguments(editing: request.file, environment: environment) else {
                return [.editorFinished(request, .notFound)]
            }
            let status = terminal.runOutside(arguments, environment: environment)
            let size = terminal.size
            let outcome: EditorOutcome = status < 0 ? .couldNotStart(String(cString: strerror(-status))) : .exited(status)
            return [.resize(width: size.width, height: size.height), .editorFinished(request, outcome)]
        }
        /// Performs what an update asked for, and what the messages it brings back ask for in turn;
        /// true when it was to quit.
        func perform(_ first: [Effect]) -> Bool {
            var effects: [Effect] = []
            var pending = first
            while !pending.isEmpty {
                let performed = runs.perform(pending, on: &model, now: now())
                effects += performed
                var messages = exercises.perform(performed, now: now())
                for case .editExercise(let request) in performed { messages += edit(request) }
                pending = messages.flatMap { model.update($0) }
            }
            classroom?.didUpdate(model, effects: effects)
            if effects.contains(Effect.saveProgress) || effects.contains(Effect.quit) { save() }
            return effects.contains(Effect.quit)
        }

        // Set when a signal asked us to leave: the exit status then says which, as a shell would.
        var quitSignal: Int32?
        while true {
            if let classroom, perform(classroom.deliver(to: &model, now: now())) { break }
            terminal.draw(model.view())
            let timeout = [runs.timeUntilNextStep(now: now()), exercises.timeUntilNextPoll(now: now())].compactMap { $0 }.min()
            let message: Message
            if let event = classroom.map({ $0.nextEvent(from: terminal, timeout: timeout, now: now) }) ?? terminal.nextEvent(timeout: timeout) {
                if case .quitSignal(let signal) = event { quitSignal = signal }
                guard let translated = translate(event) else { continue }
                if case .resize = translated { terminal.invalidate() }
                message = translated
            } else if let exercise = exercises.poll(now: now()) {
                // First: a run's slices never leave the wait empty-handed, so checks must not wait behind them.
                message = exercise
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
