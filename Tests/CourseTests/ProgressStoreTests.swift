import Dispatch
import Foundation
import Testing
@testable import Course

@Suite struct ProgressStoreTests {
    func permissions(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions]) as? NSNumber)?.intValue ?? -1
    }

    @Test func defaultDirectoryFollowsXDG() {
        #expect(ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/u"]).path == "/x/state/dltutor")
        #expect(ProgressStore.defaultDirectory(environment: ["HOME": "/home/u"]).path == "/home/u/.local/state/dltutor")
        #expect(ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u"]).path == "/home/u/.local/state/dltutor")
        #expect(ProgressStore.defaultDirectory(environment: ["XDG_STATE_HOME": "", "HOME": "/home/u"]).path == "/home/u/.local/state/dltutor")
    }

    @Test func roundTripWithOwnerOnlyPermissions() throws {
        let root = makeTemporaryDirectory("progress")
        defer { removeTemporary(root) }
        let store = ProgressStore(directory: root.appendingPathComponent("state/dltutor"))
        #expect(store.load() == ProgressStore.Loaded(progress: StudentProgress()))
        let date = Date(timeIntervalSince1970: 1_800_000_000.25)
        let saved = try store.update { progress in
            progress.markVisited(lesson: "dropout", page: "inverted", at: date)
            progress.markCompleted(lesson: "dropout", page: "keep-prob", at: date)
            progress.recordAnswer(lesson: "dropout", checkpoint: "scale", answer: .choice(1), correct: true, at: date)
            progress.recordAnswer(lesson: "gradient-checking", checkpoint: "relative", answer: .number(1e-7), correct: false, at: date)
            progress.setPosition(lesson: "dropout", page: "keep-prob", at: date)
        }
        #expect(saved.warning == nil)
        let loaded = store.load()
        #expect(loaded.warning == nil)
        #expect(loaded.progress == saved.progress)
        let progress = loaded.progress
        #expect(progress.isVisited(lesson: "dropout", page: "inverted"))
        #expect(!progress.isCompleted(lesson: "dropout", page: "inverted"))
        #expect(progress.isCompleted(lesson: "dropout", page: "keep-prob"))
        #expect(progress.isVisited(lesson: "dropout", page: "keep-prob"))
        #expect(progress.answer(lesson: "dropout", checkpoint: "scale") == CheckpointRecord(answer: .choice(1), correct: true, answeredAt: date))
        #expect(progress.answer(lesson: "gradient-checking", checkpoint: "relative")?.answer == .number(1e-7))
        #expect(progress.lastPosition == Position(lesson: "dropout", page: "keep-prob", updated: date))
        #expect(progress.updated == date)
        #expect(permissions(store.fileURL) == 0o600)
        #expect(permissions(store.directory) == 0o700)
        // No temp files left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: store.directory.path).sorted()
        #expect(names == ["progress.json", "progress.lock"])
    }

    @Test func corruptFileIsMovedAsideWithAMessage() throws {
        let dir = makeTemporaryDirectory("progress")
        defer { removeTemporary(dir) }
        let store = ProgressStore(directory: dir)
        try Data("{\"version\": 1, \"lessons\": [tru".utf8).write(to: store.fileURL)
        let loaded = store.load()
        #expect(loaded.progress == StudentProgress())
        let warning = try #require(loaded.warning)
        #expect(warning.hasPrefix("Saved progress in \(store.fileURL.path) was moved to \(store.fileURL.path).corrupt-"))
        #expect(warning.hasSuffix("; starting with fresh progress."))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        let aside = try #require(names.first { $0.hasPrefix("progress.json.corrupt-") })
        #expect(try String(contentsOf: dir.appendingPathComponent(aside), encoding: .utf8) == "{\"version\": 1, \"lessons\": [tru")
        #expect(!FileManager.default.fileExists(atPath: store.fileURL.path))
        // Saving works again afterwards, and a second corruption does not overwrite the first.
        try store.update { $0.markVisited(lesson: "a", page: "b") }
        #expect(store.load().progress.isVisited(lesson: "a", page: "b"))
        try Data("not json".utf8).write(to: store.fileURL)
        #expect(try store.update { $0.markVisited(lesson: "a", page: "c") }.warning != nil)
        let asides = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("progress.json.corrupt-") }
        #expect(asides.count == 2)
        #expect(store.load().progress.isVisited(lesson: "a", page: "c"))
    }

    @Test func sparseFileLoads() throws {
        let dir = makeTemporaryDirectory("progress")
        defer { removeTemporary(dir) }
        let store = ProgressStore(directory: dir)
        try Data(#"{"lessons": {"a": {"pages": {"p": {"completed": 5}}}}}"#.utf8).write(to: store.fileURL)
        let loaded = store.load()
        #expect(loaded.warning == nil)
        #expect(loaded.progress.isCompleted(lesson: "a", page: "p"))
        #expect(loaded.progress.lesson("a").checkpoints.isEmpty)
    }

    @Test func wrongShapeIsMovedAside() throws {
        let dir = makeTemporaryDirectory("progress")
        defer { removeTemporary(dir) }
        let store = ProgressStore(directory: dir)
        try Data("[1, 2, 3]".utf8).write(to: store.fileURL)
        #expect(store.load().warning?.contains("is not valid progress data") == true)
        // A newer version is not corrupt: see ProgressHardeningTests.
    }

    @Test func concurrentWritersLoseNothing() throws {
        let dir = makeTemporaryDirectory("progress")
        defer { removeTemporary(dir) }
        let writers = 4
        let updates = 60
        let failures = Failures()
        DispatchQueue.concurrentPerform(iterations: writers) { writer in
            // Each writer is its own store, as a separate tutor process would be.
            let store = ProgressStore(directory: dir)
            for n in 0..<updates {
                do {
                    try store.update { progress in
                        progress.markCompleted(lesson: "lesson-\(writer)", page: "page-\(n)")
                        progress.setPosition(lesson: "lesson-\(writer)", page: "page-\(n)")
                    }
                    // Readers in between always see a whole file.
                    if store.load().warning != nil { failures.add("corrupt read by writer \(writer)") }
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        #expect(failures.all.isEmpty)
        let final = ProgressStore(directory: dir).load()
        #expect(final.warning == nil)
        for writer in 0..<writers {
            #expect(final.progress.lessons["lesson-\(writer)"]?.pages.count == updates)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["progress.json", "progress.lock"])
    }

    @Test func saveMergesWithWhatAnotherProcessWrote() throws {
        let dir = makeTemporaryDirectory("progress")
        defer { removeTemporary(dir) }
        let early = Date(timeIntervalSince1970: 1_000)
        let late = Date(timeIntervalSince1970: 2_000)
        var first = StudentProgress()
        first.markCompleted(lesson: "a", page: "p1", at: late)
        first.recordAnswer(lesson: "a", checkpoint: "c", answer: .choice(0), correct: false, at: early)
        first.setPosition(lesson: "a", page: "p1", at: early)
        var second = StudentProgress()
        second.markVisited(lesson: "a", page: "p1", at: early)
        second.markCompleted(lesson: "b", page: "q", at: early)
        second.recordAnswer(lesson: "a", checkpoint: "c", answer: .choice(2), correct: true, at: late)
        second.setPosition(lesson: "b", page: "q", at: late)
        try ProgressStore(directory: dir).save(first)
        let merged = try ProgressStore(directory: dir).save(second).progress
        #expect(merged == ProgressStore(directory: dir).load().progress)
        #expect(merged.lessons["a"]?.pages["p1"] == PageProgress(visited: early, completed: late))
        #expect(merged.isCompleted(lesson: "b", page: "q"))
        #expect(merged.answer(lesson: "a", checkpoint: "c")?.correct == true)
        #expect(merged.lastPosition?.lesson == "b")
        #expect(merged.updated == late)
    }

    @Test func reorderingTheCourseLosesNothing() throws {
        let courseDir = makeTemporaryDirectory("course")
        let stateDir = makeTemporaryDirectory("state")
        defer { removeTemporary(courseDir); removeTemporary(stateDir) }
        writeCourse(cleanCourseFiles(), in: courseDir)
        let store = ProgressStore(directory: stateDir)
        let course = try CourseLoader.load(directory: courseDir, language: .en)
        try store.update { progress in
            for lesson in course.lessons {
                progress.markCompleted(lesson: lesson.id, page: lesson.pages[1].id)
            }
            progress.recordAnswer(lesson: "beta", checkpoint: "pick", answer: .choice(1), correct: true)
            progress.setPosition(lesson: "beta", page: "second")
        }
        // Reverse the manifest and swap the pages of every lesson.
        var files = cleanCourseFiles()
        files["course.txt"] = "beta\nalpha\n"
        for (path, text) in files where path.hasSuffix(".md") {
            let parts = text.components(separatedBy: "\n## ")
            files[path] = parts[0] + "\n## " + parts[2].trimmingCharacters(in: .newlines) + "\n\n## " + parts[1]
        }
        writeCourse(files, in: courseDir)
        let reordered = try CourseLoader.load(directory: courseDir, language: .zh)
        #expect(reordered.lessons.map(\.id) == ["beta", "alpha"])
        #expect(reordered.lessons[0].pages.map(\.id) == ["second", "first"])
        let progress = store.load().progress
        for lesson in reordered.lessons {
            #expect(progress.completedCount(of: lesson) == 1)
            #expect(progress.isCompleted(lesson: lesson.id, page: "second"))
            #expect(!progress.isCompleted(lesson: lesson.id, page: "first"))
        }
        let checkpoint = try #require(reordered.lesson(id: "beta")?.checkpoint(id: "pick"))
        #expect(checkpoint.judge(progress.answer(lesson: "beta", checkpoint: "pick")!.answer))
        #expect(reordered.resumeTarget(for: progress)! == (0, 0))
    }
}

/// Thread-safe collection of failure messages from concurrent writers.
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [String] = []
    func add(_ message: String) { lock.lock(); messages.append(message); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return messages }
}
