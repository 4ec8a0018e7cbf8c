import TextCharts

/// What a run shows at one moment: its charts, tables and findings so far.
///
/// A run publishes a new frame after every step; the tutor draws the latest one and `dltutor run`
/// prints the last. Every number in a frame comes from the run itself.
public struct Frame: Sendable, Equatable {
    public var figures: [Figure]
    public var tables: [ResultTable]
    public var findings: [Finding]
    /// How far the run is, from 0 to 1.
    public var progress: Double
    /// Experiment-specific numbers for `--json` (e.g. a gradient check's per-component values).
    public var details: JSONValue?
    /// The numbers the findings quote that a comparison of runs shows side by side (filled by
    /// `SteppedRun` from the procedure's `headlines`).
    public var headlines: [Headline]

    public init(
        figures: [Figure] = [], tables: [ResultTable] = [], findings: [Finding] = [],
        progress: Double = 0, details: JSONValue? = nil, headlines: [Headline] = []
    ) {
        self.figures = figures
        self.tables = tables
        self.findings = findings
        self.progress = progress
        self.details = details
        self.headlines = headlines
    }

    /// The headline number called `name`, if this frame has it.
    public func headline(_ name: String) -> Headline? { headlines.first { $0.name == name } }
}

extension Frame {
    /// The first number called `name` among the findings' values, if any finding has one.
    public func findingValue(_ name: String) -> Double? {
        findings.lazy.compactMap { $0.values[name] }.first
    }
}
