import ExerciseCheck
import Synchronization
import FoundationEssentials
import Glibc

/// The host's side of the page's exercise: checks the student's file off the UI thread, watches its
/// modification time while the page is open, and copies the starters when asked; everything comes
/// back to the model as messages.
///
/// The host asks `timeUntilNextPoll` for its input timeout and calls `poll` when the wait ends without
/// a key: with nothing watched and no check running the timeout is nil (block on input, no CPU while
/// idle); while watching, one `stat` every `watchInterval` (as a follower looks at its presenter's file);
/// while a check runs, a short `busyInterval` so its result shows at once and keys stay live.
public final class ExerciseDriver {
    public static let watchInterval = 0.5
    public static let busyInterval = 0.05

    private let environment: [String: String]
    private let check: @Sendable (ExerciseRequest, RunningProgram) -> ExerciseReport
    private let program = RunningProgram()
    private var watched: ExerciseRequest?
    private var watchedModification: Date?
    private var nextWatchTime = 0.0
    /// The check running now, and one asked for meanwhile (run next; later asks replace it).
    private var running: ExerciseRequest?
    private var queued: ExerciseRequest?
    private let finished = FinishedChecks()

    /// `check` runs one check (on a background thread); tests pass a stand-in.
    public init(environment: [String: String], check: (@Sendable (ExerciseRequest) -> ExerciseReport)? = nil) {
        self.environment = environment
        if let check {
            self.check = { request, _ in check(request) }
        } else {
            self.check = { [environment] request, program in ExerciseDriver.runCheck(request, environment: environment, program: program) }
        }
    }

    /// Ends the student's program of a check still running (the host is quitting): its whole process
    /// group, so nothing the check started outlives the tutor.
    public func stop() {
        program.kill()
    }

    /// The file the driver watches, if any.
    public var watchedFile: String? { watched?.file }
    public var isChecking: Bool { running != nil }

    /// Seconds until `poll` has something to do, or nil when the host may block on input.
    public func timeUntilNextPoll(now: Double) -> Double? {
        if running != nil { return Self.busyInterval }
        guard watched != nil else { return nil }
        return max(0, nextWatchTime - now)
    }

    /// Performs the exercise effects among `effects` (others are the host's; `editExercise` needs the
    /// terminal) and returns the messages to send the model at once.
    public func perform(_ effects: [Effect], now: Double) -> [Message] {
        var messages: [Message] = []
        for effect in effects {
            switch effect {
            case .checkExercise(let request):
                watched = request
                watchedModification = Self.modification(of: request.file)
                nextWatchTime = now + Self.watchInterval
                start(request)
            case .stopWatchingExercise:
                watched = nil
                watchedModification = nil
            case .initializeExercises(let request):
                messages.append(.exercisesInitialized(request, problem: initialize(request)))
            default:
                break
            }
        }
        return messages
    }

    /// A finished check's report, or (when its time has come) a change of the watched file's
    /// modification time; nil when there is nothing to say yet.
    public func poll(now: Double) -> Message? {
        if let report = finished.take() {
            running = nil
            if let next = queued {
                queued = nil
                start(next)
            }
            return .exerciseChecked(report)
        }
        guard let watched, now >= nextWatchTime else { return nil }
        nextWatchTime = now + Self.watchInterval
        let modification = Self.modification(of: watched.file)
        guard modification != watchedModification else { return nil }
        watchedModification = modification
        return .exerciseFileChanged(watched)
    }

    /// Waits until the running check has reported (for tests: the host polls instead).
    public func waitForCheck(timeout: Double) -> Message? {
        let deadline = Date().addingTimeInterval(timeout)
        while running != nil, Date() < deadline {
            if let message = poll(now: 0), case .exerciseChecked = message { return message }
            usleep(10_000)
        }
        return nil
    }

    private func start(_ request: ExerciseRequest) {
        guard running == nil else {
            queued = request
            return
        }
        running = request
        let check = self.check, finished = self.finished, program = self.program
        BackgroundThread.start { finished.put(check(request, program)) }
    }

    private func initialize(_ request: ExerciseRequest) -> String? {
        do {
            let catalog = try ExerciseCatalog.shipped(environment: environment)
            _ = try ExerciseFolder(directory: URL(fileURLWithPath: request.folder)).initialize(from: catalog)
            return nil
        } catch {
            return error.description
        }
    }

    static func modification(of file: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: file))?[.modificationDate] as? Date
    }

    /// The real check: `python3 FILE` over the protocol, as `dltutor check -- python3 FILE` runs it.
    static func runCheck(_ request: ExerciseRequest, environment: [String: String], program: RunningProgram? = nil) -> ExerciseReport {
        guard FileManager.default.fileExists(atPath: request.file) else {
            return ExerciseReport(request: request, outcome: .missingFile, passed: false)
        }
        var check = ProgramCheck(environment: environment)
        if let program {
            check.started = { pid in program.set(pid) }
        }
        defer { program?.set(nil) }
        do {
            switch try check.run(["python3", request.file]) {
            case .network(let report):
                let failing = Set(report.failingArrays)
                let arrays = report.comparison.segments.map {
                    ExerciseReport.ArrayDifference(name: $0.name, difference: $0.relativeDifference, failing: failing.contains($0.name))
                }
                return ExerciseReport(request: request, outcome: .network(overall: report.comparison.overall, arrays: arrays,
                                                                          hint: report.hint, warnings: report.warnings),
                                      passed: report.passed)
            case .checker(let report):
                return ExerciseReport(request: request, outcome: .checker(failingArrays: report.failingArrays), passed: report.passed)
            }
        } catch {
            return ExerciseReport(request: request, outcome: .couldNotRun(error.description), passed: false)
        }
    }
}

/// Reports handed from the checking thread to the UI thread.
private final class FinishedChecks: Sendable {
    private let reports = Mutex<[ExerciseReport]>([])

    func put(_ report: ExerciseReport) {
        reports.withLock { $0.append(report) }
    }

    func take() -> ExerciseReport? {
        reports.withLock { $0.isEmpty ? nil : $0.removeFirst() }
    }
}

/// The process group of the program a check is talking to, for `ExerciseDriver.stop`. Once stopped,
/// a program that starts later (the check was just spawning it) is ended as soon as it is known.
final class RunningProgram: Sendable {
    private let state = Mutex<(pid: pid_t?, stopped: Bool)>((nil, false))

    func set(_ pid: pid_t?) {
        state.withLock {
            $0.pid = pid
            if $0.stopped { Self.end($0.pid) }
        }
    }

    func kill() {
        state.withLock {
            $0.stopped = true
            Self.end($0.pid)
        }
    }

    private static func end(_ pid: pid_t?) {
        if let pid { _ = Glibc.kill(-pid, SIGKILL) }
    }
}
