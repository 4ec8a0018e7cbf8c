import Localization
import Testing
import TextCharts
@testable import Experiments

/// The shared run lifecycle (`SteppedRun`) and typed knob access, on fixtures and on the catalog.
@Suite struct RunnerTests {
    // MARK: Knobs

    /// Every setting a choice knob offers, one knob at a time, besides the defaults: the paths a
    /// run's set-up can take (`gradcheck.epsilon` reads θ only for a scalar function).
    static func settingsToTry(_ experiment: any Experiment) throws -> [KnobSettings] {
        var all = [experiment.defaultSettings]
        for knob in experiment.knobs {
            guard case .choice(let choices) = knob.kind else { continue }
            for choice in choices {
                all.append(try KnobSettings(experiment: experiment, assignments: ["\(knob.id)=\(choice)"]))
            }
        }
        return all
    }

    /// The knobs a run reads while it is set up (every experiment reads its knobs there).
    static func knobsRead(_ experiment: any Experiment, _ settings: KnobSettings) -> [String] {
        let log = KnobReadLog()
        KnobReadLog.$current.withValue(log) {
            _ = experiment.start(RunContext(settings: settings, seed: 1, language: .en))
        }
        return log.readIDs
    }

    @Test(arguments: ExperimentCatalog.ids)
    func everyExperimentReadsExactlyTheKnobsItLists(id: String) throws {
        let experiment = try #require(ExperimentCatalog.experiment(id: id))
        let listed = Set(experiment.knobs.map(\.id))
        #expect(listed.count == experiment.knobs.count, "\(id) lists a knob twice")
        var everRead: Set<String> = []
        for settings in try Self.settingsToTry(experiment) {
            let read = Set(Self.knobsRead(experiment, settings))
            #expect(read.isSubset(of: listed), "\(id) reads knobs it does not list: \(read.subtracting(listed).sorted())")
            everRead.formUnion(read)
        }
        #expect(everRead == listed, "\(id) lists knobs its run never reads: \(listed.subtracting(everRead).sorted())")
    }

    @Test func aKnobTheSettingsLackReadsAsItsDefaultAndIsLogged() {
        let listed = NumberKnob(id: "lambda", text: .untranslated(KnobText("λ", "")), range: 0...10, step: 0.1, default: 0.7)
        let forgotten = IntegerKnob(id: "patience", text: .untranslated(KnobText("patience", "")), range: 1...50, default: 10)
        var settings = KnobSettings(knobs: [listed.knob])
        settings.set("lambda", to: .number(2))
        let log = KnobReadLog()
        let (lambda, patience) = KnobReadLog.$current.withValue(log) { (settings[listed], settings[forgotten]) }
        #expect(lambda == 2)
        #expect(patience == 10)
        #expect(log.readIDs == ["lambda", "patience"])
    }

    @Test func aValueOfTheWrongKindReadsAsTheDefault() {
        let number = NumberKnob(id: "x", text: .untranslated(KnobText("x", "")), range: 0...1, step: 0.1, default: 0.5)
        let sameIDAsToggle = ToggleKnob(id: "x", text: .untranslated(KnobText("x", "")), default: true)
        #expect(KnobSettings(knobs: [number.knob])[sameIDAsToggle] == true)
    }

    enum Flavour: String, CaseIterable, Sendable { case plain, salted, sweet }

    @Test func aChoiceKnobIsReadAsItsCase() throws {
        let flavour = ChoiceKnob<Flavour>(id: "flavour", text: .untranslated(KnobText("flavour", "")), default: .salted)
        #expect(flavour.knob.kind == .choice(["plain", "salted", "sweet"]))
        #expect(flavour.knob.defaultValue == .choice("salted"))
        var settings = KnobSettings(knobs: [flavour.knob])
        #expect(settings[flavour] == .salted)
        try settings.set("flavour", text: "sweet", experimentID: "fixture")
        #expect(settings[flavour] == .sweet)
    }

    // MARK: The run lifecycle

