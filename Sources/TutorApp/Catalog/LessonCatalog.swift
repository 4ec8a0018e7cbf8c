import Course
import ExerciseCheck
import Experiments

/// The experiments and exercises lessons can embed, injected wherever lessons meet them: the tutor
/// looks pages' experiments and exercises up in it and the linter checks embeds against it (as
/// Course's `EmbedCatalog`).
///
/// `dltutor` builds it from `ExperimentCatalog.all` and the shipped exercises; tests build it from fixtures.
public struct LessonCatalog: EmbedCatalog, Sendable {
    public let experiments: [any Experiment]
    /// The starter exercises (`dltutor exercises`); empty when the Exercises folder was not found.
    public let exercises: [Exercise]

    public init(_ experiments: [any Experiment], exercises: [Exercise] = []) {
        self.experiments = experiments
        self.exercises = exercises
    }

    public func experiment(id: String) -> (any Experiment)? {
        experiments.first { $0.id == id }
    }

    public func exercise(id: String) -> Exercise? {
        exercises.first { $0.id == id }
    }

    public var experimentIDs: [String] { experiments.map(\.id) }

    public var exerciseIDs: [String] { exercises.map(\.id) }

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
