import FoundationEssentials
import TextSupport
#if canImport(Glibc)
import Glibc
#endif

/// Where a presentation's followers put their answers: `NAME.answers/` beside the presenter's
/// `NAME.json` (or `NAME.USER-TAG.answers/` beside its own file), one file per student.
///
/// The same rules as the presentations directory: the presenter creates it writable by everyone
/// with the sticky bit, so each student can create and replace only their own file; a follower
/// writes into it only when it belongs to the presenter it follows (or root), so a classmate
/// cannot collect the class's answers in a directory of their own.
public struct AnswerDirectory: Equatable, Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// The answers directory of the presentation written to `file` (`….json`).
    public init(presentationFile file: String) {
        path = (file.hasSuffix(".json") ? String(file.dropLast(5)) : file) + ".answers"
    }

    // MARK: The presenter's side

    /// Creates the directory (mode 1777) or checks that the one there is this presenter's; the
    /// error says what is in the way.
    public func prepare(user: uid_t, users: any UserDirectory) throws(ClassroomError) {
        var info = stat()
        if lstat(path, &info) != 0 {
            guard errno == ENOENT else { throw ClassroomError("\(path): \(String(cString: strerror(errno)))") }
            guard mkdir(path, 0o1777) == 0 || errno == EEXIST else {
                throw ClassroomError("cannot create \(path): \(String(cString: strerror(errno)))")
            }
            guard lstat(path, &info) == 0 else { throw ClassroomError("\(path): \(String(cString: strerror(errno)))") }
        }
        let name = path.pathFileName
        guard info.st_mode & S_IFMT == S_IFDIR, info.st_uid == user else {
            throw ClassroomError("class answers are off: \(name) is \(PresentationFile.kind(info.st_mode)) of \(users.userName(info.st_uid))'s")
        }
        chmod(path, 0o1777)  // mkdir is subject to the umask
    }

    /// Removes the students' files and the directory (the sticky bit lets its owner do that).
    public func remove() {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            unlink(path + "/" + entry)
        }
        rmdir(path)
    }

    // MARK: The follower's side

    /// Why answers must not go into this directory, or nil when it belongs to `presenter` (or
    /// root) and only lets each student replace their own file.
    public func problemForSending(presenter: uid_t, users: any UserDirectory) -> String? {
        var info = stat()
        let name = path.pathFileName
        guard lstat(path, &info) == 0 else { return "\(name) does not exist (the presenter does not collect answers)" }
        guard info.st_mode & S_IFMT == S_IFDIR else { return "\(name) is \(PresentationFile.kind(info.st_mode))" }
        guard info.st_uid == presenter || info.st_uid == 0 else {
            return "\(name) belongs to \(users.userName(info.st_uid)), not the presenter"
        }
        guard info.st_mode & 0o1000 != 0 else { return "\(name) has no sticky bit, so classmates could replace your answer" }
        return nil
    }
}
