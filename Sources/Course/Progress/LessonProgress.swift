import FoundationEssentials

/// One lesson's saved progress.
public struct LessonProgress: Codable, Sendable, Equatable {
    /// By page id.
    public var pages: [String: PageProgress]
    /// By checkpoint id (unique within the lesson, so answers survive a checkpoint moving pages).
    public var checkpoints: [String: CheckpointRecord]
    /// By exercise id: when the student's own file first passed its check (a later failing check
    /// does not take it back). Missing in files written before exercises; older dltutors ignore it.
    public var exercises: [String: Date]
    /// The page the student was last on in this lesson, where Enter reopens it (absent in older files).
    public var lastPage: String?

    public init(pages: [String: PageProgress] = [:], checkpoints: [String: CheckpointRecord] = [:],
                exercises: [String: Date] = [:], lastPage: String? = nil) {
        self.pages = pages
        self.checkpoints = checkpoints
        self.exercises = exercises
        self.lastPage = lastPage
    }

    private enum CodingKeys: String, CodingKey { case pages, checkpoints, exercises, lastPage }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        pages = try container.decodeIfPresent([String: PageProgress].self, forKey: .pages) ?? [:]
        checkpoints = try container.decodeIfPresent([String: CheckpointRecord].self, forKey: .checkpoints) ?? [:]
        exercises = try container.decodeIfPresent([String: Date].self, forKey: .exercises) ?? [:]
        lastPage = try container.decodeIfPresent(String.self, forKey: .lastPage)
    }

    func merged(with other: LessonProgress) -> LessonProgress {
        var result = self
        for (id, theirs) in other.pages {
            let mine = result.pages[id] ?? PageProgress()
            result.pages[id] = PageProgress(visited: earliest(mine.visited, theirs.visited),
                                            completed: earliest(mine.completed, theirs.completed))
        }
        for (id, theirs) in other.checkpoints {
            if let mine = result.checkpoints[id], mine.answeredAt > theirs.answeredAt { continue }
            var latest = theirs
            if let mine = result.checkpoints[id] { latest.wrongAnswers = max(mine.wrongCount, theirs.wrongCount) }
            result.checkpoints[id] = latest
        }
        for (id, theirs) in other.exercises {
            result.exercises[id] = earliest(result.exercises[id], theirs)
        }
        result.lastPage = result.lastPage ?? other.lastPage
        return result
    }

    private func earliest(_ a: Date?, _ b: Date?) -> Date? {
        switch (a, b) {
        case (let a?, let b?): min(a, b)
        default: a ?? b
        }
    }
}
