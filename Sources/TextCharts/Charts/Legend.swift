/// A one-row key to a chart's series: "* one-sided  o two-sided", each glyph in its series' colour,
/// so the series stay distinguishable on monochrome terminals too.
public struct Legend: Widget, Sendable, Hashable {
    public var entries: [LegendEntry]

    public init(_ entries: [LegendEntry]) {
        self.entries = entries
    }

    static let gap = 2

    /// Columns the whole legend takes on one row.
    public var width: Int {
        guard !entries.isEmpty else { return 0 }
        return entries.reduce(0) { $0 + DisplayWidth.of($1.symbol) + 1 + DisplayWidth.of($1.label) } + Legend.gap * (entries.count - 1)
    }

    /// Draws the entries left to right on the first row of `area`, cutting the last visible label
    /// with an ellipsis when the row is too narrow.
    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        guard !area.isEmpty else { return }
        var column = area.x
        for (index, entry) in entries.enumerated() {
            if index > 0 { column += Legend.gap }
            let room = area.maxX - column
            let symbol = options.isASCII ? ChartText.ascii(entry.symbol) : entry.symbol
            let symbolWidth = DisplayWidth.of(symbol)
            guard room >= symbolWidth + 2 else { break }
            column = buffer.put(symbol, x: column, y: area.y, style: options.apply(Style(foreground: entry.color, dim: entry.faint)), clip: area)
            column += 1
            let label = ChartText.fit(entry.label, to: area.maxX - column, options: options)
            column = buffer.put(label, x: column, y: area.y, style: .plain, clip: area)
        }
    }
}
