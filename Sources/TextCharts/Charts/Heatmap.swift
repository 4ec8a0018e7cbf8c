/// A function over a plane — a classifier's output, a cost surface — drawn as coloured half blocks
/// (two samples per cell), or as shades without colour, with data points overlaid by class.
///
/// `values` is a grid of `gridColumns × gridRows` samples, row by row from the *bottom* row
/// (y = yRange.lowerBound) up, each row from left to right: the order a student's nested loops over
/// y then x produce. The grid is resampled to whatever size the chart gets.
public struct Heatmap: Widget, Sendable, Hashable {
    public var title: String
    public var values: [Double]
    public var gridColumns: Int
    public var gridRows: Int
    public var xAxis: Axis
    public var yAxis: Axis
    public var xRange: ClosedRange<Double>
    public var yRange: ClosedRange<Double>
    /// The values mapped onto the palette's ends; nil: 0…1 for a diverging palette when the values
    /// fit (probabilities), else the values' own range.
    public var valueRange: ClosedRange<Double>?
    public var palette: HeatmapPalette
    public var points: [PointClass]
    public var showLegend: Bool
    /// One unit of x as long on screen as one unit of y (a terminal cell is about twice as tall as it
    /// is wide), so that a circle is drawn round and a diamond square: the plot takes the width that
    /// its height gives it, and the title and legend go beside it, one entry a row.
    public var equalAspect: Bool

    public init(
        title: String = "", values: [Double], gridColumns: Int, gridRows: Int,
        xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, xAxis: Axis = Axis(), yAxis: Axis = Axis(),
        valueRange: ClosedRange<Double>? = nil, palette: HeatmapPalette = .diverging, points: [PointClass] = [],
        showLegend: Bool = true, equalAspect: Bool = false
    ) {
        precondition(values.count == gridColumns * gridRows, "a heatmap needs gridColumns × gridRows values")
        self.title = title
        self.values = values
        self.gridColumns = gridColumns
        self.gridRows = gridRows
        self.xRange = xRange
        self.yRange = yRange
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.valueRange = valueRange
        self.palette = palette
        self.points = points
        self.showLegend = showLegend
        self.equalAspect = equalAspect
    }

