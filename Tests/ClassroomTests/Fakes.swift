import Classroom
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A wall clock the test sets.
final class FakeClock: WallClock, @unchecked Sendable {
    var time: Double
    init(_ time: Double = 1_000_000) { self.time = time }
    func now() -> Double { time }
}

/// CPU seconds the test sets.
final class FakeCPU: CPUClock, @unchecked Sendable {
    var seconds = 0.0
    func cpuSeconds() -> Double { seconds }
}

/// Processes the test says exist, with their owners.
final class FakeProcesses: ProcessLiveness, @unchecked Sendable {
    var processes: [Int32: uid_t] = [:]
    func isProcess(_ pid: Int32, ownedBy user: uid_t) -> Bool { processes[pid] == user }
}

/// A user and group table: alice (2001) and bob (2002); alice is in `teachers` (3001).
struct TableUsers: UserDirectory {
    var users: [String: uid_t] = ["root": 0, "alice": 2001, "bob": 2002]
    var groups: [String: (id: gid_t, members: [uid_t])] = ["teachers": (3001, [2001])]

    func userID(named name: String) -> uid_t? { users[name] }
    func userName(_ user: uid_t) -> String { users.first { $0.value == user }?.key ?? "uid \(user)" }
    func groupID(named name: String) -> gid_t? { groups[name]?.id }
    func isMember(_ user: uid_t, of group: gid_t) -> Bool { groups.values.contains { $0.id == group && $0.members.contains(user) } }
}

/// A fresh directory for one test, removed afterwards by `remove()`.
struct Scratch {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("classroom-tests-\(getpid())-\(UUID().uuidString.prefix(8))").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// A presentations directory inside, mode 1777 like the shared one.
    func presentations() throws -> PresentationDirectory {
        let directory = path + "/presentations"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        chmod(directory, 0o1777)
        return PresentationDirectory(path: directory, isExplicit: true)
    }
}

enum Files {
    static func write(_ text: String, to path: String, owner: uid_t? = nil) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        if let owner { expectOwnerChanged(chown(path, owner, gid_t(owner)), path) }
    }

    static func mode(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    /// A state file as a presenter would write it.
    static func state(_ name: String, pid: Int32, heartbeat: Double, run: Int = 0, extra: String = "") -> String {
        """
        {"version": 1, "name": "\(name)", "session": "s-\(pid)", "pid": \(pid), "started": \(heartbeat), "heartbeat": \(heartbeat), "run": \(run), "seed": 3\(extra)}
        """
    }
}

/// Tests that hand files to other users need root (the suite runs as root in CI).
let isRoot = geteuid() == 0

func expectOwnerChanged(_ result: Int32, _ path: String) {
    precondition(result == 0, "chown \(path): \(String(cString: strerror(errno)))")
}
