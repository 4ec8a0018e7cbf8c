/// An experiment shown beside a page, with the knob values the page wants to start from.
///
/// Presets are ordered as written so that error messages and the knob panel follow the lesson.
public struct ExperimentEmbed: Sendable, Hashable {
    /// The experiment's stable id, e.g. `gradcheck.epsilon`.
    public var experimentID: String
    public var presets: [KnobPreset]
    /// Settings the page's text asks for, applied with one key each (`preset` lines), in lesson order.
    public var namedPresets: [NamedPreset]
    /// The line of the ```` ```experiment ```` fence in the lesson file.
    public var line: Int

    public init(experimentID: String, presets: [KnobPreset], namedPresets: [NamedPreset] = [], line: Int) {
        self.experimentID = experimentID
        self.presets = presets
        self.namedPresets = namedPresets
        self.line = line
    }

    /// The presets as (knob name, value text) pairs, in lesson order.
    public var pairs: [(name: String, value: String)] { presets.map { ($0.name, $0.value) } }

    /// The presets as `name=value` texts.
    public var assignments: [String] { presets.map(\.assignment) }
}
