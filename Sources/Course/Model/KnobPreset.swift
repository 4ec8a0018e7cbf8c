/// One `knob = value` line of an experiment embed, kept as text.
///
/// The value stays text (not a parsed `KnobValue`) because the lesson parser does not know the
/// experiments; the linter and the tutor parse it with the experiment's `Knob.parse`, which gives a
/// message naming the valid values. The line lets the linter point at the exact place to fix.
public struct KnobPreset: Sendable, Hashable {
    public var name: String
    public var value: String
    public var line: Int

    public init(name: String, value: String, line: Int) {
        self.name = name
        self.value = value
        self.line = line
    }

    /// `name=value`, the form `KnobSettings(experiment:assignments:)` and `--set` take.
    public var assignment: String { "\(name)=\(value)" }
}
