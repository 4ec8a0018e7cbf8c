/// Several series against shared x and y axes, drawn with braille dots (UTF-8) or ASCII markers.
public struct LineChart: Widget, Sendable, Hashable {
    public var title: String
    public var series: [Series]
    public var xAxis: Axis
    public var yAxis: Axis
    /// Horizontal lines at y values (e.g. the 1e-7 / 1e-5 / 1e-3 gradient-check thresholds).
    public var horizontalLines: [ReferenceLine]
    /// Vertical lines at x values (e.g. "early stop: epoch 412").
    public var verticalLines: [ReferenceLine]
    public var showLegend: Bool

    public init(
        title: String = "", series: [Series], xAxis: Axis = Axis(), yAxis: Axis = Axis(),
        horizontalLines: [ReferenceLine] = [], verticalLines: [ReferenceLine] = [], showLegend: Bool = true
    ) {
        self.title = title
        self.series = series
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.horizontalLines = horizontalLines
        self.verticalLines = verticalLines
        self.showLegend = showLegend
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        // Placeholder until the chart library lands: the title only.
        buffer.put(title, x: area.x, y: area.y, style: .bold, clip: area)
    }
}
