import Experiments

/// The host's side of the tutor's runs: starts the run the model asks for (`Effect.startRun`),
/// steps it in slices of work between looks at the keyboard, and reports its frames back to the
/// model as `Message.runProgressed`.
///
/// The `ExperimentRun` (a reference whose state changes as it steps) lives here, not in the model.
/// Pacing: an experiment with a `liveStepDelay` takes one step per delay, so a cheap sweep visibly
/// fills in (a late host catches up with the steps due, drawing once); any other is stepped for up to `workSlice` seconds at a time. With nothing to run,
/// `timeUntilNextStep` is nil and the host may block on input (no CPU while idle).
public final class RunDriver {
    /// Longest slice of experiment work between two looks at the keyboard.
    public static let defaultWorkSlice = 0.03

    private struct Current {
        let token: Int
        let experiment: any Experiment
        let run: any ExperimentRun
    }

    private let workSlice: Double
    private let lookup: (String) -> (any Experiment)?
    private var current: Current?
    private var nextStepTime = 0.0

    /// `lookup` finds the experiment a request names.
    public init(workSlice: Double = RunDriver.defaultWorkSlice, lookup: @escaping (String) -> (any Experiment)?) {
        self.workSlice = workSlice
        self.lookup = lookup
    }

    /// Runs the experiments of `catalog`, the one the model's pages embed.
    public convenience init(catalog: LessonCatalog, workSlice: Double = RunDriver.defaultWorkSlice) {
        self.init(workSlice: workSlice, lookup: catalog.experiment(id:))
    }

    /// The token of the run being stepped, if any.
    public var activeToken: Int? { current?.token }

    /// Seconds until `advance` has work to do, or nil while nothing runs.
    public func timeUntilNextStep(now: Double) -> Double? {
        guard current != nil else { return nil }
        return max(0, nextStepTime - now)
    }

    /// Performs the run effects among `effects` (others are the host's) and returns the messages
    /// to send the model at once: a started run's first frame, so it is on screen before any step.
    public func perform(_ effects: [Effect], now: Double) -> [Message] {
        var messages: [Message] = []
        for effect in effects {
            switch effect {
            case .startRun(let request):
                messages.append(start(request, now: now))
            case .cancelRun(let token):
                if current?.token == token { current = nil }
            default:
                break  // the host's other duties
            }
        }
        return messages
    }

    /// Sends `effects`' run messages back to `model` until no run effect is left; returns `effects`
    /// with the effects of those messages (for the host's other duties: saving, publishing, quitting).
    @discardableResult
    public func perform(_ effects: [Effect], on model: inout TutorModel, now: Double) -> [Effect] {
        var all = effects
        var pending = perform(effects, now: now)
        while !pending.isEmpty {
            let more = model.update(pending.removeFirst())
            all += more
            pending += perform(more, now: now)
        }
        return all
    }

    /// Advances the run by a slice of work on `clock` (seconds), or by one step when the experiment
    /// is paced and its time has come, and reports its frame; nil when there was nothing to do.
    public func advance(clock: () -> Double) -> Message? {
        guard let current else { return nil }
        let now = clock()
        let delay = current.experiment.liveStepDelay
        if delay > 0 {
            guard now >= nextStepTime else { return nil }
            // A host late for its step (a busy machine: a class of 100 on two cores) takes every
            // step whose time has come and reports one frame, so the run keeps its paced length
            // instead of adding each wait for the CPU to it; the frames it skips would have come late.
            repeat {
                current.run.step()
                nextStepTime += delay
            } while !current.run.isFinished && now >= nextStepTime
        } else {
            let deadline = now + workSlice
            repeat {
                current.run.step()
            } while !current.run.isFinished && clock() < deadline
        }
        if current.run.isFinished { self.current = nil }
        return .runProgressed(token: current.token, frame: current.run.frame, finished: current.run.isFinished)
    }

    private func start(_ request: RunRequest, now: Double) -> Message {
        guard let experiment = lookup(request.experimentID) else {
            // The model asks only for experiments of its course's catalog; say so rather than hang.
            current = nil
            let finding = Finding("experiment '\(request.experimentID)' is not in this build of dltutor", tone: .bad)
            return .runProgressed(token: request.token, frame: Frame(findings: [finding]), finished: true)
        }
        let run = experiment.start(RunContext(settings: request.settings, seed: request.seed, language: request.language))
        current = run.isFinished ? nil : Current(token: request.token, experiment: experiment, run: run)
        nextStepTime = now
        return .runProgressed(token: request.token, frame: run.frame, finished: run.isFinished)
    }
}
