import Localization
import TextCharts

/// Runs of one experiment side by side: the last run's charts with the earlier runs' lines drawn
/// faint under them, and a table of every run's knob values and headline numbers.
///
/// The tutor compares the run on screen with the previous one on the same page; `dltutor run
/// --compare` compares one run per setting. Both draw and tabulate through this one type.
public struct RunComparison: Sendable, Equatable {
    /// In order, oldest first; the last is drawn in full, the others faint.
    public var runs: [ComparedRun]

    public init(_ runs: [ComparedRun]) {
        self.runs = runs
    }

    /// The knobs whose values differ between the runs, in the experiment's order; all of them when
    /// none differ (the same settings run twice).
    public var comparedKnobs: [Knob] {
        guard let knobs = runs.first?.settings.knobs else { return [] }
        let differing = knobs.filter { knob in Set(runs.map { $0.settings[knob.id] }).count > 1 }
        return differing.isEmpty ? knobs : differing
    }

    /// The run's values of the compared knobs: "lambda=0", "keep-prob=0.5 scaling=inverted".
    public func settingsLabel(_ index: Int) -> String {
        comparedKnobs.map { "\($0.id)=\(runs[index].settings[$0.id]?.description ?? "?")" }.joined(separator: " ")
    }

    /// The glyph an earlier run's lines are drawn with: the most recent earlier run gets the first
    /// faint marker, the one before it the next, and so on.
    public func faintMarker(_ index: Int) -> Character {
        ChartPalette.faintMarker(max(0, runs.count - 2 - index))
    }

    /// The last run's frame with its line charts compared against the earlier runs' (a line chart
    /// at the same place in an earlier frame): the earlier lines faint, named `earlierNames[i]`
    /// (default: `settingsLabel(i)`), drawn when `showEarlier`, and the axes fixed to hold both.
    /// Other figures, the tables and the findings are the last run's.
    public func chartFrame(earlierNames: [String]? = nil, showEarlier: Bool = true) -> Frame {
        guard var frame = runs.last?.frame else { return Frame() }
        let earlier = runs.dropLast()
        frame.figures = frame.figures.enumerated().map { position, figure in
            guard case .line(let chart) = figure else { return figure }
            var faint: [Series] = []
            for (index, run) in earlier.enumerated() {
                guard run.frame.figures.indices.contains(position), case .line(let old) = run.frame.figures[position] else { continue }
                let name = earlierNames?[index] ?? settingsLabel(index)
                faint += old.series.enumerated().map { seriesIndex, line in
                    Series(name: name, x: line.x, y: line.y, color: line.color ?? ChartPalette.color(seriesIndex),
                           marker: faintMarker(index), faint: true)
                }
            }
            return faint.isEmpty ? figure : .line(chart.comparing(with: faint, showEarlier: showEarlier))
        }
        return frame
    }

    /// The headline numbers any run has, in the order they first appear.
    public var headlineNames: [String] {
        var names: [String] = []
        for run in runs {
            for headline in run.frame.headlines where !names.contains(headline.name) { names.append(headline.name) }
        }
        return names
    }

    /// One row per run: its name (when `runNames` are given), its compared knob values and its
    /// headline numbers as its findings write them ("…" while it runs, "—" if it has none).
    public func table(title: String, runNames: [String]? = nil, runHeading: String = "", language: Language) -> ResultTable {
        let knobs = comparedKnobs, names = headlineNames
        let headings = knobs.map(\.id) + names.map { HeadlineLabels.label($0, language) }
        let rows = runs.enumerated().map { index, run in
            let values = knobs.map { run.settings[$0.id]?.description ?? "?" }
            let numbers = names.map { name in run.frame.headline(name)?.text ?? (run.isFinished ? "—" : "…") }
            return (runNames.map { [$0[index]] } ?? []) + values + numbers
        }
        return ResultTable(title: title, columns: (runNames == nil ? [] : [runHeading]) + headings, rows: rows)
    }
}
