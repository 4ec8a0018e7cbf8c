import Localization
import Testing
import TextCharts
@testable import Experiments

/// `RunComparison`, the one mechanism behind the tutor's previous run and `run --compare`.
@Suite struct RunComparisonFrameworkTests {
    static let experiment = L2Penalty()

    static func run(_ lambda: String) throws -> ComparedRun {
        let settings = try KnobSettings(experiment: experiment, assignments: ["lambda=\(lambda)"])
        return ComparedRun(settings: settings, frame: try experiment.run(["lambda=\(lambda)"]))
    }

    @Test func earlierRunsAreDrawnFaintUnderTheLastOnesLineCharts() throws {
        let comparison = RunComparison([try Self.run("0"), try Self.run("0.7"), try Self.run("5")])
        #expect(comparison.comparedKnobs.map(\.id) == ["lambda"])
        #expect(comparison.runs.indices.map(comparison.settingsLabel) == ["lambda=0", "lambda=0.7", "lambda=5"])
        // The most recent earlier run gets the first faint marker.
        #expect(comparison.faintMarker(1) == ".")
        #expect(comparison.faintMarker(0) == "~")
        let frame = comparison.chartFrame()
        guard case .line(let chart) = frame.figures[0], case .line(let own) = comparison.runs[2].frame.figures[0] else {
            Issue.record("the cost chart is a line chart")
            return
        }
        #expect(chart.series.filter { !$0.faint } == own.series)
        let faint = chart.series.filter(\.faint)
        #expect(faint.map(\.name) == ["lambda=0", "lambda=0", "lambda=0.7", "lambda=0.7"])
        #expect(faint.map(\.marker) == ["~", "~", ".", "."])
        #expect(faint.map(\.color) == [.blue, .red, .blue, .red], "each line keeps its colour, dimmed")
        // Other figures and the findings are the last run's.
        #expect(frame.figures[1] == comparison.runs[2].frame.figures[1])
        #expect(frame.findings == comparison.runs[2].frame.findings)
        // Hidden earlier runs leave the axes where they were.
        guard case .line(let hidden) = comparison.chartFrame(showEarlier: false).figures[0] else { return }
        #expect(hidden.series == own.series && hidden.yAxis.range == chart.yAxis.range)
    }

    @Test func theTableHasEveryRunsKnobsAndHeadlines() throws {
        var running = try Self.run("0.7")
        running.frame = Frame()
        running.isFinished = false
        let comparison = RunComparison([try Self.run("0"), running])
        let table = comparison.table(title: "runs", runNames: ["previous", "this run"], runHeading: "run", language: .en)
        #expect(table.columns == ["run", "lambda", "train %", "dev %", "gap", "Σ‖W‖²"])
        #expect(table.rows == [["previous", "0", "1.0", "22.0", "21.0", "1627.4"], ["this run", "0.7", "…", "…", "…", "…"]])
        #expect(comparison.table(title: "runs", language: .zh).columns.first == "lambda")
        #expect(comparison.table(title: "runs", language: .zh).columns[1] == "训练误差%")
        // A finished run without the number (it failed) shows a dash.
        running.isFinished = true
        #expect(RunComparison([try Self.run("0"), running]).table(title: "", language: .en).rows[1] == ["0.7", "—", "—", "—", "—"])
    }

    @Test func theSameSettingsTwiceCompareEveryKnob() throws {
        let comparison = RunComparison([try Self.run("0.7"), try Self.run("0.7")])
        #expect(comparison.comparedKnobs.map(\.id) == ["lambda"] && comparison.settingsLabel(0) == "lambda=0.7")
    }

    @Test func jsonCarriesEveryRunAndTheTable() throws {
        let comparison = RunComparison([try Self.run("0"), try Self.run("0.7")])
        let text = comparison.json(experiment: Self.experiment, seed: 1).serialized()
        #expect(text.hasPrefix(#"{"experiment":"reg.l2","title":"L2 regularization against over-fitting","seed":1,"compared_knobs":["lambda"],"runs":["#))
        #expect(text.contains(#""table":{"columns":["lambda","train %","dev %","gap","Σ‖W‖²"],"rows":[["0","1.0","22.0","21.0","1627.4"],["0.7","12.0","14.3","2.3","21.2"]]}"#))
        #expect(text.contains(#""headlines":[{"name":"train_error_percent","value":1"#))
    }
}
