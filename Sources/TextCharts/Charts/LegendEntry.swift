/// One item of a legend: the glyph a series is drawn with, in its colour, and its name.
public struct LegendEntry: Sendable, Hashable {
    public var symbol: String
    public var label: String
    public var color: Color

    public init(symbol: String, label: String, color: Color) {
        self.symbol = symbol
        self.label = label
        self.color = color
    }
}
