import FoundationEssentials

/// Everything saved about one student: pages seen and completed, checkpoint answers, exercises
/// passed, where they stopped. Keyed by lesson and page ids (never positions) so that reordering or extending the
/// course loses nothing.
///
/// (Not called `Progress` to avoid clashing with Foundation's `Progress`.)
public struct StudentProgress: Codable, Sendable, Equatable {
    /// Bumped if the file format ever changes incompatibly.
    public var version: Int
    public var lessons: [String: LessonProgress]
    public var lastPosition: Position?
    public var updated: Date?

    public static let currentVersion = 1

    public init(lessons: [String: LessonProgress] = [:], lastPosition: Position? = nil, updated: Date? = nil) {
        version = Self.currentVersion
        self.lessons = lessons
        self.lastPosition = lastPosition
        self.updated = updated
    }

    private enum CodingKeys: String, CodingKey { case version, lessons, lastPosition, updated }

    /// Missing fields take their empty values, so a file written by an older or newer dltutor
    /// (or edited by hand) still loads.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decodeIfPresent(Int.self, forKey: .version) ?? Self.currentVersion
        lessons = try container.decodeIfPresent([String: LessonProgress].self, forKey: .lessons) ?? [:]
        lastPosition = try container.decodeIfPresent(Position.self, forKey: .lastPosition)
        updated = try container.decodeIfPresent(Date.self, forKey: .updated)
    }

    public func lesson(_ id: String) -> LessonProgress { lessons[id] ?? LessonProgress() }

    public func isVisited(lesson: String, page: String) -> Bool { lessons[lesson]?.pages[page]?.visited != nil }
    public func isCompleted(lesson: String, page: String) -> Bool { lessons[lesson]?.pages[page]?.completed != nil }
    public func answer(lesson: String, checkpoint: String) -> CheckpointRecord? { lessons[lesson]?.checkpoints[checkpoint] }

    /// How many of `lesson`'s current pages are completed (pages that no longer exist don't count).
    public func completedCount(of lesson: Lesson) -> Int {
        lesson.pages.filter { isCompleted(lesson: lesson.id, page: $0.id) }.count
    }

    public func hasPassed(lesson: String, exercise: String) -> Bool { lessons[lesson]?.exercises[exercise] != nil }

    /// How many of the exercises `lesson`'s pages ask for have passed (one asked for on two pages counts once).
    public func passedExerciseCount(of lesson: Lesson) -> Int {
        lesson.exerciseIDs.filter { hasPassed(lesson: lesson.id, exercise: $0) }.count
    }

    /// Records that the student's own file for `exercise` passed its check (the first time counts).
    public mutating func markExercisePassed(lesson: String, exercise: String, at date: Date = Date()) {
        lessons[lesson, default: LessonProgress()].exercises[exercise] = lessons[lesson]?.exercises[exercise] ?? date
        touch(date)
    }

    public mutating func markVisited(lesson: String, page: String, at date: Date = Date()) {
        lessons[lesson, default: LessonProgress()].pages[page, default: PageProgress()].visited =
            lessons[lesson]?.pages[page]?.visited ?? date
        touch(date)
    }

    public mutating func markCompleted(lesson: String, page: String, at date: Date = Date()) {
        var pageProgress = lessons[lesson]?.pages[page] ?? PageProgress()
        pageProgress.visited = pageProgress.visited ?? date
        pageProgress.completed = pageProgress.completed ?? date
        lessons[lesson, default: LessonProgress()].pages[page] = pageProgress
        touch(date)
    }

    /// Records the latest answer; wrong answers are counted (hint first, then the explanation).
    public mutating func recordAnswer(
        lesson: String, checkpoint: String, answer: CheckpointAnswer, correct: Bool, at date: Date = Date()
    ) {
        let wrong = (lessons[lesson]?.checkpoints[checkpoint]?.wrongCount ?? 0) + (correct ? 0 : 1)
        // Not written while there is none, so a file stays as older dltutors wrote it.
        lessons[lesson, default: LessonProgress()].checkpoints[checkpoint] =
            CheckpointRecord(answer: answer, correct: correct, answeredAt: date, wrongAnswers: wrong > 0 ? wrong : nil)
        touch(date)
    }

    public mutating func setPosition(lesson: String, page: String, at date: Date = Date()) {
        lastPosition = Position(lesson: lesson, page: page, updated: date)
        lessons[lesson, default: LessonProgress()].lastPage = page
        touch(date)
    }

    /// The page to reopen `lesson` at: where the student left it, or the first page.
    public func resumePageIndex(of lesson: Lesson) -> Int {
        lessons[lesson.id]?.lastPage.flatMap(lesson.pageIndex(id:)) ?? 0
    }

    /// Whether any page of `lesson` was opened.
    public func isStarted(_ lesson: Lesson) -> Bool {
        lesson.pages.contains { isVisited(lesson: lesson.id, page: $0.id) }
    }

    /// The checkpoints whose latest answer is missing or wrong, in reading order.
    public func openCheckpoints(of lesson: Lesson) -> [(page: Page, checkpoint: Checkpoint)] {
        lesson.checkpoints.filter { answer(lesson: lesson.id, checkpoint: $0.checkpoint.id)?.correct != true }
    }

    /// Done: every page seen to its end and every checkpoint's latest answer right.
    public func isDone(_ lesson: Lesson) -> Bool {
        completedCount(of: lesson) == lesson.pages.count && openCheckpoints(of: lesson).isEmpty
    }

    private mutating func touch(_ date: Date) {
        updated = max(updated ?? date, date)
    }

    /// Combines two versions of the progress (this process's and another's) without losing
    /// either: pages seen or completed in either stay so (earliest date kept), for each checkpoint
    /// and for the position the most recent wins.
    public func merged(with other: StudentProgress) -> StudentProgress {
        var result = self
        // Where each lesson was left: the more recently updated side's page wins.
        let theirsIsNewer = (other.updated ?? .distantPast) >= (updated ?? .distantPast)
        for (id, theirs) in other.lessons {
            var lesson = (result.lessons[id] ?? LessonProgress()).merged(with: theirs)
            if theirsIsNewer, let page = theirs.lastPage { lesson.lastPage = page }
            result.lessons[id] = lesson
        }
        if let theirs = other.lastPosition, theirs.updated >= (result.lastPosition?.updated ?? .distantPast) {
            result.lastPosition = theirs
        }
        switch (result.updated, other.updated) {
        case (let a?, let b?): result.updated = max(a, b)
        case (nil, let b): result.updated = b
        default: break
        }
        return result
    }
}
