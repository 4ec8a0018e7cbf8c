import FoundationEssentials
import TextSupport
#if canImport(Glibc)
import Glibc
#endif

/// The shared directory where presentations live: `NAME.json`, and `NAME.USER-TAG.json` for a
/// presenter who found `NAME.json` taken by someone else.
///
/// Like /tmp it is writable by everyone with the sticky bit set, so any user may present but only
/// a file's owner may replace or remove it. It must be created by root (or by the tmpfiles rule in
/// the README): a student who created it would own it and could remove everyone's files. A
/// directory given with `DLTUTOR_PRESENT_DIR` is the caller's own choice and is created on demand.
public struct PresentationDirectory: Sendable {
    public static let defaultPath = "/tmp/dltutor-presentations"
    public let path: String
    /// Given with `DLTUTOR_PRESENT_DIR` rather than the shared default.
    public let isExplicit: Bool

    public init(path: String, isExplicit: Bool) {
        self.path = path
        self.isExplicit = isExplicit
    }

    public static func standard(environment: [String: String]) -> PresentationDirectory {
        if let path = environment["DLTUTOR_PRESENT_DIR"], !path.isEmpty {
            return PresentationDirectory(path: path, isExplicit: true)
        }
        return PresentationDirectory(path: defaultPath, isExplicit: false)
    }

    /// The file a presentation is written to when no one else holds the name.
    public func file(_ name: String) -> String { path + "/" + name + ".json" }

    /// A presenter's own file for `name` when `name.json` is taken: `name.USER-TAG.json`.
    public func ownFile(_ name: String, user: String, tag: String) -> String {
        path + "/" + name + "." + PresentationName.sanitized(user) + "-" + tag + ".json"
    }

    /// Every file that may hold the presentation `name`: `name.json` first, then the presenters'
    /// own files, sorted.
    public func files(for name: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let own = names.filter { $0.hasPrefix(name + ".") && $0.hasSuffix(".json") && $0 != name + ".json" }.sorted()
        return [file(name)] + own.map { path + "/" + $0 }
    }

    /// The presentation names that have files here (valid names only).
    public func names() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        let presentations = names.compactMap { fileName -> String? in
            guard fileName.hasSuffix(".json"), !fileName.hasPrefix(".") else { return nil }
            let name = String(fileName.prefix { $0 != "." })
            return PresentationName.isValid(name) ? name : nil
        }
        return Array(Set(presentations)).sorted()
    }

    /// Makes sure the directory exists and is safe to present in. Only root creates the shared
    /// directory (anyone creates an explicit one); `user` is the presenter's effective user.
    public func prepare(user: uid_t, users: any UserDirectory) throws(ClassroomError) {
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else { throw ClassroomError("\(path): \(String(cString: strerror(errno)))") }
            guard user == 0 || isExplicit else { throw Self.missingSharedDirectory(path) }
            let parent = path.pathDirectory
            if !parent.isEmpty { try? FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
            if mkdir(path, 0o1777) == 0 {
                chmod(path, 0o1777)  // mkdir is subject to the umask
            } else if errno != EEXIST {
                throw ClassroomError("cannot create the presentations directory \(path): \(String(cString: strerror(errno)))")
            }
            guard lstat(path, &info) == 0 else { throw ClassroomError("\(path): \(String(cString: strerror(errno)))") }
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: break
        case S_IFLNK:
            throw ClassroomError("\(path) is a symbolic link, not a directory (someone may have put it there to redirect presentations); remove it, or set DLTUTOR_PRESENT_DIR to a directory for presentations")
        default:
            throw ClassroomError("\(path) is not a directory; set DLTUTOR_PRESENT_DIR to a directory for presentations")
        }
        let mode = info.st_mode & 0o7777
        if mode & 0o002 != 0, mode & 0o1000 == 0 {
            throw ClassroomError("\(path) is writable by everyone but has no sticky bit, so anyone could replace a presentation; fix it with: chmod 1777 \(path)")
        }
        if info.st_uid != 0, info.st_uid != user {
            throw ClassroomError("\(path) belongs to \(users.userName(info.st_uid)), who could remove your presentation; ask the administrator to create it as root with mode 1777 (see README, 'Running a classroom server')")
        }
    }

    /// What a non-root presenter is told when the shared directory does not exist yet.
    static func missingSharedDirectory(_ path: String) -> ClassroomError {
        ClassroomError("""
            the presentations directory \(path) does not exist, and only root may create it (whoever created it would own everyone's presentations). Ask the administrator to run:
                echo 'd \(path) 1777 root root -' | sudo tee /etc/tmpfiles.d/dltutor.conf && sudo systemd-tmpfiles --create /etc/tmpfiles.d/dltutor.conf
            or, until the next reboot:
                sudo mkdir -m 1777 \(path)
            (or set DLTUTOR_PRESENT_DIR to a directory of your own to present to yourself)
            """)
    }
}
