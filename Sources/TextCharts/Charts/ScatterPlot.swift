/// 2-D points by class — data before and after normalization — as coloured braille dots, or as
/// one marker glyph per cell (o, x, +) in ASCII and on monochrome terminals, where glyphs are the
/// only way to tell classes apart.
public struct ScatterPlot: Widget, Sendable, Hashable {
    public var title: String
    public var classes: [PointClass]
    public var xAxis: Axis
    public var yAxis: Axis
    public var showLegend: Bool

    public init(title: String = "", classes: [PointClass], xAxis: Axis = Axis(), yAxis: Axis = Axis(), showLegend: Bool = true) {
        self.title = title
        self.classes = classes
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.showLegend = showLegend
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let xMapping = AxisMapping(xAxis, values: classes.flatMap(\.x))
        let yMapping = AxisMapping(yAxis, values: classes.flatMap(\.y))
        let legend = showLegend && !classes.isEmpty
            ? Legend(classes.indices.map { index in
                let ink = classes[index].ink(index)
                return LegendEntry(symbol: String(ink.marker), label: classes[index].name, color: ink.color)
            })
            : nil
        if options.color && !options.isASCII {
            draw(area, buffer: &buffer, options: options, x: xMapping, y: yMapping, legend: legend, canvas: BrailleCanvas.init(columns:rows:))
        } else {
            draw(area, buffer: &buffer, options: options, x: xMapping, y: yMapping, legend: legend, canvas: CharacterCanvas.init(columns:rows:))
        }
    }

    private func draw<Canvas: DotCanvas>(
        _ area: Rect, buffer: inout ScreenBuffer, options: RenderOptions, x xMapping: AxisMapping, y yMapping: AxisMapping,
        legend: Legend?, canvas makeCanvas: (Int, Int) -> Canvas
    ) {
        let frame = CartesianFrame(area: area, title: title, legend: legend, x: xMapping, xTitle: xAxis.title,
                                   y: yMapping, yTitle: yAxis.title, dotsPerCell: Canvas.dotsPerCell, options: options)
        frame.draw(into: &buffer, options: options)
        let plot = frame.plot
        guard !plot.isEmpty else { return }
        var canvas = makeCanvas(plot.width, plot.height)
        var any = false
        for (index, group) in classes.enumerated() {
            let ink = group.ink(index)
            for point in 0..<group.x.count {
                guard let fx = xMapping.fraction(group.x[point]), let fy = yMapping.fraction(group.y[point]) else { continue }
                any = true
                let x = canvas.dotX(fx), y = canvas.dotY(fy)
                canvas.point((x, y), ink: ink)
                if Canvas.dotsPerCell.x > 1 {
                    // A lone braille dot is hard to see: draw each point as a 2×2 blob.
                    let dx = x >= Double(canvas.dotWidth - 1) ? -1.0 : 1.0
                    let dy = y >= Double(canvas.dotHeight - 1) ? -1.0 : 1.0
                    canvas.point((x + dx, y), ink: ink)
                    canvas.point((x, y + dy), ink: ink)
                    canvas.point((x + dx, y + dy), ink: ink)
                }
            }
        }
        canvas.draw(into: &buffer, x: plot.x, y: plot.y, clip: plot, options: options)
        if !any {
            let text = ChartText.fit("no data", to: plot.width, options: options)
            buffer.put(text, x: plot.x + (plot.width - DisplayWidth.of(text)) / 2, y: plot.y + (plot.height - 1) / 2, style: .dim, clip: plot)
        }
    }
}
