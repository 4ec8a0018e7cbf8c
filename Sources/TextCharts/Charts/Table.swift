/// Rows of text under bold headers, columns sized by display width (Chinese cells take two columns
/// per character) and cut with an ellipsis when the table is wider than its space.
public struct Table: Widget, Sendable, Hashable {
    public var columns: [TableColumn]
    public var rows: [[String]]

    public init(columns: [TableColumn], rows: [[String]]) {
        self.columns = columns
        self.rows = rows
    }

    static let gap = 2

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty, !columns.isEmpty else { return }
        func text(_ string: String) -> String { options.isASCII ? ChartText.ascii(string) : string }
        var widths = columns.indices.map { column in
            rows.reduce(DisplayWidth.of(text(columns[column].title))) { max($0, DisplayWidth.of(text(column < $1.count ? $1[column] : ""))) }
        }
        // Too wide: shrink the widest column step by step, never below 3.
        while widths.reduce(0, +) + Table.gap * (widths.count - 1) > area.width,
              let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 3 {
            widths[widest] -= 1
        }
        func draw(_ cells: [String], y: Int, style: Style) {
            var x = area.x
            for (column, width) in widths.enumerated() {
                let cell = ChartText.fit(text(column < cells.count ? cells[column] : ""), to: width, options: options)
                let pad = width - DisplayWidth.of(cell)
                let start = columns[column].alignment == .right ? x + pad : x
                buffer.put(cell, x: start, y: y, style: style, clip: area)
                x += width + Table.gap
                if x >= area.maxX { break }
            }
        }
        draw(columns.map(\.title), y: area.y, style: .bold)
        guard area.height >= 2 else { return }
        let ruleWidth = min(area.width, widths.reduce(0, +) + Table.gap * (widths.count - 1))
        buffer.put(String(repeating: options.isASCII ? "-" : "─", count: ruleWidth), x: area.x, y: area.y + 1,
                   style: options.apply(ChartPalette.scaffolding), clip: area)
        let room = area.height - 2
        let shown = rows.count > room ? max(0, room - 1) : rows.count
        for (index, row) in rows.prefix(shown).enumerated() {
            draw(row, y: area.y + 2 + index, style: .plain)
        }
        if shown < rows.count {
            buffer.put(ChartText.fit(options.words.moreRows(rows.count - shown), to: area.width, options: options),
                       x: area.x, y: area.y + 2 + shown, style: .dim, clip: area)
        }
    }
}
