import FoundationEssentials
import TextSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive `flock` on a lock file, held until `unlock()`.
///
/// `flock` locks belong to the open file description, so two processes, and two threads that
/// each open the file, exclude each other; the lock vanishes if the process dies. Creating the
/// lock also creates the directory with owner-only permissions.
final class FileLock {
    private var fd: Int32

    struct Failure: Error {
        let message: String
        /// True when another process holds the lock (as opposed to the file being unusable).
        var isBusy = false
    }

    /// Locks `name` in `directory`, waiting at most `timeout` seconds for another holder to let
    /// go (forever when nil).
    init(directory: URL, name: String, timeout: Double? = nil) throws(Failure) {
        try FileLock.makeDirectory(directory)
        let path = directory.appendingPathComponent(name).path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(message: "cannot open \(path): \(String(cString: strerror(errno)))") }
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        while flock(fd, deadline == nil ? LOCK_EX : LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            if code == EWOULDBLOCK, let deadline, Date() < deadline {
                usleep(2_000)
                continue
            }
            let holder = code == EWOULDBLOCK ? FileLock.holder(of: fd) : nil
            close(fd)
            fd = -1
            if code == EWOULDBLOCK {
                throw Failure(message: "\(path) is locked by another process\(holder.map { " (\($0))" } ?? "")", isBusy: true)
            }
            throw Failure(message: "cannot lock \(path): \(String(cString: strerror(code)))")
        }
    }

    /// Who holds the lock on `fd`'s file, from /proc/locks: "pid 1234, dltutor" (nil if unknown).
    private static func holder(of fd: Int32) -> String? {
        var info = stat()
        guard fstat(fd, &info) == 0, let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8) else { return nil }
        let inode = ":\(info.st_ino)"
        for line in locks.split(separator: "\n") where line.contains("FLOCK") {
            let fields = line.split(separator: " ")
            guard let place = fields.first(where: { $0.hasSuffix(inode) }), place.split(separator: ":").count == 3,
                  let index = fields.firstIndex(of: place), index > 0, let pid = Int(fields[index - 1]) else { continue }
            let command = (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?
                .trimmingWhitespace
            return "pid \(pid)" + (command.map { ", \($0)" } ?? "")
        }
        return nil
    }

    func unlock() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { unlock() }

    /// Creates `directory` (and parents) if needed; ours is made 0700.
    static func makeDirectory(_ directory: URL) throws(Failure) {
        var isDirectory = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory else { throw Failure(message: "\(directory.path) \(whatIsThere(directory)), not a directory") }
        } else if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: directory.path) {
            throw Failure(message: "\(directory.path) is a symbolic link to \(target), which does not exist: create that directory or remove the link")
        } else {
            try createDirectories(directory)
        }
        chmod(directory.path, 0o700)
    }

    /// `mkdir -p` with the system's reason on failure (Foundation's would be "NSCocoaErrorDomain
    /// error 513"); the directories it makes are 0700.
    private static func createDirectories(_ directory: URL) throws(Failure) {
        let parent = directory.deletingLastPathComponent()
        if parent.path != directory.path, !FileManager.default.fileExists(atPath: parent.path) {
            try createDirectories(parent)
        }
        if mkdir(directory.path, 0o700) != 0, errno != EEXIST {
            throw Failure(message: "cannot create \(directory.path): \(String(cString: strerror(errno)))")
        }
    }

    /// "is a file", "is a symbolic link to /x (a file)": what stands where a directory should be.
    private static func whatIsThere(_ url: URL) -> String {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) {
            return "is a symbolic link to \(target), which is a file"
        }
        return "is a file"
    }
}
