@testable import Classroom
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A pid counts only as a live process of the file's owner.
@Suite struct ProcessLivenessTests {
    let liveness = SystemProcessLiveness()

    @Test func thisProcessIsAliveForItsOwnUserOnly() {
        #expect(liveness.isProcess(getpid(), ownedBy: geteuid()))
        #expect(!liveness.isProcess(getpid(), ownedBy: geteuid() &+ 4321))
    }

    @Test func pid1IsNotAStudentsProcess() {
        // What a classmate writes to look alive: pid 1 exists (EPERM for them) but is root's.
        #expect(!liveness.isProcess(1, ownedBy: 2002))
    }

    @Test func noPidAndAnEndedProcessAreNotAlive() throws {
        #expect(!liveness.isProcess(0, ownedBy: geteuid()))
        #expect(!liveness.isProcess(-1, ownedBy: geteuid()))
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        #expect(!liveness.isProcess(child.processIdentifier, ownedBy: geteuid()))
    }

    @Test func statusLinesDecide() {
        let alive = "Name:\tdltutor\nState:\tS (sleeping)\nUid:\t2001\t2001\t2001\t2001\n"
        #expect(SystemProcessLiveness.status(alive, belongsTo: 2001))
        #expect(!SystemProcessLiveness.status(alive, belongsTo: 2002))
        #expect(SystemProcessLiveness.status("State:\tR\nUid:\t0\t2001\t0\t0\n", belongsTo: 2001), "the effective user counts")
        #expect(!SystemProcessLiveness.status("State:\tZ (zombie)\nUid:\t2001\t2001\t2001\t2001\n", belongsTo: 2001))
        #expect(!SystemProcessLiveness.status("State:\tS\n", belongsTo: 0), "no Uid line")
    }
}
