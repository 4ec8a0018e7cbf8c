import Experiments

/// A run being shown live: the experiment, its settings and seed, and how far it has got.
///
/// The tutor advances it from its own loop a slice at a time so keys are handled between slices;
/// cancelling is simply not advancing it any more.
public final class LiveRun {
    public let experiment: any Experiment
    public let settings: KnobSettings
    public let seed: UInt64
    public private(set) var run: any ExperimentRun
    public private(set) var cancelled = false
    private var nextStepTime: Double = 0

    public init(experiment: any Experiment, settings: KnobSettings, seed: UInt64) {
        self.experiment = experiment
        self.settings = settings
        self.seed = seed
        run = experiment.start(settings: settings, seed: seed)
    }

    public var frame: Frame { run.frame }
    public var isFinished: Bool { run.isFinished }
    public var isActive: Bool { !run.isFinished && !cancelled }

    public func cancel() { cancelled = true }

    /// Advances the run until `deadline` on `clock` (seconds), or by one step when the experiment
    /// asks to be paced, so a cheap sweep fills in visibly instead of all at once.
    public func advance(now: Double, deadline: Double, clock: () -> Double) {
        guard isActive else { return }
        let delay = experiment.liveStepDelay
        if delay > 0 {
            guard now >= nextStepTime else { return }
            run.step()
            nextStepTime = now + delay
            return
        }
        repeat {
            run.step()
        } while isActive && clock() < deadline
    }

    /// How long the host may sleep before the run wants the next tick.
    public func timeUntilNextStep(now: Double) -> Double? {
        guard isActive else { return nil }
        return max(0, nextStepTime - now)
    }
}
