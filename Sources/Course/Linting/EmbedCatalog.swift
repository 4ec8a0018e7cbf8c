/// What the linter needs to know of the experiments and exercises a lesson may embed.
///
/// Course does not depend on the experiments themselves (so the lesson parser builds without the
/// deep-learning core): whoever lints passes a catalog in. TutorApp adapts the real experiments;
/// tests pass fixtures.
public protocol EmbedCatalog {
    /// Every experiment id, for the message that lists the valid ones.
    var experimentIDs: [String] { get }
    /// The knob ids of experiment `id` in their order, or nil when no experiment has that id.
    func knobIDs(ofExperiment id: String) -> [String]?
    /// Why `value` is not a valid value for knob `knob` of experiment `id`, e.g. "'x' is not a valid
    /// value for lambda: expected a number from 0 to 10", or nil when it is valid.
    func problem(withValue value: String, knob: String, experiment id: String) -> String?
    /// Every exercise id (`ex4_l2_regularization`…) an ```` ```exercise ```` block may name.
    var exerciseIDs: [String] { get }
}
