/// Any chart an experiment can ask to be drawn. Experiments describe figures as values; the
/// tutor and `dltutor run` render them into whatever space they have.
public enum Figure: Widget, Sendable, Hashable {
    case line(LineChart)
    case bar(BarChart)
    case heatmap(Heatmap)
    case histogram(Histogram)
    case scatter(ScatterPlot)
    /// Figures side by side (per-layer histograms, boundaries per setting).
    case smallMultiples(SmallMultiples)

    public var title: String {
        switch self {
        case .line(let chart): chart.title
        case .bar(let chart): chart.title
        case .heatmap(let chart): chart.title
        case .histogram(let chart): chart.title
        case .scatter(let chart): chart.title
        case .smallMultiples(let chart): chart.title
        }
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        switch self {
        case .line(let chart): chart.render(in: area, buffer: &buffer, options: options)
        case .bar(let chart): chart.render(in: area, buffer: &buffer, options: options)
        case .heatmap(let chart): chart.render(in: area, buffer: &buffer, options: options)
        case .histogram(let chart): chart.render(in: area, buffer: &buffer, options: options)
        case .scatter(let chart): chart.render(in: area, buffer: &buffer, options: options)
        case .smallMultiples(let chart): chart.render(in: area, buffer: &buffer, options: options)
        }
    }

    /// The rows this figure needs at `width` to show every bar or panel, when that is more than a
    /// chart's usual share: a view with room to scroll gives it this much instead of dropping rows.
    public func preferredHeight(width: Int) -> Int? {
        switch self {
        case .bar(let chart):
            let bars = chart.groups.reduce(0) { $0 + $1.bars.count }
            return (chart.title.isEmpty ? 0 : 1) + bars + 2
        case .smallMultiples(let chart):
            guard !chart.panels.isEmpty else { return nil }
            let perRow = max(1, min(chart.panels.count, chart.columns ?? max(1, (width + 1) / (chart.minimumPanelWidth + 1))))
            let rowCount = (chart.panels.count + perRow - 1) / perRow
            let panelWidth = max(1, (width + 1) / perRow - 1)
            let panelHeight = chart.panels.map { $0.preferredHeight(width: panelWidth) ?? 8 }.max() ?? 8
            return (chart.title.isEmpty ? 0 : 1) + rowCount * max(8, panelHeight)
        case .heatmap(let chart):
            return chart.preferredHeight(width: width)
        default:
            return nil
        }
    }

    /// A picture read as a whole (an equal-aspect heatmap): a view that scrolls gives it at most one
    /// screen, rather than every row `preferredHeight` asks for.
    public var fitsOneScreen: Bool {
        if case .heatmap(let chart) = self { return chart.equalAspect }
        return false
    }
}