    /// Counts to `target` one per step; `failAt` throws instead, `failSetUp` throws while setting up.
    struct Counter: RunProcedure {
        static let target = IntegerKnob(id: "target", text: .untranslated(KnobText("target", "")), range: 1...10, default: 3)
        static let failAt = IntegerKnob(id: "fail-at", text: .untranslated(KnobText("fail at", "")), range: 0...10, default: 0)
        static let failSetUp = ToggleKnob(id: "fail-set-up", text: .untranslated(KnobText("fail set-up", "")), default: false)
        static let knobs = [target.knob, failAt.knob, failSetUp.knob]
        static let headlines: [HeadlineSpec] = [.init("count", .integer), .init("never_found", .short)]

        struct Broken: Error, CustomStringConvertible {
            let description: String
        }

        let target: Int
        let failAt: Int
        let language: Language
        var count = 0
        var isFinished: Bool { count == target }

        init(_ context: RunContext) throws {
            if context.settings[Self.failSetUp] { throw Broken(description: "no data to count") }
            target = context.settings[Self.target]
            failAt = context.settings[Self.failAt]
            language = context.language
        }

        mutating func advance() throws {
            if count + 1 == failAt { throw Broken(description: "step \(count + 1) broke") }
            count += 1
        }

        func makeFrame() -> Frame {
            Frame(figures: [.bar(BarChart(title: "count", bars: [Bar("count", Double(count))]))],
                  findings: isFinished ? [Finding("counted to \(count) in \(language)", values: ["count": Double(count)])] : [],
                  progress: Double(count) / Double(target))
        }
    }

    static func start(_ assignments: [String], language: Language = .en) throws -> SteppedRun<Counter> {
        var settings = KnobSettings(knobs: Counter.knobs)
        for assignment in assignments {
            let parts = assignment.split(separator: "=").map(String.init)
            try settings.set(parts[0], text: parts[1], experimentID: "fixture.counter")
        }
        return SteppedRun<Counter>(RunContext(settings: settings, seed: 1, language: language))
    }

    @Test func aRunPublishesAFrameAfterSetUpAndEveryStepAndStopsWhenFinished() throws {
        let run = try Self.start(["target=2"], language: .zh)
        #expect(!run.isFinished)
        #expect(run.frame.progress == 0)
        run.step()
        #expect(run.frame.progress == 0.5)
        #expect(run.frame.findings.isEmpty && run.frame.headlines.isEmpty)
        run.step()
        #expect(run.isFinished)
        #expect(run.frame.findings.map(\.text) == ["counted to 2 in zh"])
        // The headlines are read from the findings: a value no finding holds is left out.
        #expect(run.frame.headlines == [Headline(name: "count", value: 2, text: "2")])
        run.step()  // nothing more to do
        #expect(run.frame.findingValue("count") == 2)
    }

    @Test func aSetUpErrorBecomesAFailureFrameNamingIt() throws {
        let run = try Self.start(["fail-set-up=on"])
        #expect(run.isFinished)
        #expect(run.frame.figures.isEmpty)
        #expect(run.frame.findings.map(\.text) == ["The run could not start: no data to count"])
        #expect(run.frame.findings.map(\.tone) == [.bad])
        #expect(run.frame.progress == 1)
        run.step()
        #expect(run.frame.findings.count == 1)
    }

    @Test func aStepErrorEndsTheRunKeepingWhatItShowed() throws {
        let run = try Self.start(["target=5", "fail-at=3"])
        run.runToCompletion()
        #expect(run.isFinished)
        #expect(run.frame.findings.map(\.text) == ["The run could not finish: step 3 broke"])
        #expect(run.frame.findings.map(\.tone) == [.bad])
        // The chart of the last good step (count 2) stays on screen.
        guard case .bar(let chart) = try #require(run.frame.figures.first) else {
            Issue.record("expected the counter's bar chart")
            return
        }
        #expect(chart.groups.first?.bars.first?.value == 2)
    }
}
