import Classroom
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The host loop's timing: heartbeats, polls between input waits, the run budget's accounting.
@Suite struct ClassroomSessionTests {
    let clock = FakeClock()
    let processes = FakeProcesses()
    var system: ClassroomSystem { ClassroomSystem(clock: clock, liveness: processes, users: TableUsers(), cpu: FakeCPU()) }

    @Test func aPresenterRewritesItsStateEveryHeartbeatWhileWaiting() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        let publisher = try PresentationPublisher(directory: directory, name: "class", first: PresentationState(name: "class"), system: system)
        let session = ClassroomSession(role: .presenter(publisher))
        session.publish(PresentationState(name: "class", run: 4))
        var monotonic = 0.0
        var waits: [Double] = []
        // Nothing typed for 12 s: the wait is cut at each heartbeat, which rewrites the file.
        let event: Int? = session.nextEvent(timeout: 12, now: { monotonic }) { seconds in
            waits.append(seconds)
            monotonic += seconds
            clock.time += seconds
            return nil
        }
        #expect(event == nil)
        #expect(monotonic == 12)
        #expect(waits.filter { $0 > 0 } == [5, 5, 2], "\(waits)")
        guard case .file(let data, _) = PresentationFile.read(publisher.path),
              case .success(let state) = PresentationState.decode(data) else { Issue.record("not written"); return }
        #expect(state.run == 4 && state.heartbeat == clock.time - 2, "last written at the 10 s heartbeat")
        session.leave()
        #expect(!FileManager.default.fileExists(atPath: publisher.path))
    }

    @Test func aFollowerReturnsFromItsWaitWhenThePresenterWrote() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let directory = try scratch.presentations()
        let reader = PresentationReader(directory: directory, name: "class", trust: TrustedPresenters(.ownUser(geteuid())), system: system)
        let session = ClassroomSession(role: .follower(reader))
        session.poll()
        #expect(session.takeEvents() == [.gone(.noFile)])
        var monotonic = 0.0
        processes.processes[900] = geteuid()
        let event: Int? = session.nextEvent(timeout: nil, now: { monotonic }) { seconds in
            #expect(seconds <= ClassroomSession.pollInterval)
            monotonic += seconds
            if monotonic >= 2 { try? Files.write(Files.state("class", pid: 900, heartbeat: clock.time), to: directory.file("class")) }
            return nil
        }
        #expect(event == nil)
        #expect(monotonic >= 2 && monotonic <= 2.5 + ClassroomSession.pollInterval)
        #expect(session.takeEvents().count == 1)
        #expect(session.takeEvents().isEmpty)
        let typed: Int? = session.nextEvent(timeout: nil, now: { monotonic }) { _ in 7 }
        #expect(typed == 7, "a key comes back at once")
    }

    @Test func theFollowerChargesCPUOnlyWhileThePresentersRunIsGoing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cpu = FakeCPU()
        let reader = PresentationReader(directory: try scratch.presentations(), name: "class", trust: TrustedPresenters(.ownUser(geteuid())), system: system)
        let session = ClassroomSession(role: .follower(reader), cpu: cpu)
        session.account(presentersRunGoing: false, now: 0)
        cpu.seconds = 100  // the student's own work
        session.account(presentersRunGoing: true, now: 1)
        cpu.seconds = 116
        session.account(presentersRunGoing: false, now: 2)
        #expect(session.budget.cpuUsed(now: 2) == 16)
        #expect(session.runPermission(now: 2) == .overBudget(usedSeconds: 16, limitSeconds: FollowerRunBudget.cpuLimit))
        cpu.seconds = 200
        session.account(presentersRunGoing: false, now: 3)
        #expect(session.budget.cpuUsed(now: 3) == 16)
        session.presentersRunStarted(now: 70)
        #expect(session.runPermission(now: 71) == .tooSoon)
        #expect(session.runPermission(now: 73) == .allowed)
    }

    @Test func aHeldRunWakesTheWaitWhenItMayStart() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let reader = PresentationReader(directory: try scratch.presentations(), name: "class", trust: TrustedPresenters(.ownUser(geteuid())), system: system)
        let session = ClassroomSession(role: .follower(reader))
        session.poll()
        _ = session.takeEvents()
        session.presentersRunStarted(now: 0)
        session.holdsRun = true
        var monotonic = 0.0
        let event: Int? = session.nextEvent(timeout: nil, now: { monotonic }) { seconds in
            monotonic += seconds
            return nil
        }
        #expect(event == nil)
        #expect(monotonic >= FollowerRunBudget.minimumInterval && monotonic < FollowerRunBudget.minimumInterval + 1)
    }
}
