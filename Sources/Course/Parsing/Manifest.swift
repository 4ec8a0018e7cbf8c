import FoundationEssentials
import TextSupport

/// `course.txt`: lesson ids in teaching order.
///
/// Parsing never fails: bad lines become problems and are skipped, so one typo does not hide the
/// whole course.
public struct Manifest: Sendable, Hashable {
    public static let fileName = "course.txt"

    public struct Entry: Sendable, Hashable {
        public var id: String
        public var line: Int
    }

    public var file: URL
    public var entries: [Entry]
    public var problems: [CourseProblem]

    public var ids: [String] { entries.map(\.id) }

    public init(text: String, file: URL) {
        self.file = file
        entries = []
        problems = []
        var seen: [String: Int] = [:]
        // Split on scalars: in a String "\r\n" is one Character, so splitting on the Character "\n"
        // would see a CRLF file as a single line.
        for (index, raw) in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let id = String(String.UnicodeScalarView(raw)).trimmingWhitespace
            if id.isEmpty || id.hasPrefix("#") { continue }
            guard Identifier.isValid(id) else {
                problems.append(CourseProblem(file: file, line: line, message: Identifier.invalidMessage("lesson", id)
                    + " (one lesson id per line; comments start with '#')"))
                continue
            }
            if let previous = seen[id] {
                problems.append(CourseProblem(file: file, line: line,
                    message: "lesson '\(id)' is already listed at line \(previous): list each lesson once"))
                continue
            }
            seen[id] = line
            entries.append(Entry(id: id, line: line))
        }
    }

    /// Reads `course.txt` in `directory`, or nil if there is none.
    public static func load(directory: URL) throws(CourseLoadError) -> Manifest? {
        let url = directory.appendingPathComponent(fileName)
        switch TextFile.presence(of: url) {
        case .missing: return nil
        case .unreachable(let reason): throw CourseLoadError("cannot read \(url.path): \(reason)")
        case .present: break
        }
        do {
            return Manifest(text: try TextFile.readText(url, limit: FileSizeLimit.manifest), file: url)
        } catch {
            throw CourseLoadError("cannot read \(url.path)\(error.line.map { " (line \($0))" } ?? ""): \(error.message)")
        }
    }
}
