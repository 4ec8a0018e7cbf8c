import FoundationEssentials
import Localization

/// One manifest line of a loaded course: a lesson that parsed, or a broken one with its error.
///
/// Broken lessons stay in the course (instead of stopping the tutor) so the overview can list them
/// with what is wrong, and the rest of the course stays usable.
public struct CourseEntry: Sendable, Hashable, Identifiable {
    public enum Content: Sendable, Hashable {
        case lesson(Lesson)
        case broken(LessonError)
    }

    /// The lesson id from the manifest.
    public var id: String
    public var content: Content
    /// The language of the text actually used.
    public var language: Language
    /// True when the chosen language had no file and the English one is shown instead.
    public var isFallback: Bool
    /// True when the lesson comes from an instructor's `--lessons` directory.
    public var isOverlay: Bool

    public init(id: String, content: Content, language: Language, isFallback: Bool, isOverlay: Bool) {
        self.id = id
        self.content = content
        self.language = language
        self.isFallback = isFallback
        self.isOverlay = isOverlay
    }

    public var lesson: Lesson? {
        if case .lesson(let lesson) = content { lesson } else { nil }
    }

    public var error: LessonError? {
        if case .broken(let error) = content { error } else { nil }
    }

    public var isBroken: Bool { error != nil }

    /// The lesson title, or for a broken lesson the title its front matter gives if readable,
    /// else the id: something to list in the overview either way.
    public var title: String {
        switch content {
        case .lesson(let lesson): lesson.title
        case .broken(let error): error.lessonTitle ?? id
        }
    }
}
