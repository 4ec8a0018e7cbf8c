/// An experiment shown beside a page, with the knob values the page wants to start from.
///
/// Presets are ordered as written so that error messages and the knob panel follow the lesson.
public struct ExperimentEmbed: Sendable, Hashable {
    /// The experiment's stable id, e.g. `gradcheck.epsilon`.
    public var experimentID: String
    public var presets: [KnobPreset]
    /// Settings the page's text asks for, applied with one key each (`preset` lines), in lesson order.
    public var namedPresets: [NamedPreset]
    /// Numbers the page's text quotes from the run (`quote` lines), checked against runs by a test.
    public var quotes: [Quote]
    /// Numbers of the page's text that the run does not produce (`fact` lines).
    public var facts: [Fact]
    /// The line of the ```` ```experiment ```` fence in the lesson file.
    public var line: Int

    public init(experimentID: String, presets: [KnobPreset], namedPresets: [NamedPreset] = [],
                quotes: [Quote] = [], facts: [Fact] = [], line: Int) {
        self.experimentID = experimentID
        self.presets = presets
        self.namedPresets = namedPresets
        self.quotes = quotes
        self.facts = facts
        self.line = line
    }

    /// The knob settings of the run a quote reads: the page's, with the quote's preset applied over them.
    public func assignments(for quote: Quote) -> [String] {
        let names = Set(quote.settings.map(\.name))
        return presets.filter { !names.contains($0.name) }.map(\.assignment) + quote.settings.map(\.assignment)
    }

    /// The presets as (knob name, value text) pairs, in lesson order.
    public var pairs: [(name: String, value: String)] { presets.map { ($0.name, $0.value) } }

    /// The presets as `name=value` texts.
    public var assignments: [String] { presets.map(\.assignment) }
}
