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
}
