import TextCharts

/// A box with a cleared inside: the frame of overlays.
struct Border: Widget {
    let title: String?

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        guard area.width >= 2, area.height >= 2 else { return }
        buffer.fill(area)
        let horizontal = options.glyph("─", ascii: "-")
        let vertical = options.glyph("│", ascii: "|")
        let corners = options.charset == .unicode ? ["┌", "┐", "└", "┘"] : ["+", "+", "+", "+"]
        let inner = String(repeating: horizontal, count: area.width - 2)
        buffer.put(corners[0] + inner + corners[1], x: area.x, y: area.y)
        buffer.put(corners[2] + inner + corners[3], x: area.x, y: area.maxY - 1)
        for row in (area.y + 1)..<(area.maxY - 1) {
            buffer.put(vertical, x: area.x, y: row)
            buffer.put(vertical, x: area.maxX - 1, y: row)
        }
        if let title {
            buffer.put(" " + options.text(title) + " ", x: area.x + 2, y: area.y, style: .bold, clip: area.inset(by: 1))
        }
    }
}
