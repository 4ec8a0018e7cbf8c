/// One screen of a lesson: a `## Title {#id}` section of the lesson file.
///
/// The id (not the position) identifies the page, so progress survives reordering and editing.
public struct Page: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var blocks: [Block]
    /// The line of the page's `##` heading.
    public var line: Int

    public init(id: String, title: String, blocks: [Block], line: Int) {
        self.id = id
        self.title = title
        self.blocks = blocks
        self.line = line
    }

    /// The title as styled runs (titles may use inline markup).
    public var titleRuns: [Inline] { Inline.parse(title) }

    /// The experiment shown beside this page, if any (at most one per page).
    public var experiment: ExperimentEmbed? {
        for case .experiment(let embed) in blocks { return embed }
        return nil
    }

    /// The exercise this page asks for, if any (at most one per page).
    public var exercise: ExerciseEmbed? {
        for case .exercise(let embed) in blocks { return embed }
        return nil
    }

    /// The page's checkpoints in reading order.
    public var checkpoints: [Checkpoint] {
        blocks.compactMap { if case .checkpoint(let checkpoint) = $0 { checkpoint } else { nil } }
    }
}
