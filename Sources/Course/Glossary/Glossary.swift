import FoundationEssentials
import Localization

/// The course's bilingual glossary (`Lessons/glossary.txt`): the source of truth for which term
/// each language uses for a concept. `dltutor glossary` prints it, the tutor's glossary screen
/// shows it and the linter checks the lessons against it.
public struct Glossary: Sendable, Hashable {
    public static let fileName = "glossary.txt"

    public var entries: [GlossaryEntry]

    public init(entries: [GlossaryEntry]) {
        self.entries = entries
    }

    public static let empty = Glossary(entries: [])

    /// The entry with this id, or whose term in either language is exactly `term` (any case).
    public func entry(named term: String) -> GlossaryEntry? {
        let wanted = Self.normalized(term)
        return entries.first { $0.id == wanted } ?? entries.first { $0.names.contains { Self.normalized($0) == wanted } }
    }

    /// The entries `query` names in either language (a substring of a term, any case), in file
    /// order; an exact name first. An empty query lists everything.
    public func search(_ query: String) -> [GlossaryEntry] {
        if let exact = entry(named: query) {
            return [exact] + entries.filter { $0.id != exact.id && $0.matches(query) }
        }
        return entries.filter { $0.matches(query) }
    }

    /// The Chinese terms (and their other names) written in Chinese characters only: the words
    /// line breaking keeps whole (欠拟合, 随机失活).
    public var chineseWords: Set<String> {
        Set(entries.flatMap { [$0.chinese] + $0.otherChinese }.filter { term in
            term.count >= 2 && term.unicodeScalars.allSatisfy { (0x4E00...0x9FFF).contains($0.value) }
        })
    }

    /// Lowercased, with runs of spaces, '-' and '_' folded to one space, for matching.
    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" })
            .joined(separator: " ")
    }

    /// The glossary of the course in `directory`; an empty one when the course has no glossary
    /// file (an instructor's overlay need not have one).
    public static func load(directory: URL) throws(CourseLoadError) -> Glossary {
        let file = directory.appendingPathComponent(fileName)
        switch TextFile.presence(of: file) {
        case .missing: return .empty
        case .unreachable(let reason): throw CourseLoadError("cannot read \(file.path): \(reason)")
        case .present: break
        }
        let text: String
        do {
            text = try TextFile.readText(file, limit: FileSizeLimit.manifest)
        } catch {
            throw CourseLoadError("cannot read \(file.path)\(error.line.map { " (line \($0))" } ?? ""): \(error.message)")
        }
        let parsed = GlossaryParser.parse(text, file: file)
        if let first = parsed.problems.first {
            throw CourseLoadError("\(file.path):\(first.line ?? 1): \(first.message) (run 'dltutor lint' for every problem)")
        }
        return parsed.glossary
    }
}
