/// Several figures side by side in a grid — activation histograms of layers 1…10, boundaries for
/// each initialization — each getting an equal share of the space, wrapping into rows when
/// side by side would make them too narrow to read.
public struct SmallMultiples: Widget, Sendable, Hashable {
    public var title: String
    public var panels: [Figure]
    /// Panels per row; nil picks as many as fit at `minimumPanelWidth`.
    public var columns: Int?
    public var minimumPanelWidth: Int

    public init(title: String = "", panels: [Figure], columns: Int? = nil, minimumPanelWidth: Int = 24) {
        self.title = title
        self.panels = panels
        self.columns = columns
        self.minimumPanelWidth = minimumPanelWidth
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        var rest = area
        if !title.isEmpty && area.height >= 2 {
            buffer.put(ChartText.fit(title, to: area.width, options: options), x: area.x, y: area.y, style: ChartPalette.title, clip: area)
            rest = rest.splitTop(1).1
        }
        guard !panels.isEmpty else {
            let text = ChartText.fit("no data", to: rest.width, options: options)
            buffer.put(text, x: rest.x + (rest.width - DisplayWidth.of(text)) / 2, y: rest.y + (rest.height - 1) / 2, style: .dim, clip: rest)
            return
        }
        let perRow = max(1, min(panels.count, columns ?? max(1, (rest.width + 1) / (minimumPanelWidth + 1))))
        let rowCount = (panels.count + perRow - 1) / perRow
        for (index, panel) in panels.enumerated() {
            let row = index / perRow, column = index % perRow
            let top = rest.y + row * rest.height / rowCount
            let bottom = rest.y + (row + 1) * rest.height / rowCount
            let left = rest.x + column * (rest.width + 1) / perRow
            let right = rest.x + (column + 1) * (rest.width + 1) / perRow - 1
            let cell = Rect(x: left, y: top, width: right - left, height: bottom - top).intersection(rest)
            panel.render(in: cell, buffer: &buffer, options: options)
        }
    }
}
