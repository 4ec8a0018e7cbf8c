import FoundationEssentials
import TextSupport
#if canImport(Glibc)
import Glibc
#endif

/// Whether a process id names a live process of a given user.
///
/// A presentation file carries its presenter's pid so followers notice a presenter that died
/// without removing its file. Anyone can write any pid into a file, so "some process has this
/// pid" is not enough: the process must belong to the file's owner.
public protocol ProcessLiveness: Sendable {
    func isProcess(_ pid: Int32, ownedBy user: uid_t) -> Bool
}

/// Asks the kernel: `kill(pid, 0)` says whether the process exists (EPERM only means it is
/// someone else's, not whose), and `/proc/PID/status` says whose it is.
public struct SystemProcessLiveness: ProcessLiveness {
    let procRoot: String

    public init(procRoot: String = "/proc") {
        self.procRoot = procRoot
    }

    public func isProcess(_ pid: Int32, ownedBy user: uid_t) -> Bool {
        guard pid > 0 else { return false }
        if kill(pid, 0) != 0, errno != EPERM { return false }
        guard let status = try? String(contentsOfFile: "\(procRoot)/\(pid)/status", encoding: .utf8) else {
            // /proc hides other users' details (hidepid=1): the directory's owner is the process's.
            var info = stat()
            return stat("\(procRoot)/\(pid)", &info) == 0 && info.st_uid == user
        }
        return Self.status(status, belongsTo: user)
    }

    /// Reads `Uid:` (real, effective, saved, file-system) and `State:` from a `/proc/PID/status`
    /// text: a zombie is not alive; the real or effective user must be `user`.
    static func status(_ text: String, belongsTo user: uid_t) -> Bool {
        var uids: [uid_t]?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("State:"), line.dropFirst(6).trimmingSpaces.hasPrefix("Z") { return false }
            if line.hasPrefix("Uid:") {
                uids = line.dropFirst(4).split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { uid_t($0) }
            }
        }
        guard let uids, uids.count >= 2 else { return false }
        return uids[0] == user || uids[1] == user
    }
}
