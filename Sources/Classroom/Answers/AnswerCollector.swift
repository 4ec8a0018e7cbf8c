import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The presenter's side of class answers: looks at the answers directory (an `lstat` per file)
/// and reads only the files that changed since the last look, keeping one answer per student.
///
/// A student is a file owner (from the file system; the file's name and content say nothing about
/// who wrote it): a student with several files counts once, with the newest. Files that are not
/// answers (garbage, too large, not a regular file) are ignored and reported once each.
public final class AnswerCollector {
    /// More files than a class of any size writes; the rest are ignored (and reported).
    public static let maximumFiles = 5000

    public let directory: AnswerDirectory
    let users: any UserDirectory
    private var looks: [String: Look] = [:]
    private var reportedTooMany = false

    struct Look {
        var stamp: PresentationFile.Stamp
        var owner: uid_t?
        var answer: ClassAnswer?
    }

    /// What one look found.
    public struct Collection: Equatable, Sendable {
        /// One answer per student, for `session`, in the order of the students' user ids.
        public var answers: [ClassAnswer]
        /// Files newly found unusable, as "a file of bob's (bob.json): not a JSON object".
        public var ignored: [String]

        public init(answers: [ClassAnswer], ignored: [String]) {
            self.answers = answers
            self.ignored = ignored
        }
    }

    public init(directory: AnswerDirectory, users: any UserDirectory = SystemUserDirectory()) {
        self.directory = directory
        self.users = users
    }

    public func collect(session: String) -> Collection {
        var ignored: [String] = []
        var entries = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { !$0.hasPrefix(".") }  // a student's temporary file, before its rename
            .sorted()
        if entries.count > Self.maximumFiles {
            if !reportedTooMany { ignored.append("more than \(Self.maximumFiles) files in \(directory.path); the rest are not counted") }
            reportedTooMany = true
            entries = Array(entries.prefix(Self.maximumFiles))
        }
        var seen: Set<String> = []
        var newest: [uid_t: (answer: ClassAnswer, stamp: PresentationFile.Stamp)] = [:]
        for entry in entries {
            let path = directory.path + "/" + entry
            guard let stamp = PresentationFile.stamp(path) else { continue }
            seen.insert(entry)
            if looks[entry]?.stamp != stamp {
                var look = Look(stamp: stamp)
                switch PresentationFile.read(path, limit: ClassAnswer.maximumFileSize) {
                case .missing:
                    continue
                case .notAFile(let reason):
                    ignored.append("\(entry): \(reason)")
                case .file(let data, let owner):
                    look.owner = owner
                    switch ClassAnswer.decode(data) {
                    case .success(let answer): look.answer = answer
                    case .failure(let error): ignored.append("a file of \(users.userName(owner))'s (\(entry)): \(error.description)")
                    }
                }
                looks[entry] = look
            }
            guard let look = looks[entry], let owner = look.owner, let answer = look.answer, answer.session == session else { continue }
            if let other = newest[owner], !Self.isNewer(look.stamp, than: other.stamp) { continue }
            newest[owner] = (answer, look.stamp)
        }
        looks = looks.filter { seen.contains($0.key) }
        return Collection(answers: newest.sorted { $0.key < $1.key }.map(\.value.answer), ignored: ignored)
    }

    static func isNewer(_ stamp: PresentationFile.Stamp, than other: PresentationFile.Stamp) -> Bool {
        (stamp.seconds, stamp.nanoseconds) > (other.seconds, other.nanoseconds)
    }
}
