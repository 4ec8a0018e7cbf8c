import Foundation
import Testing
@testable import TutorApp

/// The host's side of exercises without a terminal: checks off the UI thread, the file watched by
/// modification time only while asked, nothing to wake for when idle, and the editor chosen as a
/// terminal program should.
@Suite struct ExerciseDriverTests {
    static func request(_ file: String) -> ExerciseRequest {
        ExerciseRequest(exerciseID: "ex_fixture", lessonID: "practice", folder: (file as NSString).deletingLastPathComponent, file: file)
    }

    /// `ex_fixture.py` holding `text`, in a fresh folder the caller removes.
    static func exerciseFile(_ text: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("exercise-driver-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("ex_fixture.py")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func idleMeansNoTimeoutAndWatchingMeansTheFollowersInterval() throws {
        let driver = ExerciseDriver(environment: [:]) { ExerciseReport(request: $0, outcome: .missingFile, passed: false) }
        #expect(driver.timeUntilNextPoll(now: 0) == nil, "nothing watched: the host blocks on input")
        let request = Self.request("/nonexistent/ex_fixture.py")
        #expect(driver.perform([.checkExercise(request)], now: 10) == [])
        #expect(driver.timeUntilNextPoll(now: 10) == ExerciseDriver.busyInterval, "a check runs: look again soon")
        let message = driver.waitForCheck(timeout: 5)
        #expect(message == .exerciseChecked(ExerciseReport(request: request, outcome: .missingFile, passed: false)))
        #expect(driver.timeUntilNextPoll(now: 10) == ExerciseDriver.watchInterval)
        _ = driver.perform([.stopWatchingExercise], now: 10)
        #expect(driver.timeUntilNextPoll(now: 10) == nil)
        #expect(driver.poll(now: 100) == nil)
    }

    @Test func savingTheWatchedFileIsReportedOnce() throws {
        let file = try Self.exerciseFile("print(1)\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let request = Self.request(file.path)
        let driver = ExerciseDriver(environment: [:]) { ExerciseReport(request: $0, outcome: .couldNotRun("stand-in"), passed: false) }
        _ = driver.perform([.checkExercise(request)], now: 0)
        _ = driver.waitForCheck(timeout: 5)
        #expect(driver.poll(now: 1) == nil, "unchanged")
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: file.path)
        #expect(driver.poll(now: 1.2) == nil, "not before the interval is over")
        #expect(driver.poll(now: 2) == .exerciseFileChanged(request))
        #expect(driver.poll(now: 3) == nil, "reported once")
        try FileManager.default.removeItem(at: file)
        #expect(driver.poll(now: 4) == .exerciseFileChanged(request), "removing it is a change too")
    }

    @Test func aCheckAskedForWhileOneRunsRunsNext() throws {
        let gate = DispatchSemaphore(value: 0)
        let driver = ExerciseDriver(environment: [:]) { request in
            if request.file == "/first" { gate.wait() }
            return ExerciseReport(request: request, outcome: .missingFile, passed: false)
        }
        _ = driver.perform([.checkExercise(Self.request("/first"))], now: 0)
        _ = driver.perform([.checkExercise(Self.request("/second"))], now: 0)
        #expect(driver.poll(now: 0) == nil, "the first is still running; keys stay live meanwhile")
        gate.signal()
        #expect(driver.waitForCheck(timeout: 5) == .exerciseChecked(ExerciseReport(request: Self.request("/first"), outcome: .missingFile, passed: false)))
        #expect(driver.isChecking, "the second started when the first reported")
        #expect(driver.waitForCheck(timeout: 5) == .exerciseChecked(ExerciseReport(request: Self.request("/second"), outcome: .missingFile, passed: false)))
    }

    @Test func theRealCheckOfAMissingFileSaysSoWithoutStartingPython() {
        let request = Self.request("/nonexistent/ex_fixture.py")
        #expect(ExerciseDriver.runCheck(request, environment: [:]) == ExerciseReport(request: request, outcome: .missingFile, passed: false))
    }

    /// The processes whose command line mentions `marker`.
    static func processes(mentioning marker: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { entry in
            guard entry.allSatisfy(\.isNumber), let data = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline")) else { return false }
            return String(decoding: data, as: UTF8.self).contains(marker)
        }
    }

    @Test func quittingMidCheckEndsTheStudentsProgram() throws {
        let file = try Self.exerciseFile("import time\ntime.sleep(120)\n")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let driver = ExerciseDriver(environment: ProcessInfo.processInfo.environment)
        _ = driver.perform([.checkExercise(Self.request(file.path))], now: 0)
        let deadline = Date().addingTimeInterval(10)
        while Self.processes(mentioning: file.path).isEmpty, Date() < deadline { usleep(20_000) }
        #expect(!Self.processes(mentioning: file.path).isEmpty, "the program started")
        driver.stop()
        let message = driver.waitForCheck(timeout: 10)
        guard case .exerciseChecked(let report)? = message, case .couldNotRun = report.outcome else {
            Issue.record("the check ends at once with a reason, not after its 30 s timeout: \(String(describing: message))")
            return
        }
        #expect(Self.processes(mentioning: file.path).isEmpty, "no process is left behind")
    }

    @Test func theEditorIsVisualThenEditorThenNanoThenVi() {
        let file = "/home/s/my exercises/ex4.py"
        #expect(EditorCommand.arguments(editing: file, environment: ["VISUAL": "code -w", "EDITOR": "vim"])
            == ["/bin/sh", "-c", "code -w \"$@\"", "sh", file])
        #expect(EditorCommand.arguments(editing: file, environment: ["VISUAL": " ", "EDITOR": "vim"])
            == ["/bin/sh", "-c", "vim \"$@\"", "sh", file])
        let path = ["PATH": "/opt/bin:/usr/bin"]
        #expect(EditorCommand.arguments(editing: file, environment: path) { $0 == "/usr/bin/nano" || $0 == "/opt/bin/vi" }
            == ["/usr/bin/nano", file])
        #expect(EditorCommand.arguments(editing: file, environment: path) { $0 == "/usr/bin/vi" } == ["/usr/bin/vi", file])
        #expect(EditorCommand.arguments(editing: file, environment: path) { _ in false } == nil)
    }
}
