/// The scaffolding every x–y chart shares, laid out for one rectangle: title, legend, axis titles,
/// tick labels measured by display width, the axis lines — and the plot rectangle left for the data.
///
/// Layout, top to bottom: title (legend on its right when it fits), y-axis title (or the legend),
/// the plot with y tick labels on its left, the x axis, x tick labels (the x-axis title at their
/// right when it fits, else on a row of its own). Rectangles too small for axes get a bare plot.
struct CartesianFrame {
    /// Where the data goes.
    var plot: Rect
    /// Dots per cell of the canvas the data is drawn on, to place ticks exactly where data lands.
    var dotsPerCell: (x: Int, y: Int)
    var x: AxisMapping
    var y: AxisMapping
    var hasAxes: Bool
    private var area: Rect
    private var title: String
    private var legend: Legend?
    private var legendRow: Int?
    private var legendColumn = 0
    private var yTitle: String
    private var yTitleRow: Int?
    private var xTitle: String
    private var xTitlePosition: (x: Int, y: Int)?
    private var yTicks: [(tick: AxisTick, row: Int)] = []
    private var xTicks: [(tick: AxisTick, column: Int, start: Int)] = []
    private var yLabelColumn = 0

    init(
        area: Rect, title: String, legend: Legend?, x: AxisMapping, xTitle: String,
        y: AxisMapping, yTitle: String, dotsPerCell: (x: Int, y: Int), options: RenderOptions
    ) {
        self.area = area
        self.title = options.isASCII ? ChartText.ascii(title) : title
        self.legend = legend.flatMap { $0.entries.isEmpty ? nil : $0 }
        self.x = x
        self.y = y
        self.xTitle = options.isASCII ? ChartText.ascii(xTitle) : xTitle
        self.yTitle = options.isASCII ? ChartText.ascii(yTitle) : yTitle
        self.dotsPerCell = dotsPerCell
        plot = area
        hasAxes = false
        guard !area.isEmpty else { return }
        if area.height < 6 || area.width < 16 {
            layOutBare()
        } else {
            layOut(xTitleRow: false)
            if !xTitle.isEmpty && xTitlePosition == nil && area.height >= 12 {
                layOut(xTitleRow: true)
            }
        }
    }

    /// The cell column of a value's fraction along x, matching where a canvas puts its dot.
    func column(_ fraction: Double) -> Int {
        let dots = plot.width * dotsPerCell.x
        return Int((fraction * Double(dots - 1)).rounded()) / dotsPerCell.x
    }

    /// The cell row of a value's fraction up y, matching where a canvas puts its dot.
    func row(_ fraction: Double) -> Int {
        let dots = plot.height * dotsPerCell.y
        return Int(((1 - fraction) * Double(dots - 1)).rounded()) / dotsPerCell.y
    }

    private mutating func layOutBare() {
        var rest = area
        if !title.isEmpty && area.height >= 3 {
            rest = area.splitTop(1).1
        }
        plot = rest
    }

