import Classroom
import Course

/// Class answers: a follower's answers to the presenter's current page go to the presenter
/// (`Effect.sendClassAnswer`); the presenter's host reads them back (`Message.classAnswers`); the
/// presenter's screen counts them under each checkpoint and `a` reveals the counts to the
/// followers through the presentation file. Counts only: no student is named.
extension TutorModel {
    /// The current page as `lesson/page`.
    var pageKey: String? {
        guard screen == .lesson, let lesson = currentLesson, let page = currentPage else { return nil }
        return lesson.id + "/" + page.id
    }

    /// A presenter with a checkpoint on screen: its host reads the followers' answers (at most once
    /// a second) only while this holds.
    public var collectsAnswers: Bool {
        classroom?.role == .presenter && screen == .lesson && !(currentPage?.checkpoints.isEmpty ?? true)
    }

    /// Whether the presenter shows the current page's answers to its followers.
    public var revealsAnswers: Bool {
        guard let classroom, classroom.role == .presenter, let key = pageKey else { return false }
        return classroom.revealedPage == key
    }

    /// The answer to send when a follower answered `checkpoint` on the presenter's current page.
    func classAnswerEffects(_ checkpoint: Checkpoint, _ answer: CheckpointAnswer) -> [Effect] {
        guard let classroom, classroom.isFollowing, let latest = classroom.latest, let lesson = currentLesson,
              let page = currentPage, latest.lesson == lesson.id, latest.page == page.id else { return [] }
        let value: ClassAnswer.Value
        switch answer {
        case .choice(let index): value = .choice(index)
        case .number(let number): value = .number(number)
        }
        return [.sendClassAnswer(ClassAnswer(session: latest.session, lesson: lesson.id, page: page.id,
                                             checkpoint: checkpoint.id, value: value))]
    }

    /// A presenter's host read the followers' answers; a change shows at once and, while revealed,
    /// goes out to the followers.
    mutating func receiveClassAnswers(_ answers: [ClassAnswer], ignored: [String]) -> [Effect] {
        guard classroom?.role == .presenter else { return [] }
        let before = presentationSnapshot
        classroom?.answers = answers
        if let first = ignored.first { status = classroomText.ignoredAnswers(first, more: ignored.count - 1) }
        return presentationSnapshot != before ? [.publishPresentation] : []
    }

    /// `a`: a presenter reveals the current page's answers to its followers, or hides them.
    mutating func toggleRevealingAnswers() -> [Effect] {
        guard classroom?.role == .presenter, collectsAnswers, let key = pageKey else { return [] }
        let revealing = !revealsAnswers
        classroom?.revealedPage = revealing ? key : nil
        status = revealing ? classroomText.answersRevealed : classroomText.answersHidden
        return []
    }

    /// The current page's answer counts by checkpoint: the presenter's own count, or what the
    /// presenter revealed to this follower for the page it shows.
    var classAnswerSummaries: [String: AnswerSummary] {
        guard let classroom, let lesson = currentLesson, let page = currentPage, screen == .lesson else { return [:] }
        switch classroom.role {
        case .presenter:
            let here = classroom.answers.filter { $0.lesson == lesson.id && $0.page == page.id }
            return Dictionary(uniqueKeysWithValues: page.checkpoints.map { checkpoint in
                (checkpoint.id, AnswerTally.summary(of: checkpoint, values: here.filter { $0.checkpoint == checkpoint.id }.map(\.value)))
            })
        case .follower:
            guard let latest = classroom.latest, latest.lesson == lesson.id, latest.page == page.id,
                  let answers = latest.answers else { return [:] }
            let ids = Set(page.checkpoints.map(\.id))
            return Dictionary(answers.filter { ids.contains($0.checkpoint) }.map { ($0.checkpoint, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// What the presenter publishes about the answers: the counts while revealed, else nothing.
    var publishedAnswerSummaries: [AnswerSummary]? {
        guard revealsAnswers, let page = currentPage else { return nil }
        let summaries = classAnswerSummaries
        return page.checkpoints.compactMap { summaries[$0.id] }
    }
}
