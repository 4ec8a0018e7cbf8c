import FoundationEssentials

/// Where the student was, to offer resuming there.
public struct Position: Codable, Sendable, Equatable {
    public var lesson: String
    public var page: String
    public var updated: Date

    public init(lesson: String, page: String, updated: Date) {
        self.lesson = lesson
        self.page = page
        self.updated = updated
    }
}
