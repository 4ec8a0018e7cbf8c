/// Every experiment the tutor knows, by stable id.
public enum ExperimentCatalog {
    /// In teaching order; each group lives in its own folder under `Catalog/`.
    public static let all: [any Experiment] =
        DataSplitExperiments.all + BiasVarianceExperiments.all + RegularizationExperiments.all
        + DropoutExperiments.all + NormalizationExperiments.all + InitializationExperiments.all
        + GradientCheckingExperiments.all + DebuggingExperiments.all

    public static func experiment(id: String) -> (any Experiment)? {
        all.first { $0.id == id }
    }

    public static var ids: [String] { all.map(\.id) }
}

/// Why an experiment could not be started, with what would be valid.
public enum ExperimentLookupError: Error, Equatable, CustomStringConvertible {
    case unknownExperiment(String, valid: [String])

    public var description: String {
        switch self {
        case .unknownExperiment(let id, let valid):
            "no experiment has the id '\(id)'; valid ids are: " + valid.joined(separator: ", ")
        }
    }
}

extension ExperimentCatalog {
    public static func require(id: String) throws(ExperimentLookupError) -> any Experiment {
        guard let experiment = experiment(id: id) else {
            throw .unknownExperiment(id, valid: ids)
        }
        return experiment
    }
}
