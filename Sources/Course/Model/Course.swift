import FoundationEssentials
import Localization

/// The course in one language: lessons in teaching order and what went wrong while loading.
///
/// Loading never fails because of one bad lesson: broken lessons are entries with their error,
/// and other problems (a manifest id without any file, a missing translation shown in English)
/// are collected in `problems` for the tutor to mention and the instructor to fix.
public struct Course: Sendable, Hashable {
    /// The language asked for (some entries may have fallen back to English).
    public var language: Language
    /// One entry per manifest id, in manifest order (overlay lessons replace or follow).
    public var entries: [CourseEntry]
    public var problems: [CourseProblem]
    /// The directory the shipped (or base) course was loaded from.
    public var directory: URL
    /// The course's terms in both languages (`glossary.txt` beside `course.txt`).
    public var glossary: Glossary

    public init(language: Language, entries: [CourseEntry], problems: [CourseProblem], directory: URL,
                glossary: Glossary = .empty) {
        self.language = language
        self.entries = entries
        self.problems = problems
        self.directory = directory
        self.glossary = glossary
    }

    /// The lessons that parsed, in order.
    public var lessons: [Lesson] { entries.compactMap(\.lesson) }

    public func entry(id: String) -> CourseEntry? { entries.first { $0.id == id } }
    public func lesson(id: String) -> Lesson? { entry(id: id)?.lesson }

    /// Where to resume: the saved position if that lesson and page still exist, otherwise the
    /// first page of the saved lesson if only the page is gone, otherwise nil.
    public func resumeTarget(for progress: StudentProgress) -> (entryIndex: Int, pageIndex: Int)? {
        guard let position = progress.lastPosition,
              let entryIndex = entries.firstIndex(where: { $0.id == position.lesson }),
              let lesson = entries[entryIndex].lesson, !lesson.pages.isEmpty else { return nil }
        return (entryIndex, lesson.pageIndex(id: position.page) ?? 0)
    }
}
