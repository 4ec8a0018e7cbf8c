import Course
import Experiments

/// The experiments lessons can embed, injected wherever lessons meet experiments: the tutor looks
/// pages' experiments up in it and the linter checks embeds against it (as Course's `EmbedCatalog`).
///
/// `dltutor` builds it from `ExperimentCatalog.all`; tests build it from fixtures.
public struct LessonCatalog: EmbedCatalog, Sendable {
    public let experiments: [any Experiment]

    public init(_ experiments: [any Experiment]) {
        self.experiments = experiments
    }

    public func experiment(id: String) -> (any Experiment)? {
        experiments.first { $0.id == id }
    }

    public var experimentIDs: [String] { experiments.map(\.id) }

    public func knobIDs(ofExperiment id: String) -> [String]? {
        experiment(id: id)?.knobs.map(\.id)
    }

    public func problem(withValue value: String, knob: String, experiment id: String) -> String? {
        guard let knob = experiment(id: id)?.knobs.first(where: { $0.id == knob }) else { return nil }
        do {
            _ = try knob.parse(value)
            return nil
        } catch {
            return error.description
        }
    }
}
