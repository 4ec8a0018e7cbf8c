import Experiments
import Localization
import TextCharts

/// `dltutor run ID`: runs one experiment to completion without a terminal UI and prints the result,
/// as a chart drawn in text or, with `--json`, as the numbers behind it.
enum RunCommand {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ arguments: Arguments, experimentID: String, environment: [String: String]) throws(Failure) -> String {
        let experiment: any Experiment
        let settings: KnobSettings
        do {
            experiment = try ExperimentCatalog.require(id: experimentID)
        } catch {
            throw Failure(description: error.description)
        }
        do {
            settings = try KnobSettings(experiment: experiment, assignments: arguments.settings)
        } catch {
            throw Failure(description: error.description)
        }
        // The language the run would speak in; a bad --lang was refused when the arguments were parsed.
        let language = (try? Language.resolve(override: arguments.language, environment: environment)) ?? .fallback
        let frame = experiment.start(RunContext(settings: settings, seed: arguments.seed, language: language)).runToCompletion()
        if arguments.json {
            return frame.json(experiment: experiment, settings: settings, seed: arguments.seed).serialized(indent: 2)
        }
        return FrameText.render(frame, title: "\(experiment.title) (\(experiment.id), seed \(arguments.seed))", arguments: arguments)
    }
}
