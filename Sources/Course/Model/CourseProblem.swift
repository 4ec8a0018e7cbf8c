import FoundationEssentials

/// Something wrong with a course: where (file and line) and what to do about it.
///
/// Used both for problems met while loading (kept in `Course.problems`, never fatal) and for what
/// the linter finds; `description` is the `file:line: message` form editors can jump to.
public struct CourseProblem: Sendable, Hashable, CustomStringConvertible, Error {
    public var file: URL
    /// 1-based; nil when the problem is about the file as a whole (e.g. a missing file).
    public var line: Int?
    public var message: String

    public init(file: URL, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public init(_ error: LessonError) {
        self.init(file: error.file, line: error.line, message: error.message)
    }

    /// The file's path relative to the current directory when inside it, else the full path.
    public var displayPath: String {
        let path = file.standardizedFileURL.path
        let cwd = FileManager.default.currentDirectoryPath
        if !cwd.isEmpty, path.hasPrefix(cwd.hasSuffix("/") ? cwd : cwd + "/") {
            return String(path.dropFirst(cwd.count + (cwd.hasSuffix("/") ? 0 : 1)))
        }
        return path
    }

    public var description: String {
        if let line { "\(displayPath):\(line): \(message)" } else { "\(displayPath): \(message)" }
    }
}

/// What the linter reports is the same kind of thing as a loading problem.
public typealias LintProblem = CourseProblem
