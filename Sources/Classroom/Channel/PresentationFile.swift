import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Reading presentation files, which anyone may have put there.
public enum PresentationFile {
    /// What changes when a file is replaced or rewritten: a follower reads the file only when this
    /// differs from the last look.
    public struct Stamp: Equatable, Sendable {
        var device: UInt64
        var inode: UInt64
        var seconds: Int
        var nanoseconds: Int
        var size: Int
    }

    /// The stamp of whatever is at `path` (not following a symbolic link), or nil when nothing is.
    public static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Stamp(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), seconds: Int(info.st_mtim.tv_sec),
                     nanoseconds: Int(info.st_mtim.tv_nsec), size: Int(info.st_size))
    }

    public enum Read: Equatable, Sendable {
        /// The file's bytes (at most one more than the limit asked for) and its owner.
        case file(Data, owner: uid_t)
        case missing
        /// Something is there that is not a presentation file: the reason, for a message.
        case notAFile(String)
    }

    /// Reads `path` without following a symbolic link and without blocking on a FIFO; only a
    /// regular file is read (at most `limit` + 1 bytes, so a larger one is seen as too large), and
    /// its owner comes from the opened file itself.
    public static func read(_ path: String, limit maximum: Int = PresentationState.maximumFileSize) -> Read {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT: return .missing
            case ELOOP: return .notAFile("it is a symbolic link")
            default: return .notAFile("it cannot be opened (\(String(cString: strerror(errno))))")
            }
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .notAFile("it cannot be read") }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notAFile("it is \(kind(info.st_mode))") }
        let limit = maximum + 1
        var bytes = [UInt8](repeating: 0, count: limit)
        var count = 0
        while count < limit {
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, limit - count) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            count += got
        }
        return .file(Data(bytes[0..<count]), owner: info.st_uid)
    }

    /// What is at `path` when it is not something a presenter may replace, in words; nil when
    /// the path is free or holds a regular file of `user`'s.
    public static func squat(at path: String, user: uid_t, users: any UserDirectory) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        let owner = users.userName(info.st_uid)
        if info.st_mode & S_IFMT == S_IFREG {
            return info.st_uid == user ? nil : "a file of \(owner)'s"
        }
        return "\(kind(info.st_mode)) of \(owner)'s"
    }

    /// "a directory", "a FIFO"… for a file type in `st_mode`.
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "a regular file"
        case S_IFDIR: "a directory"
        case S_IFLNK: "a symbolic link"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "not a regular file"
        }
    }
}