    private mutating func layOut(xTitleRow: Bool) {
        hasAxes = true
        var rest = area
        legendRow = nil
        yTitleRow = nil
        xTitlePosition = nil
        let titleWidth = DisplayWidth.of(title)
        let legendWidth = legend?.width ?? 0
        if !title.isEmpty {
            if legend != nil && titleWidth + 3 + legendWidth <= area.width {
                legendRow = area.y
                legendColumn = area.maxX - legendWidth
            }
            rest = rest.splitTop(1).1
        }
        let yTitleWidth = DisplayWidth.of(yTitle)
        if legend != nil && legendRow == nil {
            // A comparison's legend names the earlier run: on a short chart it takes a row of its own
            // rather than be cut beside the y title.
            let comparing = legend?.entries.contains(where: \.faint) == true && legendWidth <= area.width
            if yTitleWidth + 3 + legendWidth <= area.width || (area.height < 12 && !comparing) {
                legendRow = rest.y
                legendColumn = yTitle.isEmpty ? area.x : max(area.x + yTitleWidth + 3, area.maxX - legendWidth)
                yTitleRow = yTitle.isEmpty ? nil : rest.y
                rest = rest.splitTop(1).1
            } else {
                legendRow = rest.y
                legendColumn = area.x
                rest = rest.splitTop(1).1
            }
        }
        if !yTitle.isEmpty && yTitleRow == nil {
            yTitleRow = rest.y
            rest = rest.splitTop(1).1
        }
        rest = rest.splitBottom(xTitleRow ? 3 : 2).0
        if rest.height < 2 {
            // Not enough rows for axes and the rest: give up the extras before the plot.
            layOutBare()
            hasAxes = false
            return
        }

        // y ticks first: their labels' width decides where the plot starts.
        let plotRows = rest.height
        let yCount = plotRows < 3 ? 2 : (plotRows + 1) / 2 + 1
        let yTickList = y.ticks(maxCount: yCount)
        let labelWidth = min(area.width / 3, yTickList.map { DisplayWidth.of($0.label) }.max() ?? 0)
        yLabelColumn = area.x
        let axisColumn = area.x + labelWidth
        plot = Rect(x: axisColumn + 1, y: rest.y, width: area.maxX - axisColumn - 1, height: rest.height)
        yTicks = []
        var lastRow = Int.min
        for tick in yTickList.sorted(by: { $0.value > $1.value }) {
            guard let fraction = y.fraction(tick.value), fraction >= -1e-9, fraction <= 1 + 1e-9 else { continue }
            let row = plot.y + self.row(min(1, max(0, fraction)))
            if row == lastRow { continue }
            yTicks.append((tick, row))
            lastRow = row
        }

        // x ticks: as many as fit with two columns between labels.
        let tickRow = plot.maxY + 1
        let plotX = plot.x
        xTicks = XAxisTicks(x, width: plot.width, cellsPerTick: 7, labelsWithin: area.x, area.maxX) { plotX + column($0) }.placed
        if !xTitle.isEmpty {
            let width = DisplayWidth.of(xTitle)
            let lastEnd = xTicks.last.map { $0.start + DisplayWidth.of($0.tick.label) } ?? area.x
            if xTitleRow {
                let start = max(area.x, plot.x + (plot.width - width) / 2)
                xTitlePosition = (start, tickRow + 1)
            } else if lastEnd + 2 + width <= area.maxX {
                xTitlePosition = (area.maxX - width, tickRow)
            } else if area.height < 12 {
                // No row to spare: the axis title matters more than the last tick label or two.
                var kept = xTicks
                while kept.count > 2, let last = kept.last, last.start + DisplayWidth.of(last.tick.label) + 2 + width > area.maxX {
                    kept.removeLast()
                }
                if let last = kept.last, last.start + DisplayWidth.of(last.tick.label) + 2 + width <= area.maxX {
                    xTicks = kept
                    xTitlePosition = (area.maxX - width, tickRow)
                }
            }
        }
    }

    /// Draws everything but the data: title, legend, axis titles, axes, ticks and their labels.
    func draw(into buffer: inout ScreenBuffer, options: RenderOptions) {
        let clip = area.intersection(buffer.area)
        if !title.isEmpty && (hasAxes || area.height >= 3) {
            let limit = legendRow == area.y ? max(0, legendColumn - area.x - 1) : area.width
            buffer.put(ChartText.fit(title, to: limit, options: options), x: area.x, y: area.y, style: ChartPalette.title, clip: clip)
        }
        guard hasAxes else { return }
        if let row = yTitleRow {
            let limit = legendRow == row ? max(0, legendColumn - area.x - 1) : area.width
            buffer.put(ChartText.fit(yTitle, to: limit, options: options), x: area.x, y: row, style: .plain, clip: clip)
        }
        if let legend, let row = legendRow {
            legend.render(in: Rect(x: legendColumn, y: row, width: area.maxX - legendColumn, height: 1).intersection(clip),
                          buffer: &buffer, options: options)
        }
        let scaffolding = options.apply(ChartPalette.scaffolding)
        let axisColumn = plot.x - 1
        let tickRows = Set(yTicks.map(\.row))
        for row in plot.y..<plot.maxY {
            let glyph: Character = tickRows.contains(row) ? (options.isASCII ? "+" : "┤") : (options.isASCII ? "|" : "│")
            buffer.put(String(glyph), x: axisColumn, y: row, style: scaffolding, clip: clip)
        }
        for (tick, row) in yTicks {
            let width = DisplayWidth.of(tick.label)
            let available = axisColumn - yLabelColumn
            let label = ChartText.fit(tick.label, to: available, options: options)
            buffer.put(label, x: axisColumn - min(width, available), y: row, style: .plain, clip: clip)
        }
        let axisRow = plot.maxY
        buffer.put(options.isASCII ? "+" : "└", x: axisColumn, y: axisRow, style: scaffolding, clip: clip)
        let tickColumns = Set(xTicks.map(\.column))
        var line = ""
        for column in plot.x..<plot.maxX {
            line += tickColumns.contains(column) ? (options.isASCII ? "+" : "┬") : (options.isASCII ? "-" : "─")
        }
        buffer.put(line, x: plot.x, y: axisRow, style: scaffolding, clip: clip)
        for (tick, _, start) in xTicks {
            buffer.put(tick.label, x: start, y: axisRow + 1, style: .plain, clip: clip)
        }
        if let position = xTitlePosition {
            buffer.put(ChartText.fit(xTitle, to: area.maxX - position.x, options: options), x: position.x, y: position.y, style: .plain, clip: clip)
        }
    }
}
