import FoundationEssentials
import Localization

/// Why a lesson file could not be read: the file, the line, what is wrong and how to fix it.
///
/// The parser stops at the first error, so the message can be precise about that one spot; the
/// linter reports it together with the other lessons' problems.
public struct LessonError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: URL
    /// 1-based line in the file.
    public var line: Int
    public var message: String
    /// The front matter's title if it could be read before the error, for listing the lesson.
    public var lessonTitle: String?

    public init(file: URL, line: Int, message: String, lessonTitle: String? = nil) {
        self.file = file
        self.line = line
        self.message = message
        self.lessonTitle = lessonTitle
    }

    /// The file name, with its language folder when it is in one (`zh/gradient-checking.md`),
    /// since both languages of a lesson have the same file name.
    public var fileName: String {
        let folder = file.deletingLastPathComponent().lastPathComponent
        return Language(rawValue: folder) != nil ? "\(folder)/\(file.lastPathComponent)" : file.lastPathComponent
    }

    /// `en/gradient-checking.md:42: checkpoint 'eps-order' has no correct answer: …`
    public var description: String { "\(fileName):\(line): \(message)" }
}
