/// Several series against shared x and y axes, drawn with braille dots (UTF-8) or ASCII markers.
///
/// Values that cannot be placed (NaN, ±∞, and ≤ 0 on a log axis) leave a gap in the line; NaN and
/// ∞ also get a note ("loss diverged: NaN after x=412") because a student must not mistake a
/// diverged run for a short one. Rendering walks the points once, so a live run can append
/// points and redraw several times a second.
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

    /// Appends a point to the series at `index`: what a live run does between redraws.
    public mutating func append(x: Double, y: Double, toSeries index: Int) {
        series[index].append(x: x, y: y)
    }

    /// The ink series `index` is drawn with.
    func ink(_ index: Int) -> Ink {
        let chosen = series[index]
        return Ink(color: chosen.color ?? ChartPalette.color(index), marker: chosen.marker ?? ChartPalette.marker(index),
                   faint: chosen.faint)
    }

    /// The series in drawing order: faint ones first, so the current run's lines lie on top.
    private var drawingOrder: [Int] {
        series.indices.filter { series[$0].faint } + series.indices.filter { !series[$0].faint }
    }

    /// One entry per series, then one per name of the faint series (an earlier run's lines share
    /// its name and one entry).
    private var legendEntries: [LegendEntry] {
        var entries: [LegendEntry] = []
        var faintNames: Set<String> = []
        for index in series.indices where !series[index].faint {
            let ink = ink(index)
            entries.append(LegendEntry(symbol: String(ink.marker), label: series[index].name, color: ink.color))
        }
        for index in series.indices where series[index].faint && faintNames.insert(series[index].name).inserted {
            let ink = ink(index)
            entries.append(LegendEntry(symbol: String(ink.marker), label: series[index].name, color: .default, faint: true))
        }
        return entries
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let xMapping = AxisMapping(xAxis, values: xValuesForRange())
        let yMapping = AxisMapping(yAxis, values: yValuesForRange())
        let legend = showLegend && !series.isEmpty ? Legend(legendEntries) : nil
        if options.isASCII {
            draw(in: area, buffer: &buffer, options: options, x: xMapping, y: yMapping, legend: legend,
                 canvas: CharacterCanvas.init(columns:rows:))
        } else {
            draw(in: area, buffer: &buffer, options: options, x: xMapping, y: yMapping, legend: legend,
                 canvas: BrailleCanvas.init(columns:rows:))
        }
    }

    private func draw<Canvas: DotCanvas>(
        in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions,
        x xMapping: AxisMapping, y yMapping: AxisMapping, legend: Legend?, canvas makeCanvas: (Int, Int) -> Canvas
    ) {
        let frame = CartesianFrame(
            area: area, title: title, legend: legend, x: xMapping, xTitle: xAxis.title,
            y: yMapping, yTitle: yAxis.title, dotsPerCell: Canvas.dotsPerCell, options: options)
        frame.draw(into: &buffer, options: options)
        let plot = frame.plot
        guard !plot.isEmpty else { return }
        var labels = LabelPlacement(bounds: plot)
        drawReferenceLines(frame: frame, buffer: &buffer, options: options, labels: &labels)

        var canvas = makeCanvas(plot.width, plot.height)
        var anyPoint = false
        for index in drawingOrder {
            anyPoint = plotSeries(index, on: &canvas, x: xMapping, y: yMapping) || anyPoint
        }
        canvas.draw(into: &buffer, x: plot.x, y: plot.y, clip: plot, options: options)
        if !options.isASCII {
            drawMarkers(frame: frame, buffer: &buffer, options: options)
        }
        if !anyPoint {
            let text = ChartText.fit("no data", to: plot.width, options: options)
            let width = DisplayWidth.of(text)
            buffer.put(text, x: plot.x + (plot.width - width) / 2, y: plot.y + (plot.height - 1) / 2, style: .dim, clip: plot)
        }
        drawDivergenceNotes(plot: plot, buffer: &buffer, options: options, labels: &labels)
    }

    /// Draws series `index` as line segments between consecutive placeable points; a point with
    /// no placeable neighbour is drawn as a lone dot. Returns whether any point was placeable.
    private func plotSeries<Canvas: DotCanvas>(_ index: Int, on canvas: inout Canvas, x xMapping: AxisMapping, y yMapping: AxisMapping) -> Bool {
        let line = series[index]
        let ink = ink(index)
        var previous: (x: Double, y: Double)?
        var previousWasLone = false
        var any = false
        for point in 0..<line.count {
            guard let fx = xMapping.fraction(line.x[point]), let fy = yMapping.fraction(line.y[point]) else {
                if let lone = previous, previousWasLone { canvas.point(lone, ink: ink) }
                previous = nil
                continue
            }
            any = true
            let position = (x: canvas.dotX(fx), y: canvas.dotY(fy))
            if let start = previous {
                canvas.line(from: start, to: position, ink: ink)
                previousWasLone = false
            } else {
                previousWasLone = true
            }
            previous = position
        }
        if let lone = previous, previousWasLone { canvas.point(lone, ink: ink) }
        return any
    }

    /// Marker glyphs over the braille lines at data points, so series are told apart by glyph as
    /// well as colour (in colour too: red and green look alike to many): at every point when the
    /// points are sparse, and at spaced-out points of dense series (staggered so overlapping
    /// lines show both glyphs). Faint series always get spaced-out markers: their colours are the
    /// current run's, dimmed.
    private func drawMarkers(frame: CartesianFrame, buffer: inout ScreenBuffer, options: RenderOptions) {
        let plot = frame.plot
        let xMapping = frame.x, yMapping = frame.y
        for index in drawingOrder {
            let line = series[index]
            let sparse = line.count <= max(1, plot.width / 4) && !line.faint
            let spacing = sparse ? 1 : 8
            let ink = ink(index)
            let style = ink.style(options)
            let offset = sparse ? 0 : (index * 3) % spacing
            var lastColumn = sparse ? Int.min / 2 : offset - spacing
            var lastRow = Int.min / 2
            for point in 0..<line.count {
                guard let fx = xMapping.fraction(line.x[point]), let fy = yMapping.fraction(line.y[point]),
                      fx >= 0, fx <= 1, fy >= 0, fy <= 1 else { continue }
                let column = frame.column(fx), row = frame.row(fy)
                if column == lastColumn && row == lastRow { continue }
                if !sparse && abs(column - lastColumn) < spacing { continue }
                buffer.set(ink.marker, x: plot.x + column, y: plot.y + row, style: style)
                lastColumn = column
                lastRow = row
            }
        }
    }

    /// The reference lines as graphics, then their labels, placed so that none covers another:
    /// a vertical line's label goes right of it on the top row (else left of it, else a row lower),
    /// a horizontal line's at the right end of its row (else the left end, else just above).
    private func drawReferenceLines(frame: CartesianFrame, buffer: inout ScreenBuffer, options: RenderOptions,
                                    labels: inout LabelPlacement) {
        let plot = frame.plot
        var pending: [(text: String, style: Style, candidates: [(x: Int, y: Int)])] = []
        for line in horizontalLines {
            guard let fraction = frame.y.fraction(line.value), fraction >= 0, fraction <= 1 else { continue }
            let row = plot.y + frame.row(fraction)
            let style = options.apply(Style(foreground: line.color))
            let rule = String(repeating: options.isASCII ? "-" : "╌", count: plot.width)
            buffer.graphics { $0.put(rule, x: plot.x, y: row, style: style, clip: plot) }
            let label = ChartText.fit(line.label, to: plot.width, options: options)
            let width = DisplayWidth.of(label)
            pending.append((label, style, [(plot.maxX - width, row), (plot.x, row), (plot.maxX - width, row - 1), (plot.maxX - width, row + 1)]))
        }
        for line in verticalLines {
            guard let fraction = frame.x.fraction(line.value), fraction >= 0, fraction <= 1 else { continue }
            let column = plot.x + frame.column(fraction)
            let style = options.apply(Style(foreground: line.color))
            buffer.graphics { buffer in
                for row in plot.y..<plot.maxY {
                    buffer.put(options.isASCII ? ":" : "┆", x: column, y: row, style: style, clip: plot)
                }
            }
            let label = ChartText.fit(line.label, to: plot.width, options: options)
            let width = DisplayWidth.of(label)
            let candidates = (plot.y..<min(plot.maxY, plot.y + 4)).flatMap { row in
                [(x: column + 1, y: row), (x: column - width, y: row)]
            }
            pending.append((label, style, candidates))
        }
        for label in pending {
            let width = DisplayWidth.of(label.text)
            if let place = labels.place(width: width, candidates: label.candidates) {
                buffer.put(label.text, x: place.x, y: place.y, style: label.style, clip: plot)
            }
        }
    }

    /// One note per series that hit NaN or ∞, at the bottom right of the plot (above any label there).
    private func drawDivergenceNotes(plot: Rect, buffer: inout ScreenBuffer, options: RenderOptions,
                                     labels: inout LabelPlacement) {
        var notes: [String] = []
        for line in series {
            guard let first = line.y.firstIndex(where: { !$0.isFinite }) else { continue }
            let what = line.y[first].isNaN ? "NaN" : (options.isASCII ? "inf" : "∞")
            let name = line.name.isEmpty ? "" : line.name + " "
            var lastFinite: Int? = nil
            var scan = first - 1
            while scan >= 0 {
                if line.y[scan].isFinite && line.x[scan].isFinite { lastFinite = scan; break }
                scan -= 1
            }
            let position = lastFinite.map { "after x=" + NumberFormat.compact(line.x[$0], significantDigits: 4) }
                ?? "from x=" + NumberFormat.compact(line.x[first], significantDigits: 4, ascii: options.isASCII)
            notes.append(name + "diverged: " + what + " " + position)
        }
        guard !notes.isEmpty else { return }
        for (offset, note) in notes.suffix(plot.height).enumerated() {
            let text = ChartText.fit(note, to: plot.width, options: options)
            let width = DisplayWidth.of(text)
            let row = plot.maxY - min(notes.count, plot.height) + offset
            let candidates = stride(from: row, through: plot.y, by: -1).flatMap { y in
                [(x: plot.maxX - width, y: y), (x: plot.x, y: y)]
            }
            if let place = labels.place(width: width, candidates: candidates) {
                buffer.put(text, x: place.x, y: place.y, style: options.apply(ChartPalette.note), clip: plot)
            }
        }
    }

    private func xValuesForRange() -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(series.reduce(0) { $0 + $1.count } + verticalLines.count)
        for line in series {
            for point in 0..<line.count where AxisMapping.isPlaceable(line.y[point], on: yAxis.scale) {
                values.append(line.x[point])
            }
        }
        values.append(contentsOf: verticalLines.map(\.value))
        return values
    }

    private func yValuesForRange() -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(series.reduce(0) { $0 + $1.count } + horizontalLines.count)
        for line in series {
            for point in 0..<line.count where AxisMapping.isPlaceable(line.x[point], on: xAxis.scale) {
                values.append(line.y[point])
            }
        }
        values.append(contentsOf: horizontalLines.map(\.value))
        return values
    }
}
