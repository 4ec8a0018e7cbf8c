/// A number the page's text quotes from its experiment's run, declared in the experiment block as
/// `quote NAME "LITERAL" TOLERANCE` (or `quote with knob = value, …: NAME "LITERAL" TOLERANCE` for the run
/// after one of the block's presets).
///
/// `NAME` is one of the findings' named values (`dltutor run ID --json` prints them); `LITERAL` is the text
/// as the page writes it, in every language (`"6·10⁻¹²"`, `"ε ≈ 10⁻⁸"`, `"98 %"`); the tolerance is the
/// text's own ("about" is not "exactly"). A test runs the experiment at several seeds and checks each quote.
public struct Quote: Sendable, Hashable {
    public var valueName: String
    public var literal: String
    /// The literal's one number (the parser checked there is exactly one).
    public var number: NumberToken
    public var tolerance: QuoteTolerance
    /// The preset whose run the text quotes, as its settings; empty for the page's own settings.
    public var settings: [KnobPreset]
    public var line: Int

    public init(valueName: String, literal: String, number: NumberToken, tolerance: QuoteTolerance,
                settings: [KnobPreset] = [], line: Int) {
        self.valueName = valueName
        self.literal = literal
        self.number = number
        self.tolerance = tolerance
        self.settings = settings
        self.line = line
    }

    /// Whether a run's value is what the text says.
    public func holds(for value: Double) -> Bool { tolerance.accepts(value, quoted: number) }

    /// The line as a reader would check it: `best_two_sided_error "6·10⁻¹²" × 1.5`.
    public var description: String {
        (settings.isEmpty ? "" : "with \(settings.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")): ")
            + "\(valueName) \"\(literal)\" \(tolerance.description)"
    }
}
