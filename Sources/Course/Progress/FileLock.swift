import Foundation
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

    struct Failure: Error { let message: String }

    init(directory: URL, name: String) throws(Failure) {
        try FileLock.makeDirectory(directory)
        let path = directory.appendingPathComponent(name).path
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(message: "cannot open \(path): \(String(cString: strerror(errno)))") }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(fd)
            fd = -1
            throw Failure(message: "cannot lock \(path): \(reason)")
        }
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
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw Failure(message: "\(directory.path) is not a directory") }
        } else {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true,
                                                        attributes: [.posixPermissions: 0o700])
            } catch {
                throw Failure(message: "cannot create \(directory.path): \(error.localizedDescription)")
            }
        }
        chmod(directory.path, 0o700)
    }
}
