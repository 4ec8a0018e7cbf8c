import Course
import Experiments
import Foundation
import Localization
import Testing
import TextCharts
@testable import TutorApp

/// Comparing runs in the tutor: the previous run of the page kept (bounded) in the model, drawn
/// faint under the new one with its knob values in the legend, `o` to hide it, the axes fixed, and
/// the runs table in the panel.
@Suite struct RunComparisonTests {
    static let lesson = """
        ---
        id: reg
        title: Regularization
        summary: L2 against over-fitting.
        ---

        ## L2 {#l2}

        Run λ = 0, then λ = 0.7.

        ```experiment reg.l2
        lambda = 0
        ```

        ## Another page with the same experiment {#again}

        ```experiment reg.l2
        lambda = 5
        ```

        ## Dropout {#dropout}

        ```experiment dropout.keep-prob
        ```
        """

    static func makeCourse(language: Language = .en) throws -> Course {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("run-comparison-\(UUID().uuidString)")
        // The course is read whole by the loader: its files need not outlive it.
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("en"), withIntermediateDirectories: true)
        try "reg\n".write(to: directory.appendingPathComponent("course.txt"), atomically: true, encoding: .utf8)
        try lesson.write(to: directory.appendingPathComponent("en/reg.md"), atomically: true, encoding: .utf8)
        return try CourseLoader.load(directory: directory, language: language)
    }

    static func makeModel(options: RenderOptions = RenderOptions(color: false), language: Language = .en) throws -> TutorModel {
        var model = TutorModel(course: try makeCourse(language: language), catalog: LessonCatalog(ExperimentCatalog.all), options: options, seed: 1)
        model.update(.resize(width: 80, height: 24))
        model.update(.key(.enter))
        return model
    }

    /// Sets λ by typing its value into the focused knob (digits open the knob's input, Enter sets it).
    static func setLambda(_ model: inout TutorModel, to target: Double) {
        model.update(.key(.tab))
        for character in KnobValue.format(target) { model.update(.key(.character(character))) }
        model.update(.key(.enter))
        #expect(model.settings?["lambda"] == .number(target))
        model.update(.key(.escape))
    }

    /// λ = 0 run to the end, then λ = 0.7 run to the end: the comparison the lesson asks for.
    static func comparedModel(options: RenderOptions = RenderOptions(color: false), language: Language = .en) throws -> TutorModel {
        var model = try makeModel(options: options, language: language)
        model.update(.key(.character("r")))
        TutorModelTests.finishRun(&model)
        setLambda(&model, to: 0.7)
        model.update(.key(.character("r")))
        TutorModelTests.finishRun(&model)
        return model
    }

    /// The faint series of the shown frame's first chart (the cost curves).
    static func faintSeries(_ model: TutorModel) -> [Series] {
        guard case .line(let chart)? = model.shownFrame?.figures.first else { return [] }
        return chart.series.filter(\.faint)
    }

    static func costChart(_ model: TutorModel) -> LineChart? {
        guard case .line(let chart)? = model.shownFrame?.figures.first else { return nil }
        return chart
    }

    @Test func comparisonScreenUTF8() throws {
        try Self.expectScreen(try Self.comparedModel(), """
             Regularization › L2                                                   page 1/3
             Run λ = 0, then λ = 0.7.
            ────────────────────────────────────────────────────────────────────────────────
             lambda: 0.7
             L2 regularization against over-fitting  [████████████████████] 100% done
             unpenalised cost, λ=0.7                 * train cost  o dev cost  . lambda=0
             cost
               10┤
                 │                          ⢀⣀⣀⣀⣀⣀⣀⣀.⣀⣀⣀⣀⣀⣀⣀.⣀⣀⣀⣀⣀⣀⣀.⠤⠤⠤⠤⠤⠤⠤⠤.⠤⠤⠤⠤⠤⠤⠤.⠤⠤⠤
                1┤*.⠤o⣤⣤.⠤*.⣤⣴o⣶⣶⣶*.⣭⣭o⣭⣭⣭*⣍.⣀o⣀⣀⣀⣀*⣀⣀o⣀⣀⣀⣀*⣀⣀o⣀⣀⣀⣀*⣀⣀⣀o⣀⣀⣀*⣀⣀⣀o⣀⣀⣀⣀*⣀⣀o⣀
              0.1┤      ⠈⠉⠉⠉⠒⠒⠢⠤.⣀⣀
                 │                 ⠉⠉⠑⠒⠒.⠤⠤⠤⠤⢄⣀⣀.⣀⣀⣀⣀⣀⣀⣀⣀.⣀⣀⣀
             0.01┤                                           ⠉⠉⠉⠉.⠉⠉⠉⠉⠉⠉⠉.⠉⠉⠉⠉⠉⠉⠉.⠉⠉⠉⠉⠉⠉⠉
                 └┬────────┬─────────┬────────┬────────┬─────────┬────────┬──────────────
                  0       200       400      600      800       1000     1200        step
             boundary on the training set                   ░▓█ 0…1  o class 0  x class 1
             x₂
              │                                o     o                       ░░░░░░▓▓▓▓██
             1┤              oooo  o  ooooo oxo  oo ox   o x              ░░░░░░▓▓▓▓█████
              │           o x   xo o  ░░░░░xxx▓▓▓x░░o░  ooo  oo      ░░░░░░▓x▓▓▓xx███████
             0┤      o       o   ░oo░▓▓▓▓█x█x█████xx██████▓▓o░░░oo░░░o▓▓▓▓xx▓█o███x██████
              │              ░░░░▓▓▓▓███████████x█xx█xxoxxxxx█xxx██x██xx█xx██████x███████
              │           ░░░▓▓▓████████████████████x██████████xxxx███o██████████████████ ↓
            n/p page   ↑↓ scroll   r run   v text   Tab knobs   o prev   ? help   q back
            """)
    }

    @Test func comparisonScreenASCII() throws {
        let model = try Self.comparedModel(options: RenderOptions(charset: .ascii, color: false))
        try Self.expectScreen(model, """
             Regularization > L2                                                   page 1/3
             Run lambda = 0, then lambda = 0.7.
            --------------------------------------------------------------------------------
             lambda: 0.7
             L2 regularization against over-fitting  [####################] 100% done
             unpenalised cost, lambda=0.7            * train cost  o dev cost  . lambda=0
             cost
               10+
                 |                                   ....................................
                1+ooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooo
              0.1+       ............
                 |                   ....................................................
             0.01+
                 ++--------+---------+--------+--------+---------+--------+--------------
                  0       200       400      600      800       1000     1200        step
             boundary on the training set              .:-*#%@ 0..1  o class 0  x class 1
             x_2
              |                                o     o          .............::::--***#%%
             1+              oooo  o  ooooo oxo  oo ox   o x..............:::---*###%%%%%
              |           o x   xo.o..::---xxx***x--o:..ooo..oo......:::::-*x*##xx%%%%@@@
             0+      o       o...:oo-*###%x%x%@@@@xx@@@%%%##o---oo---o****xx#%o%%@x@@@@@@
              |           ...:::-**##%%%%@@@@@@@x@xx@xxoxxxxx@xxx%%x%%xx%xx%%@@@@x@@@@@@@
              |      .....:--*##%%%%%@@@@@@@@@@@@@@@x@@@@@@@@@@xxxx@@@o@@@@@@@@@@@@@@@@@@ v
            n/p page   ^v scroll   r run   v text   Tab knobs   o prev   ? help   q back
            """)
        #expect(model.view().lines().joined().unicodeScalars.allSatisfy { $0.isASCII })
    }

    static func expectScreen(_ model: TutorModel, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let actual = model.view().lines()
        let rows = expected.components(separatedBy: "\n")
        if actual != rows {
            let first = (0..<min(actual.count, rows.count)).first { actual[$0] != rows[$0] } ?? min(actual.count, rows.count)
            Issue.record("""
                differs first in row \(first):
                  expected: \(first < rows.count ? rows[first] : "(no row)")
                  actual:   \(first < actual.count ? actual[first] : "(no row)")
                the whole screen:
                \(actual.joined(separator: "\n"))
                """, sourceLocation: sourceLocation)
        }
    }

    /// The panel's words follow the course's language.
    @Test func theRunsTableAndFooterSpeakChinese() throws {
        let model = try Self.comparedModel(language: .zh)
        #expect(model.course.language == .zh)
        let table = try #require(model.runsTable)
        #expect(table.rows.map(\.first) == ["上次", "本次"])
        #expect(table.columns.contains("训练误差%"))
        let lines = model.view().lines()
        #expect(lines[23].contains("o 上次"))
        // At 80×24 the run is in the lab view, the runs table under the charts: scroll to it.
        var scrolled = model
        scrolled.update(.key(.character("G")))
        #expect(scrolled.view().lines().contains { $0.contains("上次") && $0.contains("1.0") }, "\(scrolled.view().lines().joined(separator: "\n"))")
        var toggled = model
        toggled.update(.key(.character("o")))
        #expect(toggled.status == UIText(language: .zh).previousRunHidden)
    }

    @Test func theFirstRunHasNothingToCompareWith() throws {
        var model = try Self.makeModel()
        model.update(.key(.character("r")))
        TutorModelTests.finishRun(&model)
        #expect(model.runHistory.entries.count == 1)
        #expect(!model.hasPreviousRun && model.runsTable == nil && Self.faintSeries(model).isEmpty)
        model.update(.key(.character("o")))
        #expect(model.status == UIText(language: .en).noPreviousRun && model.showsPreviousRun)
        #expect(!FollowModeTests.footer(model).contains("o prev"))
    }

    @Test func oHidesAndShowsThePreviousRunWithTheAxesFixed() throws {
        var model = try Self.comparedModel()
        let shown = try #require(Self.costChart(model))
        #expect(Self.faintSeries(model).map(\.name) == ["lambda=0", "lambda=0"])
        #expect(Self.faintSeries(model).allSatisfy { $0.marker == "." })
        model.update(.key(.character("o")))
        #expect(!model.showsPreviousRun && model.status == UIText(language: .en).previousRunHidden)
        let hidden = try #require(Self.costChart(model))
        #expect(Self.faintSeries(model).isEmpty)
        #expect(hidden.yAxis.range == shown.yAxis.range && hidden.xAxis.range == shown.xAxis.range)
        #expect(!model.view().lines()[8].contains("lambda=0"), "the legend no longer names the previous run")
        #expect(model.runsTable != nil, "the runs table stays")
        model.update(.key(.character("o")))
        #expect(model.showsPreviousRun && Self.faintSeries(model).count == 2)
    }

    /// While the new run fills in, the axes already hold the previous run: they do not move.
    @Test func theAxesStayFixedWhileTheNewRunFillsIn() throws {
        var model = try Self.makeModel()
        model.update(.key(.character("r")))
        TutorModelTests.finishRun(&model)
        Self.setLambda(&model, to: 0.7)
        model.update(.key(.character("r")))
        TutorModelTests.stepRun(&model, steps: 1)
        let early = try #require(Self.costChart(model))
        let table = try #require(model.runsTable)
        #expect(table.rows.last?.suffix(4) == ["…", "…", "…", "…"], "the running run's numbers are still to come")
        #expect(table.rows.first?.prefix(2) == ["previous", "0"])
        TutorModelTests.finishRun(&model)
        let late = try #require(Self.costChart(model))
        #expect(early.yAxis.range == late.yAxis.range && early.xAxis.range == late.xAxis.range)
        #expect(early.series.filter { !$0.faint }.map(\.count).max()! < late.series.filter { !$0.faint }.map(\.count).max()!)
    }

    @Test func theHistoryKeepsTheLastThreeRunsOfThePage() throws {
        var model = try Self.makeModel()
        for lambda in [0, 0.1, 0.2, 0.3] {
            Self.setLambda(&model, to: lambda)
            model.update(.key(.character("r")))
            TutorModelTests.finishRun(&model)
        }
        #expect(model.runHistory.entries.count == RunHistory.perPage)
        #expect(model.runHistory.entries.map { $0.run.settings["lambda"] } == [.number(0.1), .number(0.2), .number(0.3)])
        let table = try #require(model.runsTable)
        #expect(table.rows.map { Array($0.prefix(2)) } == [["earlier", "0.1"], ["previous", "0.2"], ["this run", "0.3"]])
        #expect(table.columns == ["", "lambda", "train %", "dev %", "gap", "Σ‖W‖²"])
        // Every number in the table is the run's own headline, as its finding writes it.
        for (row, entry) in zip(table.rows, model.runHistory.entries) {
            #expect(Array(row.suffix(4)) == entry.run.frame.headlines.map(\.text))
            let finding = try #require(entry.run.frame.findings.first)
            #expect(finding.text.contains("train error \(row[2])%, dev error \(row[3])%, gap \(row[4]) points"))
        }
        // A cancelled run is not kept.
        model.update(.key(.character("r")))
        model.update(.key(.escape))
        #expect(model.runHistory.entries.count == RunHistory.perPage && model.runHistory.entries.last?.token == 4)
    }

    /// Another page of the same experiment keeps the history but compares only its own runs; the
    /// knobs of another experiment clear it.
    @Test func anotherExperimentsKnobsClearTheHistory() throws {
        var model = try Self.comparedModel()
        model.update(.key(.character("n")))
        #expect(model.runHistory.entries.count == 2 && model.runHistory.experimentID == "reg.l2")
        model.update(.key(.character("r")))
        TutorModelTests.finishRun(&model)
        #expect(!model.hasPreviousRun, "the runs of page 1 are not this page's")
        model.update(.key(.character("p")))
        model.update(.key(.character("r")))
        TutorModelTests.stepRun(&model, steps: 1)
        #expect(model.hasPreviousRun && model.runsTable?.rows.count == 3)
        model.update(.key(.escape))
        model.update(.key(.character("n")))
        model.update(.key(.character("n")))
        #expect(model.runHistory.entries.isEmpty && model.runHistory.experimentID == "dropout.keep-prob")
    }

    /// A follower runs the presenter's runs, so it compares them the same way; `o` is its own.
    @Test func followersCompareThePresentersRuns() throws {
        var presenter = try Self.makeModel()
        presenter.startPresenting(as: "alice")
        var follower = TutorModel(course: try Self.makeCourse(), catalog: LessonCatalog(ExperimentCatalog.all),
                                  options: RenderOptions(color: false), seed: 1)
        follower.update(.resize(width: 80, height: 24))
        follower.startFollowing("alice")
        func publish() {
            var state = presenter.presentationSnapshot!
            state.session = "s1"
            state.heartbeat = 1000
            follower.update(.presentation(.update(state)))
        }
        presenter.update(.key(.character("r")))
        publish()
        TutorModelTests.finishRun(&follower)
        Self.setLambda(&presenter, to: 0.7)
        presenter.update(.key(.character("r")))
        publish()
        TutorModelTests.finishRun(&follower)
        #expect(follower.runHistory.entries.map { $0.run.settings["lambda"] } == [.number(0), .number(0.7)])
        #expect(Self.faintSeries(follower).map(\.name).first == "lambda=0")
        #expect(follower.view().lines().contains { $0.contains(". lambda=0") })
        follower.update(.key(.character("o")))
        #expect(!follower.showsPreviousRun && follower.classroom?.isFollowing == true, "o is not held back while following")
    }
}
