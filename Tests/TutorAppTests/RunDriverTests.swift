import Course
import Experiments
import Foundation
import Testing
import TextCharts
@testable import TutorApp

/// The host's side of runs: what `RunDriver` starts, steps, paces and stops, and how the model
/// (a value) takes its reports.
@Suite struct RunDriverTests {
    /// A clock the test moves by hand.
    final class ManualClock: @unchecked Sendable {
        var now = 0.0
    }

    /// An unpaced run of a fixed number of steps, each of which moves `clock` on by `stepCost`.
    struct CountingExperiment: Experiment {
        let id = "test.counting"
        let title = Localized.untranslated("Counting")
        let summary = Localized.untranslated("Counts its steps.")
        let knobs: [Knob] = []
        let steps: Int
        let clock: ManualClock
        let stepCost: Double

        func start(_ context: RunContext) -> any ExperimentRun {
            CountingRun(steps: steps, clock: clock, stepCost: stepCost)
        }
    }

    final class CountingRun: ExperimentRun {
        let steps: Int
        let clock: ManualClock
        let stepCost: Double
        var taken = 0

        init(steps: Int, clock: ManualClock, stepCost: Double) {
            self.steps = steps
            self.clock = clock
            self.stepCost = stepCost
        }

        var isFinished: Bool { taken >= steps }
        var frame: Frame { Frame(progress: Double(taken) / Double(steps)) }
        func step() {
            taken += 1
            clock.now += stepCost
        }
    }

    static func request(_ token: Int, _ id: String = "test.counting") -> RunRequest {
        RunRequest(token: token, experimentID: id, settings: KnobSettings(knobs: []), seed: 1, language: .en)
    }

    static func progress(_ message: Message?) -> (token: Int, progress: Double, finished: Bool)? {
        guard case .runProgressed(let token, let frame, let finished)? = message else { return nil }
        return (token, frame.progress, finished)
    }

    @Test func anUnpacedRunIsSteppedOneWorkSliceAtATimeAndStopsWhenFinished() throws {
        let clock = ManualClock()
        let experiment = CountingExperiment(steps: 10, clock: clock, stepCost: 0.01)
        let driver = RunDriver(workSlice: 0.03, lookup: { $0 == experiment.id ? experiment : nil })
        #expect(driver.timeUntilNextStep(now: 0) == nil, "idle: the host may block on input")

        let first = driver.perform([.saveProgress, .startRun(Self.request(1))], now: clock.now)
        #expect(first.count == 1)
        #expect(Self.progress(first.first)?.progress == 0, "the first frame goes back before any step")
        #expect(driver.timeUntilNextStep(now: clock.now) == 0)

        // 30 ms of 10 ms steps, then the keyboard's turn.
        #expect(Self.progress(driver.advance(clock: { clock.now }))?.progress == 0.3)
        #expect(Self.progress(driver.advance(clock: { clock.now }))?.progress == 0.6)
        #expect(Self.progress(driver.advance(clock: { clock.now }))?.progress == 0.9)
        let last = try #require(Self.progress(driver.advance(clock: { clock.now })))
        #expect(last.token == 1 && last.progress == 1 && last.finished)
        #expect(driver.timeUntilNextStep(now: clock.now) == nil)
        #expect(driver.advance(clock: { clock.now }) == nil)
    }

    @Test func aPacedRunTakesOneStepPerDelay() throws {
        let driver = RunDriver(catalog: LessonCatalog(ExperimentCatalog.all))
        let experiment = try #require(ExperimentCatalog.experiment(id: "gradcheck.epsilon"))
        let request = RunRequest(token: 3, experimentID: experiment.id, settings: experiment.defaultSettings, seed: 1, language: .en)
        _ = driver.perform([.startRun(request)], now: 0)
        let run = experiment.start(RunContext(settings: request.settings, seed: 1, language: .en))
        run.step()
        guard case .runProgressed(3, let frame, false)? = driver.advance(clock: { 0 }) else {
            Issue.record("no report after the first step")
            return
        }
        #expect(frame == run.frame, "one step, the same frame as stepping the run directly")
        #expect(driver.timeUntilNextStep(now: 0) == experiment.liveStepDelay)
        #expect(driver.advance(clock: { experiment.liveStepDelay / 2 }) == nil, "too early for the next step")
        run.step()
        guard case .runProgressed(3, let second, _)? = driver.advance(clock: { experiment.liveStepDelay }) else {
            Issue.record("no report after the second step")
            return
        }
        #expect(second == run.frame)
    }

