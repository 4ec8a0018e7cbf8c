import Foundation

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
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let id = raw.trimmingCharacters(in: .whitespacesAndNewlines)
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
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CourseLoadError("cannot read \(url.path): check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CourseLoadError("\(url.path) is not UTF-8 text: save it as UTF-8")
        }
        return Manifest(text: text, file: url)
    }
}
