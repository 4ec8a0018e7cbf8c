/// One block of a page, in reading order.
///
/// Blocks are what the tutor lays out: text blocks wrap into the text pane, an experiment embed
/// puts the experiment beside the page, a checkpoint asks its question in place.
public enum Block: Sendable, Hashable {
    /// A `###` subheading.
    case heading([Inline])
    /// Consecutive lines joined into one paragraph.
    case paragraph([Inline])
    /// `- ` items.
    case list([[Inline]])
    /// `1. ` items; `start` is the number of the first item.
    case orderedList(start: Int, items: [[Inline]])
    /// A fenced code block, verbatim; `language` is the fence's info string (`python`), if any.
    case code(language: String?, text: String)
    /// ```` ```experiment ID ````: the experiment shown beside this page.
    case experiment(ExperimentEmbed)
    /// ```` ```exercise ID ````: an exercise the student writes in their editor and the tutor checks.
    case exercise(ExerciseEmbed)
    /// ```` ```checkpoint ID ````: a question checking the page was understood.
    case checkpoint(Checkpoint)
}