    @Test func aLateHostTakesTheStepsThatAreDueAndReportsOnce() throws {
        let driver = RunDriver(catalog: LessonCatalog(ExperimentCatalog.all))
        let experiment = try #require(ExperimentCatalog.experiment(id: "gradcheck.epsilon"))
        let request = RunRequest(token: 4, experimentID: experiment.id, settings: experiment.defaultSettings, seed: 1, language: .en)
        _ = driver.perform([.startRun(request)], now: 0)
        let run = experiment.start(RunContext(settings: request.settings, seed: 1, language: .en))
        for _ in 0..<5 { run.step() }
        // Steps were due at 0, 1, 2, 3 and 4 delays; the host looks only at 4.5.
        guard case .runProgressed(4, let frame, false)? = driver.advance(clock: { experiment.liveStepDelay * 4.5 }) else {
            Issue.record("no report from the late host")
            return
        }
        #expect(frame == run.frame, "five steps at once, the frame of stepping the run five times")
        #expect(abs((driver.timeUntilNextStep(now: experiment.liveStepDelay * 4.5) ?? 0) - experiment.liveStepDelay / 2) < 1e-9,
                "the next step keeps the run's pace")
    }

    @Test func cancellingStopsAtOnceAndANewRunReplacesTheOld() {
        let clock = ManualClock()
        let experiment = CountingExperiment(steps: 100, clock: clock, stepCost: 0.01)
        let driver = RunDriver(lookup: { _ in experiment })
        _ = driver.perform([.startRun(Self.request(1))], now: 0)
        _ = driver.advance(clock: { clock.now })
        _ = driver.perform([.cancelRun(token: 2)], now: 0)
        #expect(driver.activeToken == 1, "cancelling another run leaves this one")
        _ = driver.perform([.cancelRun(token: 1)], now: 0)
        #expect(driver.activeToken == nil)
        #expect(driver.timeUntilNextStep(now: 0) == nil)
        #expect(driver.advance(clock: { clock.now }) == nil)

        _ = driver.perform([.startRun(Self.request(2)), .startRun(Self.request(3))], now: 0)
        #expect(driver.activeToken == 3)
        #expect(Self.progress(driver.advance(clock: { clock.now }))?.token == 3)
    }

    @Test func anUnknownExperimentFinishesWithAFindingThatSaysSo() throws {
        let driver = RunDriver(lookup: { _ in nil })
        let messages = driver.perform([.startRun(Self.request(1, "nope"))], now: 0)
        guard case .runProgressed(1, let frame, true)? = messages.first else {
            Issue.record("no report: \(messages)")
            return
        }
        #expect(frame.findings.map(\.text) == ["experiment 'nope' is not in this build of dltutor"])
        #expect(driver.timeUntilNextStep(now: 0) == nil)
    }

    @Test func theDriverFeedsAStartedRunsFirstFrameToTheModel() throws {
        var model = try TutorModelTests.makeModel()
        let driver = RunDriver(catalog: LessonCatalog(ExperimentCatalog.all))
        driver.perform(model.update(.key(.enter)), on: &model, now: 0)
        let effects = driver.perform(model.update(.key(.character("r"))), on: &model, now: 0)
        #expect(effects == [.startRun(try #require(model.live?.request))])
        #expect(driver.activeToken == model.live?.token)
        // Stepped as the host loop would, until done: the frame stays on screen afterwards.
        var now = 0.0
        while let next = driver.timeUntilNextStep(now: now) {
            now += next
            let message = try #require(driver.advance(clock: { now }))
            driver.perform(model.update(message), on: &model, now: now)
        }
        #expect(!model.isRunning && model.live?.isFinished == true)
        #expect(model.view().lines().joined().contains("100% done"))
    }

    @Test func lateReportsOfAReplacedRunAreIgnored() throws {
        var model = try TutorModelTests.makeModel()
        model.update(.key(.enter))
        model.update(.key(.character("r")))
        let first = try #require(model.live)
        #expect(model.update(.key(.character("r"))) == [.cancelRun(token: first.token), .startRun(try #require(model.live?.request))])
        let before = model
        model.update(.runProgressed(token: first.token, frame: Frame(progress: 1), finished: true))
        #expect(model.live == before.live, "a stale token changes nothing")
        model.update(.key(.escape))
        let cancelled = model
        model.update(.runProgressed(token: cancelled.live!.token, frame: Frame(progress: 1), finished: true))
        #expect(model.live == cancelled.live, "nor does a report after cancelling")
    }

    /// The path to the first instance of a class inside `value`, if any. Foundation's `URL` is a
    /// value whose storage is an immutable object: it counts as a value, as `String` does.
    static func firstReference(in value: Any, path: String = "model", depth: Int = 0) -> String? {
        if value is URL { return nil }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .class { return "\(path): \(type(of: value))" }
        guard depth < 40 else { return nil }
        for (index, child) in mirror.children.enumerated() {
            if let found = firstReference(in: child.value, path: path + "." + (child.label ?? "\(index)"), depth: depth + 1) {
                return found
            }
        }
        return nil
    }

    @Test func theModelHoldsNoReferences() throws {
        let during = FullScreenViewTests.Scene(language: .en, ascii: false, view: .lab, phase: .during)
        let after = FullScreenViewTests.Scene(language: .en, ascii: false, view: .lab, phase: .after)
        let models = [try FullScreenViewTests.model(during), try FullScreenViewTests.model(after),
                      try FullScreenTests.model(.follower, ascii: false)]
        for (index, model) in models.enumerated() {
            #expect(model.live != nil)
            #expect(Self.firstReference(in: model) == nil, "model \(index)")
        }
        #expect(Self.firstReference(in: RunDriver(catalog: LessonCatalog(ExperimentCatalog.all))) != nil, "the check finds a reference where there is one")
    }

    /// No clock and no references: a copy given the same messages shows the same screens.
    @Test func theModelIsAValueThatReplays() throws {
        var model = try TutorModelTests.makeModel()
        model.update(.key(.enter))
        var copy = model
        let messages: [Message] = [.key(.character("r")), .key(.tab), .key(.down), .key(.right)]
        for message in messages {
            #expect(model.update(message) == copy.update(message))
        }
        TutorModelTests.stepRun(&model, steps: 5)
        TutorModelTests.stepRun(&copy, steps: 5)
        #expect(model.view() == copy.view())
        #expect(model.live == copy.live)
    }
}
