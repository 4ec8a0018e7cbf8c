import Classroom
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The presenter's writes, and what it does when its name is taken.
@Suite struct PresentationPublisherTests {
    let clock = FakeClock()
    let processes = FakeProcesses()
    var system: ClassroomSystem { ClassroomSystem(clock: clock, liveness: processes, users: TableUsers(), cpu: FakeCPU()) }

    @Test func writesTheStateWithItsBookkeepingMode0644() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        let publisher = try PresentationPublisher(directory: directory, name: "class", first: PresentationState(name: "class", run: 2, seed: 9), system: system)
        #expect(publisher.path == directory.file("class") && publisher.notice == nil)
        #expect(Files.mode(publisher.path) == 0o644)
        guard case .file(let data, let owner) = PresentationFile.read(publisher.path),
              case .success(let state) = PresentationState.decode(data) else { Issue.record("not written"); return }
        #expect(owner == geteuid())
        #expect(state.pid == getpid() && state.heartbeat == clock.time && state.started == clock.time)
        #expect(state.run == 2 && state.seed == 9 && state.session == publisher.session)
        #expect(state.owner == nil, "the owner is never written into the file")
        clock.time += 5
        try publisher.publish(PresentationState(name: "class", run: 3))
        guard case .file(let again, _) = PresentationFile.read(publisher.path),
              case .success(let later) = PresentationState.decode(again) else { Issue.record("not rewritten"); return }
        #expect(later.heartbeat == clock.time && later.run == 3)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["class.json"], "no temporary file left")
        publisher.remove()
        #expect(!FileManager.default.fileExists(atPath: publisher.path))
    }

    @Test func badNamesAreRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        for name in ["", "../etc/passwd", "a.b", "a b", "é", String(repeating: "x", count: 65)] {
            let error = #expect(throws: ClassroomError.self) {
                _ = try PresentationPublisher(directory: directory, name: name, first: PresentationState(name: name), system: system)
            }
            #expect(error?.description.contains("is not a valid presentation name") == true, "\(name)")
        }
        #expect(PresentationName.isValid("Class_2-b"))
    }

    @Test func aLivePresentationOfTheSameUserIsNotTakenOver() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        try Files.write(Files.state("class", pid: 4242, heartbeat: clock.time), to: directory.file("class"))
        processes.processes[4242] = geteuid()
        let error = #expect(throws: ClassroomError.self) {
            _ = try PresentationPublisher(directory: directory, name: "class", first: PresentationState(name: "class"), system: system)
        }
        #expect(error?.description == "the presentation 'class' is already live (process 4242); quit it or choose another name")
        processes.processes = [:]  // that presenter died: its file is replaced
        let publisher = try PresentationPublisher(directory: directory, name: "class", first: PresentationState(name: "class"), system: system)
        #expect(publisher.path == directory.file("class"))
    }

    /// A symbolic link, a FIFO, a directory or a classmate's file at `NAME.json` cannot be removed
    /// in a sticky directory: the presenter writes its own file and says so.
    @Test(arguments: ["symlink", "fifo", "directory", "classmate"])
    func aSquattedNameIsNamedAndAvoided(squat: String) throws {
        if squat == "classmate" && !isRoot { return }
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        let shared = directory.file("class")
        let me = TableUsers().userName(geteuid())
        let expected: String
        switch squat {
        case "symlink":
            symlink("/etc/passwd", shared)
            expected = "a symbolic link of \(me)'s"
        case "fifo":
            mkfifo(shared, 0o644)
            expected = "a FIFO of \(me)'s"
        case "directory":
            try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
            expected = "a directory of \(me)'s"
        default:
            // A classmate's fake: pid 1 and a heartbeat far in the future.
            try Files.write(Files.state("class", pid: 1, heartbeat: clock.time + 1e9), to: shared, owner: 2002)
            expected = "a file of bob's"
        }
        let publisher = try PresentationPublisher(directory: directory, name: "class", first: PresentationState(name: "class"), system: system)
        #expect(publisher.path != shared)
        #expect(publisher.path.hasPrefix(directory.path + "/class.\(me)-") && publisher.path.hasSuffix(".json"))
        let fileName = (publisher.path as NSString).lastPathComponent
        #expect(publisher.notice == "class.json is taken (\(expected)): presenting as \(fileName); followers use --follow class@\(me)")
        guard case .file(let data, _) = PresentationFile.read(publisher.path),
              case .success(let state) = PresentationState.decode(data) else { Issue.record("not written"); return }
        #expect(state.name == "class")
        if squat == "symlink" { #expect(try String(contentsOfFile: "/etc/passwd", encoding: .utf8).contains("root:"), "the link's target is untouched") }
    }

    @Test func removeLeavesANewerPresentersFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        let publisher = try PresentationPublisher(directory: directory, name: "class", first: PresentationState(name: "class"), system: system)
        try Files.write(Files.state("class", pid: 77, heartbeat: clock.time), to: directory.file("class"))
        publisher.remove()
        #expect(FileManager.default.fileExists(atPath: directory.file("class")))
    }

    @Test func aFailedWriteNamesThePath() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        let publisher = try PresentationPublisher(directory: directory, name: "class", first: PresentationState(name: "class"), system: system)
        try FileManager.default.removeItem(atPath: directory.path)
        let error = #expect(throws: ClassroomError.self) { try publisher.publish(PresentationState(name: "class")) }
        #expect(error?.description == "cannot create a temporary file in \(directory.path): No such file or directory")
    }
}
