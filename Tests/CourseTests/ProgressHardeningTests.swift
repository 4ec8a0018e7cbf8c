import Foundation
import Testing
@testable import Course

/// Progress under pressure: another process holding the lock, a file from a newer dltutor, a file
/// too large to read on every save.
@Suite struct ProgressHardeningTests {
    /// In the child started by `LockHolder`: takes the progress lock and keeps it until killed.
    /// (In a normal run it returns at once.)
    @Test func lockHolderProcessBody() throws {
        guard let path = ProcessInfo.processInfo.environment["DLTUTOR_TEST_LOCK_HOLDER"] else { return }
        let lock = try FileLock(directory: URL(fileURLWithPath: path), name: "progress.lock")
        sleep(60)
        lock.unlock()
    }

    /// A second process (this test binary again) holding `progress.lock` until released.
    final class LockHolder {
        let process = Process()

        init(_ store: ProgressStore, executable: URL) throws {
            process.executableURL = executable
            process.arguments = ["--testing-library", "swift-testing", "--filter", "lockHolderProcessBody"]
            var environment = ProcessInfo.processInfo.environment
            environment["DLTUTOR_TEST_LOCK_HOLDER"] = store.directory.path
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Wait until the lock is really taken.
            let path = store.directory.appendingPathComponent("progress.lock").path
            for _ in 0..<1_000 {
                let fd = open(path, O_RDWR | O_CREAT, 0o600)
                defer { close(fd) }
                if flock(fd, LOCK_EX | LOCK_NB) != 0 { return }
                flock(fd, LOCK_UN)
                usleep(10_000)
            }
        }

        var pid: Int32 { process.processIdentifier }

        func release() {
            guard process.isRunning else { return }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }

        deinit { release() }
    }

    @Test func aLockHeldByAnotherProcessDelaysNeitherStartNorUIForLong() throws {
        guard let executable = CourseLocator.executableURL(), executable.lastPathComponent.hasSuffix(".xctest") else {
            return  // Only when run by `swift test` (the holder re-runs the test binary).
        }
        let dir = makeTemporaryDirectory("progress-lock")
        defer { removeTemporary(dir) }
        let store = ProgressStore(directory: dir)
        try store.update { $0.markVisited(lesson: "a", page: "one") }
        let holder = try LockHolder(store, executable: executable)
        defer { holder.release() }

        let clock = ContinuousClock()
        var loaded: ProgressStore.Loaded?
        let waited = clock.measure { loaded = store.load(lockWait: 0.5) }
        #expect(waited >= .milliseconds(450) && waited < .seconds(5), "load waits a bounded time: \(waited)")
        // What was saved is still shown (read without the lock), with a message naming the holder.
        #expect(loaded?.progress.isVisited(lesson: "a", page: "one") == true)
        let warning = try #require(loaded?.warning)
        #expect(warning.contains("progress.lock is locked by another process (pid \(holder.pid)"), "\(warning)")
        #expect(warning.contains("will not be saved until it exits"), "\(warning)")

        // A save gives up quickly with a clear reason instead of freezing the screen.
        var failure: ProgressError?
        let saving = clock.measure {
            do throws(ProgressError) { try store.save(StudentProgress(), lockWait: ProgressStore.saveLockWait) } catch { failure = error }
        }
        #expect(saving < .seconds(3), "a save waits at most a moment: \(saving)")
        #expect(failure?.message.contains("locked by another process") == true, "\(String(describing: failure))")

        // Once the other process lets go, saving works and merges.
        holder.release()
        var progress = StudentProgress()
        progress.markVisited(lesson: "a", page: "two")
        try store.save(progress)
        let after = store.load().progress
        #expect(after.isVisited(lesson: "a", page: "one") && after.isVisited(lesson: "a", page: "two"))
    }

    @Test func progressFromANewerDltutorIsLeftUntouched() throws {
        let dir = makeTemporaryDirectory("progress-newer")
        defer { removeTemporary(dir) }
        let store = ProgressStore(directory: dir)
        // A newer format may change the shape of every other field.
        let newer = Data(#"{"version": 99, "lessons": ["a new shape"], "extra": true}"#.utf8)
        try newer.write(to: store.fileURL)
        let loaded = store.load()
        #expect(loaded.progress == StudentProgress())
        let warning = try #require(loaded.warning)
        #expect(warning.contains("written by a newer dltutor (format 99)"), "\(warning)")
        #expect(!warning.contains("corrupt") && !warning.contains("moved"), "\(warning)")
        #expect(throws: ProgressError.self) { try store.save(StudentProgress()) }
        #expect(try Data(contentsOf: store.fileURL) == newer, "the newer file is neither moved nor overwritten")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["progress.json", "progress.lock"])
    }

    @Test func aProgressFileOverTheLimitIsMovedAsideNotParsed() throws {
        let dir = makeTemporaryDirectory("progress-large")
        defer { removeTemporary(dir) }
        let store = ProgressStore(directory: dir)
        // 14 MB of valid-looking progress: reading it on every save used to take seconds.
        var json = #"{"version": 1, "lessons": {"#
        json += (0..<140_000).map { #""lesson-\#($0)": {"pages": {"p": {"completed": 5}}}"# }.joined(separator: ",")
        json += "}}"
        try Data(json.utf8).write(to: store.fileURL)
        let clock = ContinuousClock()
        var loaded: ProgressStore.Loaded?
        let elapsed = clock.measure { loaded = store.load() }
        #expect(elapsed < .seconds(2), "\(elapsed)")
        let warning = try #require(loaded?.warning)
        #expect(warning.contains("over the limit of 1 MiB"), "\(warning)")
        #expect(warning.contains("was moved to"), "\(warning)")
        try store.save(StudentProgress())
        #expect(store.load().warning == nil)
    }
}
