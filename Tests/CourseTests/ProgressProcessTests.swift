import Foundation
import Testing
@testable import Course

/// Two real processes writing the same progress file, as two tutors in two terminals would.
///
/// The test binary runs itself twice with `DLTUTOR_TEST_WRITER` set; in those children
/// `writerProcessBody` does the writing (in a normal run it returns at once).
@Suite struct ProgressProcessTests {
    static let updates = 100

    @Test func writerProcessBody() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let spec = environment["DLTUTOR_TEST_WRITER"] else { return }
        let parts = spec.split(separator: "|", maxSplits: 1).map(String.init)
        let store = ProgressStore(directory: URL(fileURLWithPath: parts[1]))
        for n in 0..<Self.updates {
            try store.update { progress in
                progress.markCompleted(lesson: "lesson-\(parts[0])", page: "page-\(n)")
                progress.recordAnswer(lesson: "shared", checkpoint: "c\(n % 7)", answer: .choice(n % 3), correct: n % 2 == 0)
            }
        }
    }

    @Test func twoProcessesWritingLoseNothing() throws {
        guard let executable = CourseLocator.executableURL(), executable.lastPathComponent.hasSuffix(".xctest") else {
            return  // Only when run by `swift test` (the helper re-runs the test binary).
        }
        let dir = makeTemporaryDirectory("progress-processes")
        defer { removeTemporary(dir) }
        var processes: [Process] = []
        for writer in ["a", "b"] {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["--testing-library", "swift-testing", "--filter", "writerProcessBody"]
            var environment = ProcessInfo.processInfo.environment
            environment["DLTUTOR_TEST_WRITER"] = "\(writer)|\(dir.path)"
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            processes.append(process)
        }
        // Meanwhile this process keeps reading: it must never see a half-written file.
        let store = ProgressStore(directory: dir)
        while processes.contains(where: \.isRunning) {
            #expect(store.load().warning == nil)
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let final = store.load()
        #expect(final.warning == nil)
        #expect(final.progress.lessons["lesson-a"]?.pages.count == Self.updates)
        #expect(final.progress.lessons["lesson-b"]?.pages.count == Self.updates)
        #expect(final.progress.lessons["shared"]?.checkpoints.count == 7)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["progress.json", "progress.lock"])
    }
}
