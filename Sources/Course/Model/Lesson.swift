import FoundationEssentials
import Localization

/// One topic of the course in one language: a parsed lesson file.
public struct Lesson: Sendable, Hashable, Identifiable {
    /// Stable id: equals the file name and a manifest line; progress is saved by it.
    public var id: String
    public var title: String
    /// One line saying what the lesson teaches, for the course overview.
    public var summary: String
    /// The language this text is written in (may differ from the one asked for, after a fallback).
    public var language: Language
    public var pages: [Page]
    /// The file the lesson was read from, for error messages and the linter.
    public var sourceFile: URL

    public init(id: String, title: String, summary: String, language: Language, pages: [Page], sourceFile: URL) {
        self.id = id
        self.title = title
        self.summary = summary
        self.language = language
        self.pages = pages
        self.sourceFile = sourceFile
    }

    public func page(id: String) -> Page? { pages.first { $0.id == id } }
    public func pageIndex(id: String) -> Int? { pages.firstIndex { $0.id == id } }

    /// Every checkpoint of the lesson with the page it is on, in reading order.
    /// The exercises the lesson's pages ask for, each once, in reading order.
    public var exerciseIDs: [String] {
        var seen = Set<String>()
        return pages.compactMap { $0.exercise?.exerciseID }.filter { seen.insert($0).inserted }
    }

    public var checkpoints: [(page: Page, checkpoint: Checkpoint)] {
        pages.flatMap { page in page.checkpoints.map { (page, $0) } }
    }

    public func checkpoint(id: String) -> Checkpoint? {
        checkpoints.first { $0.checkpoint.id == id }?.checkpoint
    }
}
