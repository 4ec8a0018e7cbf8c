import Localization

/// A live experiment behind a lesson page.
///
/// An experiment is a description (id, title, knobs) plus a way to start a run. Runs advance in
/// small steps so the tutor can draw between them, stay responsive to keys and cancel at once,
/// all on one thread; `dltutor run` simply steps a run until it finishes.
public protocol Experiment: Sendable {
    /// Stable id, part of the public interface: `gradcheck.epsilon`.
    var id: String { get }
    var title: Localized<String> { get }
    /// One or two sentences on what the experiment shows.
    var summary: Localized<String> { get }
    var knobs: [Knob] { get }
    /// Seconds to wait between steps when a run is shown live. Most experiments are paced by their
    /// own work; one whose steps are nearly free (a formula sweep) sets a delay so the student can
    /// watch the curve fill in.
    var liveStepDelay: Double { get }

    /// Starts a run with validated settings; usually `SteppedRun<Procedure>(context)`. The same
    /// settings and seed give the same numbers.
    func start(_ context: RunContext) -> any ExperimentRun
}

extension Experiment {
    public var liveStepDelay: Double { 0 }
    public var defaultSettings: KnobSettings { KnobSettings(knobs: knobs) }

    /// Runs to the end with `name=value` assignments over the defaults and returns the last frame:
    /// what every experiment's test does.
    public func run(_ assignments: [String] = [], seed: UInt64 = 1, language: Language = .fallback) throws(KnobError) -> Frame {
        let settings = try KnobSettings(experiment: self, assignments: assignments)
        return start(RunContext(settings: settings, seed: seed, language: language)).runToCompletion()
    }
}

/// One run of an experiment, advanced step by step.
public protocol ExperimentRun: AnyObject {
    /// True once the run has nothing more to do (finished, diverged or failed).
    var isFinished: Bool { get }
    /// Everything the run has shown so far.
    var frame: Frame { get }
    /// Does a small slice of work (a few milliseconds at most) and updates `frame`.
    func step()
}

extension ExperimentRun {
    /// Steps until the run finishes and returns its last frame.
    @discardableResult
    public func runToCompletion() -> Frame {
        while !isFinished { step() }
        return frame
    }
}