    /// Samples `function` on a grid over the ranges; convenient for tests and small experiments.
    public init(
        title: String = "", xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, gridColumns: Int, gridRows: Int,
        xAxis: Axis = Axis(), yAxis: Axis = Axis(), valueRange: ClosedRange<Double>? = nil,
        palette: HeatmapPalette = .diverging, points: [PointClass] = [], equalAspect: Bool = false,
        function: (Double, Double) -> Double
    ) {
        var values: [Double] = []
        values.reserveCapacity(gridColumns * gridRows)
        for row in 0..<gridRows {
            let y = yRange.lowerBound + (Double(row) + 0.5) / Double(gridRows) * (yRange.upperBound - yRange.lowerBound)
            for column in 0..<gridColumns {
                let x = xRange.lowerBound + (Double(column) + 0.5) / Double(gridColumns) * (xRange.upperBound - xRange.lowerBound)
                values.append(function(x, y))
            }
        }
        self.init(title: title, values: values, gridColumns: gridColumns, gridRows: gridRows, xRange: xRange, yRange: yRange,
                  xAxis: xAxis, yAxis: yAxis, valueRange: valueRange, palette: palette, points: points, equalAspect: equalAspect)
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let halfBlocks = options.color && !options.isASCII
        var entries = points.indices.map { LegendEntry(symbol: String(points[$0].ink($0).marker), label: points[$0].name, color: .default) }
        // Shades stand for values only if the chart says which: lightest to darkest, low to high.
        if !halfBlocks, let range = resolvedValueRange() {
            entries.insert(shadeLegend(range, options: options), at: 0)
        }
        let legend = showLegend && !entries.isEmpty ? Legend(entries) : nil
        let xMapping = AxisMapping(scale: .linear, range: xRange.upperBound > xRange.lowerBound ? xRange : xRange.lowerBound...(xRange.lowerBound + 1))
        let yMapping = AxisMapping(scale: .linear, range: yRange.upperBound > yRange.lowerBound ? yRange : yRange.lowerBound...(yRange.lowerBound + 1))
        func layOut(in area: Rect, titled: Bool) -> CartesianFrame {
            CartesianFrame(area: area, title: titled ? title : "", legend: titled ? legend : nil, x: xMapping, xTitle: xAxis.title,
                           y: yMapping, yTitle: yAxis.title, dotsPerCell: halfBlocks ? (1, 2) : (1, 1), options: options)
        }
        var frame = layOut(in: area, titled: true)
        if equalAspect, frame.hasAxes {
            let bare = Self.aspectWidth(layOut(in: area, titled: false), area: area, xMapping.range, yMapping.range)
            if area.maxX - bare.maxX - 2 >= Self.sideMinimum {
                // Title and legend beside the plot, which keeps every row.
                frame = layOut(in: bare, titled: false)
                drawSide(Rect(x: bare.maxX + 2, y: area.y, width: area.maxX - bare.maxX - 2, height: area.height),
                         entries: showLegend ? entries : [], buffer: &buffer, options: options)
            } else {
                frame = layOut(in: Self.aspectWidth(frame, area: area, xMapping.range, yMapping.range), titled: true)
            }
        }
        frame.draw(into: &buffer, options: options)
        let plot = frame.plot
        guard !plot.isEmpty else { return }
        guard gridColumns > 0, gridRows > 0, let range = resolvedValueRange() else {
            let text = ChartText.fit("no data", to: plot.width, options: options)
            buffer.put(text, x: plot.x + (plot.width - DisplayWidth.of(text)) / 2, y: plot.y + (plot.height - 1) / 2, style: .dim, clip: plot)
            return
        }
        let span = range.upperBound - range.lowerBound
        func fraction(_ value: Double) -> Double? {
            guard value.isFinite else { return nil }
            return span > 0 ? (value - range.lowerBound) / span : 0.5
        }
        // Which grid column each screen column samples, computed once per render.
        let columnIndex = (0..<plot.width).map { min(gridColumns - 1, (2 * $0 + 1) * gridColumns / (2 * plot.width)) }
        if halfBlocks {
            var canvas = HalfBlockCanvas(columns: plot.width, rows: plot.height)
            let dotRows = plot.height * 2
            for dotRow in 0..<dotRows {
                let gridRow = min(gridRows - 1, (2 * (dotRows - 1 - dotRow) + 1) * gridRows / (2 * dotRows))
                let base = gridRow * gridColumns
                for column in 0..<plot.width {
                    guard let f = fraction(values[base + columnIndex[column]]) else { continue }
                    canvas.plot(x: column, y: dotRow, ink: Ink(color: palette.color(f), marker: " "))
                }
            }
            canvas.draw(into: &buffer, x: plot.x, y: plot.y, clip: plot, options: options)
        } else {
            let avoided = markers
            for row in 0..<plot.height {
                let gridRow = min(gridRows - 1, (2 * (plot.height - 1 - row) + 1) * gridRows / (2 * plot.height))
                let base = gridRow * gridColumns
                for column in 0..<plot.width {
                    guard let f = fraction(values[base + columnIndex[column]]) else { continue }
                    let glyph = palette.shade(f, ascii: options.isASCII, avoiding: avoided)
                    if glyph == " " { continue }
                    buffer.set(glyph, x: plot.x + column, y: plot.y + row, style: options.apply(.color(palette.color(f))))
                }
            }
        }
        drawPoints(frame: frame, buffer: &buffer, options: options, halfBlocks: halfBlocks, fraction: fraction)
    }

    /// The glyphs the points are drawn with, which the shades leave to them.
    private var markers: Set<Character> { Set(points.indices.map { points[$0].ink($0).marker }) }

    /// The narrowest columns beside an equal-aspect plot that hold its title and legend.
    static let sideMinimum = 18

    /// `area` narrowed so that `frame`'s plot, as high as it is, has equal units on both axes (a
    /// cell is two units of width tall); `area` itself when the plot is already narrower than that.
    private static func aspectWidth(_ frame: CartesianFrame, area: Rect, _ x: ClosedRange<Double>, _ y: ClosedRange<Double>) -> Rect {
        let ratio = (x.upperBound - x.lowerBound) / (y.upperBound - y.lowerBound)
        let plotWidth = Int((2 * Double(frame.plot.height) * ratio).rounded())
        let width = frame.plot.x - area.x + plotWidth
        return width < area.width ? Rect(x: area.x, y: area.y, width: max(1, width), height: area.height) : area
    }

