import Course
import Experiments

extension ExperimentEmbed {
    /// The experiment's defaults overridden by this embed's presets, validated by the knobs.
    public func settings(for experiment: some Experiment) throws(KnobError) -> KnobSettings {
        try KnobSettings(experiment: experiment, assignments: assignments)
    }

    /// Looks the experiment up and applies the presets; the error says what is wrong.
    public func resolve(in catalog: LessonCatalog) throws -> (experiment: any Experiment, settings: KnobSettings) {
        guard let experiment = catalog.experiment(id: experimentID) else {
            throw ExperimentLookupError.unknownExperiment(experimentID, valid: catalog.experimentIDs)
        }
        return (experiment, try settings(for: experiment))
    }
}
