import Experiments
import TextCharts

/// Comparing the run on screen with the page's earlier runs: the previous run drawn faint under
/// it (`o` shows or hides it), and a table of the last runs' knobs and headline numbers.
extension TutorModel {
    /// The page's finished runs before the one on screen, oldest first (runs of this experiment only).
    var earlierRuns: [RunHistory.Entry] {
        guard let live, let page = currentPage, runHistory.experimentID == live.request.experimentID else { return [] }
        return runHistory.earlier(onPage: page.id, than: live.token)
    }

    /// Whether there is a previous run to show or hide.
    var hasPreviousRun: Bool { !earlierRuns.isEmpty }

    private var currentComparedRun: ComparedRun? {
        live.map { ComparedRun(settings: $0.settings, frame: $0.frame, isFinished: $0.isFinished || $0.cancelled) }
    }

    /// The frame the panel draws: the run's own, with the previous run's lines faint under its line
    /// charts (and their axes fixed to hold both) while there is a previous run.
    var shownFrame: Frame? {
        guard let current = currentComparedRun else { return nil }
        guard let previous = earlierRuns.last else { return current.frame }
        let pair = RunComparison([previous.run, current])
        return pair.chartFrame(showEarlier: showsPreviousRun)
    }

    /// The last runs of the page (the one on screen last) with their knobs and headline numbers,
    /// once there are two to compare.
    var runsTable: ResultTable? {
        guard let current = currentComparedRun else { return nil }
        let earlier = earlierRuns.suffix(RunHistory.perPage - 1)
        guard !earlier.isEmpty else { return nil }
        let comparison = RunComparison(earlier.map(\.run) + [current])
        let names = earlier.indices.map { $0 == earlier.indices.last ? text.previousRunName : text.earlierRunName } + [text.thisRunName]
        return comparison.table(title: text.runsTableTitle, runNames: names, language: course.language)
    }

    mutating func togglePreviousRun() {
        guard hasPreviousRun else {
            status = text.noPreviousRun
            return
        }
        showsPreviousRun.toggle()
        status = showsPreviousRun ? text.previousRunShown : text.previousRunHidden
    }
}
