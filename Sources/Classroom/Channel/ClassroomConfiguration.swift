import FoundationEssentials
import TextSupport
#if canImport(Glibc)
import Glibc
#endif

/// The host's classroom settings, from a file only root can change (`/etc/dltutor/classroom.conf`):
///
///     # Followers of a presentation by name alone (dltutor --follow class) trust its members.
///     instructors = teachers
///
/// Blank lines and lines starting with `#` are ignored. A file that someone other than root could
/// have written is refused, since it decides whom a whole class follows.
public struct ClassroomConfiguration: Equatable, Sendable {
    public static let defaultPath = "/etc/dltutor/classroom.conf"

    /// The group whose members a follower trusts when `--follow NAME` names no user.
    public var instructorGroup: String?

    public init(instructorGroup: String? = nil) {
        self.instructorGroup = instructorGroup
    }

    /// `$DLTUTOR_CLASSROOM_CONF` (for tests) or the default path.
    public static func path(environment: [String: String]) -> String {
        environment["DLTUTOR_CLASSROOM_CONF"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultPath
    }

    /// The configuration at `path`; a missing file is an empty configuration.
    public static func load(path: String) throws(ClassroomError) -> ClassroomConfiguration {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            if errno == ENOENT { return ClassroomConfiguration() }
            throw ClassroomError("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw ClassroomError("\(path) is not a regular file")
        }
        guard info.st_uid == 0, info.st_mode & 0o022 == 0 else {
            throw ClassroomError("\(path) must belong to root and be writable by no one else, since it decides whom a class follows; fix it with: sudo chown root: \(path) && sudo chmod 644 \(path)")
        }
        var bytes = [UInt8](repeating: 0, count: 64 * 1024)
        var filled = 0
        while filled < bytes.count {
            let count = bytes[filled...].withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 { filled += count } else if count < 0, errno == EINTR { continue } else { break }
        }
        guard let text = String(validating: bytes[..<filled], as: UTF8.self) else {
            throw ClassroomError("\(path) is not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws(ClassroomError) -> ClassroomConfiguration {
        var configuration = ClassroomConfiguration()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
            guard parts.count == 2, parts[0] == "instructors", !parts[1].isEmpty, !parts[1].contains(" ") else {
                throw ClassroomError("\(path) line \(index + 1): expected 'instructors = GROUP', found '\(line)'")
            }
            configuration.instructorGroup = parts[1]
        }
        return configuration
    }
}