    /// The rows an equal-aspect heatmap needs at `width` for its plot to fill that width beside its
    /// legend: a few more than the plot's rows (axis title, axis, tick labels).
    public func preferredHeight(width: Int) -> Int? {
        guard equalAspect, xRange.upperBound > xRange.lowerBound, yRange.upperBound > yRange.lowerBound else { return nil }
        let ratio = (xRange.upperBound - xRange.lowerBound) / (yRange.upperBound - yRange.lowerBound)
        let legendWidth = max(Self.sideMinimum, (points.map { DisplayWidth.of($0.name) }.max() ?? 0) + 2)
        let plotWidth = max(8, width - legendWidth - 2 - 6)
        return Int((Double(plotWidth) / (2 * ratio)).rounded()) + 3
    }

    /// The title (wrapped, at most two rows) and one legend entry a row, top to bottom in `area`.
    private func drawSide(_ area: Rect, entries: [LegendEntry], buffer: inout ScreenBuffer, options: RenderOptions) {
        let shownTitle = options.isASCII ? ChartText.ascii(title) : options.text(title)
        var titleLines = title.isEmpty ? [] : TextWrap.wrap(shownTitle, width: area.width)
        // The legend's entries come first; the title gives up its second row, then the gap under it.
        let gap = titleLines.isEmpty ? 0 : 1
        if titleLines.count + gap + entries.count > area.height { titleLines = Array(titleLines.prefix(2)) }
        if titleLines.count + entries.count > area.height, titleLines.count > 1 {
            titleLines = [ChartText.fit(shownTitle, to: area.width, options: options)]
        }
        var y = area.y
        for line in titleLines {
            buffer.put(ChartText.fit(line, to: area.width, options: options), x: area.x, y: y, style: ChartPalette.title, clip: area)
            y += 1
        }
        if titleLines.count + gap + entries.count <= area.height { y += gap }
        for entry in entries where y < area.maxY {
            Legend([entry]).render(in: Rect(x: area.x, y: y, width: area.width, height: 1), buffer: &buffer, options: options)
            y += 1
        }
    }

    private func drawPoints(frame: CartesianFrame, buffer: inout ScreenBuffer, options: RenderOptions, halfBlocks: Bool,
                            fraction: (Double) -> Double?) {
        let plot = frame.plot
        for (index, group) in points.enumerated() {
            let ink = group.ink(index)
            for point in 0..<group.x.count {
                guard let fx = frame.x.fraction(group.x[point]), let fy = frame.y.fraction(group.y[point]),
                      fx >= 0, fx <= 1, fy >= 0, fy <= 1 else { continue }
                let column = min(plot.width - 1, Int(fx * Double(plot.width)))
                let row = min(plot.height - 1, Int((1 - fy) * Double(plot.height)))
                var style = Style(bold: true)
                if halfBlocks {
                    let background = buffer[plot.x + column, plot.y + row].style.background
                    style.background = background
                    style.foreground = [.cyan, .yellow, .green, .white].contains(background) ? .black : .white
                }
                buffer.set(ink.marker, x: plot.x + column, y: plot.y + row, style: options.apply(style))
            }
        }
    }

    /// "  .:-=+*#%@ 0…1": the shades in the order of the values they stand for, and the values' range.
    func shadeLegend(_ range: ClosedRange<Double>, options: RenderOptions) -> LegendEntry {
        var shades = ""
        let avoided = markers
        for step in 0...200 {
            let shade = palette.shade(Double(step) / 200, ascii: options.isASCII, avoiding: avoided)
            if shade != " ", shades.last != shade { shades.append(shade) }
        }
        let low = NumberFormat.compact(range.lowerBound, ascii: options.isASCII)
        let high = NumberFormat.compact(range.upperBound, ascii: options.isASCII)
        return LegendEntry(symbol: shades, label: "\(low)\(options.glyph("…", ascii: ".."))\(high)", color: .default)
    }

    private func resolvedValueRange() -> ClosedRange<Double>? {
        if let valueRange, valueRange.lowerBound.isFinite, valueRange.upperBound.isFinite { return valueRange }
        var low = Double.infinity, high = -Double.infinity
        for value in values where value.isFinite {
            low = min(low, value)
            high = max(high, value)
        }
        guard low <= high else { return nil }
        if palette == .diverging && low >= 0 && high <= 1 { return 0...1 }
        return low...high
    }
}
