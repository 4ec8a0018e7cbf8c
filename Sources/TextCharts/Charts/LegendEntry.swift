/// One item of a legend: the glyph a series is drawn with, in its colour, and its name.
public struct LegendEntry: Sendable, Hashable {
    public var symbol: String
    public var label: String
    public var color: Color
    /// The entry of a faint series: its glyph is drawn dim, as on the chart.
    public var faint: Bool

    public init(symbol: String, label: String, color: Color, faint: Bool = false) {
        self.symbol = symbol
        self.label = label
        self.color = color
        self.faint = faint
    }
}
