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

    /// Draws the entries left to right on the first row of `area`. When the row is too narrow for
    /// every label, the longest labels are shortened (with an ellipsis) to a fair share of the room,
    /// so no series loses its entry; only a row too narrow for a glyph and a letter each drops any.
    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        guard !area.isEmpty else { return }
        let symbols = entries.map { options.isASCII ? ChartText.ascii($0.symbol) : $0.symbol }
        let labels = entries.map { options.isASCII ? ChartText.ascii($0.label) : $0.label }
        let allowed = Self.labelWidths(labels.map(DisplayWidth.of),
                                       room: area.width - symbols.reduce(0) { $0 + DisplayWidth.of($1) + 1 } - Legend.gap * max(0, entries.count - 1))
        var column = area.x
        for (index, entry) in entries.enumerated() {
            if index > 0 { column += Legend.gap }
            let room = area.maxX - column
            let symbolWidth = DisplayWidth.of(symbols[index])
            guard room >= symbolWidth + 2 else { break }
            column = buffer.put(symbols[index], x: column, y: area.y, style: options.apply(Style(foreground: entry.color, dim: entry.faint)), clip: area)
            column += 1
            let label = ChartText.fit(labels[index], to: min(area.maxX - column, allowed.map { $0[index] } ?? .max), options: options)
            column = buffer.put(label, x: column, y: area.y, style: .plain, clip: area)
        }
    }

    /// Each label's width when all of them share `room` columns: labels shorter than a fair share
    /// keep their width, the rest split what is left. Nil when every label fits as it is, or when
    /// the room is too small to give each label two columns (the row then shows what fits).
    static func labelWidths(_ widths: [Int], room: Int) -> [Int]? {
        guard widths.reduce(0, +) > room, room >= 2 * widths.count else { return nil }
        var allowed = widths
        var left = room
        var open = Array(widths.indices)
        while !open.isEmpty {
            let share = left / open.count
            let short = open.filter { widths[$0] <= share }
            if short.isEmpty {
                for (position, index) in open.enumerated() { allowed[index] = share + (position < left % open.count ? 1 : 0) }
                break
            }
            for index in short { left -= widths[index] }
            open.removeAll { short.contains($0) }
        }
        return allowed
    }
}
