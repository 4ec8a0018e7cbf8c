import FoundationEssentials

/// When a page was first visited and first completed (nil: not yet).
public struct PageProgress: Codable, Sendable, Equatable {
    public var visited: Date?
    public var completed: Date?

    public init(visited: Date? = nil, completed: Date? = nil) {
        self.visited = visited
        self.completed = completed
    }
}
