import Classroom
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The follower's view: whom it believes, and when a presenter counts as gone.
@Suite struct PresentationReaderTests {
    let clock = FakeClock()
    let processes = FakeProcesses()
    let users = TableUsers()
    var system: ClassroomSystem { ClassroomSystem(clock: clock, liveness: processes, users: users, cpu: FakeCPU()) }

    func reader(_ directory: PresentationDirectory, trusting rule: TrustedPresenters.Rule? = nil) -> PresentationReader {
        PresentationReader(directory: directory, name: "class", trust: TrustedPresenters(rule ?? .ownUser(geteuid())), system: system)
    }

    /// Sets the file's modification time apart from the last look (same-second rewrites of the
    /// same size would otherwise look unchanged).
    func touch(_ path: String, _ seconds: Int) {
        var times = [timespec(tv_sec: seconds, tv_nsec: 0), timespec(tv_sec: seconds, tv_nsec: 0)]
        utimensat(AT_FDCWD, path, &times, AT_SYMLINK_NOFOLLOW)
    }

    @Test func followsATrustedLivePresenterAndNoticesWhenItGoes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        let follower = reader(directory)
        #expect(follower.poll() == [.gone(.noFile)])
        #expect(follower.poll() == [], "gone is reported once")
        try Files.write(Files.state("class", pid: 500, heartbeat: clock.time, run: 1), to: directory.file("class"))
        processes.processes[500] = geteuid()
        let events = follower.poll()
        guard case .update(let state)? = events.first, events.count == 1 else { Issue.record("\(events)"); return }
        #expect(state.run == 1 && state.owner == users.userName(geteuid()))
        #expect(follower.poll() == [], "an unchanged file is not read again")
        processes.processes = [:]  // the process ended without removing its file
        #expect(follower.poll() == [.gone(.stale)])
        processes.processes[500] = geteuid()
        #expect(follower.poll().count == 1, "back")
        try FileManager.default.removeItem(atPath: directory.file("class"))
        #expect(follower.poll() == [.gone(.noFile)])
    }

    @Test func aSilentPresenterGoesStaleAfter15Seconds() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        try Files.write(Files.state("class", pid: 500, heartbeat: clock.time), to: directory.file("class"))
        processes.processes[500] = geteuid()
        let follower = reader(directory)
        #expect(follower.poll().count == 1)
        clock.time += PresentationState.staleAfter
        #expect(follower.poll() == [], "15 s is still alive")
        clock.time += 0.5
        #expect(follower.poll() == [.gone(.stale)])
    }

    @Test func aHeartbeatInTheFutureIsGone() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        processes.processes[500] = geteuid()
        try Files.write(Files.state("class", pid: 500, heartbeat: clock.time + 3), to: directory.file("class"))
        #expect(reader(directory).poll() == [.gone(.stale)])
        try Files.write(Files.state("class", pid: 500, heartbeat: clock.time + 1), to: directory.file("class"))
        #expect(reader(directory).poll().count == 1, "a second of skew is tolerated")
    }

    @Test func aPidThatIsNotAProcessOfTheOwnerIsGone() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        processes.processes[1] = 2002  // some other user's process
        try Files.write(Files.state("class", pid: 1, heartbeat: clock.time), to: directory.file("class"))
        #expect(reader(directory).poll() == [.gone(.stale)], "a process, but not the file owner's")
        try Files.write(Files.state("class", pid: 0, heartbeat: clock.time), to: directory.file("class"))
        touch(directory.file("class"), 100)
        #expect(reader(directory).poll() == [.gone(.stale)], "no pid is no presenter")
    }

    /// A classmate's `class.json` with pid 1 and a heartbeat in the future, followed by name and
    /// presenter: not followed, with a notice; the instructor's own file is found instead.
    @Test(.enabled(if: isRoot)) func aClassmatesFakeIsNotFollowed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        processes.processes[1] = 2002  // even were pid 1 the classmate's, the file is not trusted
        try Files.write(Files.state("class", pid: 1, heartbeat: clock.time + 1e9), to: directory.file("class"), owner: 2002)
        let follower = reader(directory, trusting: .user(2001, name: "alice"))
        #expect(follower.poll() == [.unreadable("class.json is not followed: it belongs to bob, not alice"), .gone(.notTrusted(owner: "bob"))])
        #expect(follower.poll() == [], "the notice is given once")
        // The instructor presents under her own file name beside it.
        let own = directory.ownFile("class", user: "alice", tag: "1f")
        try Files.write(Files.state("class", pid: 600, heartbeat: clock.time), to: own, owner: 2001)
        processes.processes[600] = 2001
        let events = follower.poll()
        guard case .update(let state)? = events.first, events.count == 1 else { Issue.record("\(events)"); return }
        #expect(state.owner == "alice" && state.pid == 600)
        #expect(follower.poll() == [])
    }

    @Test(.enabled(if: isRoot)) func theInstructorsGroupIsTrusted() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        let teachers = TrustedPresenters.Rule.group(3001, name: "teachers")
        try Files.write(Files.state("class", pid: 700, heartbeat: clock.time), to: directory.file("class"), owner: 2002)
        processes.processes[700] = 2002
        #expect(reader(directory, trusting: teachers).poll() == [.unreadable("class.json is not followed: it belongs to bob, who is not in the instructors group teachers"),
                                                              .gone(.notTrusted(owner: "bob"))])
        try FileManager.default.removeItem(atPath: directory.file("class"))
        try Files.write(Files.state("class", pid: 700, heartbeat: clock.time), to: directory.file("class"), owner: 2001)
        processes.processes[700] = 2001
        #expect(reader(directory, trusting: teachers).poll().count == 1)
    }

    @Test(.enabled(if: isRoot)) func withoutAPresenterOrGroupOnlyOnesOwnFilesAreFollowed() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        try Files.write(Files.state("class", pid: 700, heartbeat: clock.time), to: directory.file("class"), owner: 2002)
        processes.processes[700] = 2002
        let events = PresentationReader(directory: directory, name: "class", trust: TrustedPresenters(.ownUser(2001)), system: system).poll()
        #expect(events == [.unreadable("class.json is not followed: it belongs to bob; follow NAME@USER to follow another user's presentation"),
                           .gone(.notTrusted(owner: "bob"))])
    }

    @Test(arguments: ["symlink", "fifo", "directory"])
    func aSquatIsNotFollowedAndDoesNotBlock(squat: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        let shared = directory.file("class")
        let real = scratch.path + "/real.json"
        try Files.write(Files.state("class", pid: 500, heartbeat: clock.time), to: real)
        processes.processes[500] = geteuid()
        switch squat {
        case "symlink": symlink(real, shared)
        case "fifo": mkfifo(shared, 0o644)
        default: try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: false)
        }
        let follower = reader(directory)
        let kind = ["symlink": "a symbolic link", "fifo": "a FIFO", "directory": "a directory"][squat]!
        #expect(follower.poll() == [.unreadable("class.json cannot be followed: it is \(kind)"), .gone(.stale)])
    }

    @Test func garbageFromThePresenterIsReportedAndItsLastStateStillCounts() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        try Files.write(Files.state("class", pid: 500, heartbeat: clock.time), to: directory.file("class"))
        processes.processes[500] = geteuid()
        let follower = reader(directory)
        #expect(follower.poll().count == 1)
        try Files.write("{\"version\": 1, \"name\": ", to: directory.file("class"))
        touch(directory.file("class"), 200)
        #expect(follower.poll() == [.unreadable("not a JSON object")])
        #expect(follower.poll() == [])
        processes.processes = [:]
        #expect(follower.poll() == [.gone(.stale)], "the presenter of the last good state died")
    }

    @Test func livePresentationsListEveryPresenterWithItsOwner() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        processes.processes[500] = geteuid()
        try Files.write(Files.state("class", pid: 500, heartbeat: clock.time), to: directory.file("class"))
        try Files.write(Files.state("intro", pid: 500, heartbeat: clock.time - 60), to: directory.file("intro"))
        try Files.write(Files.state("other", pid: 500, heartbeat: clock.time), to: directory.file("wrong"))
        let live = directory.livePresentations(system: system)
        #expect(live.map(\.name) == ["class"], "stale and misnamed files are left out")
        #expect(live.first?.owner == users.userName(geteuid()))
    }
}
