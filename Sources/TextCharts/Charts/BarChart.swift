/// Horizontal bars, optionally grouped and on a log scale, each coloured by the threshold band its
/// value falls in: the per-component view of a gradient check, where W2's bar shouting red in a
/// column of green says where the bug is.
///
/// ```
/// W1 [0,0] │█████▍           2e-9 ok
///    [0,1] │█████▋         3.1e-9 ok
/// W2 [0,0] │████████████▊   0.333 bug
/// ```
/// On monochrome terminals the bands differ by fill glyph and the band label follows each value.
public struct BarChart: Widget, Sendable, Hashable {
    public var title: String
    public var groups: [BarGroup]
    public var scale: AxisScale
    /// Fixed value range; nil fits the data (whole decades on a log scale).
    public var range: ClosedRange<Double>?
    public var bands: [ThresholdBand]
    /// Used when there are no bands.
    public var color: Color

    public init(
        title: String = "", groups: [BarGroup], scale: AxisScale = .linear, range: ClosedRange<Double>? = nil,
        bands: [ThresholdBand] = [], color: Color = .blue
    ) {
        self.title = title
        self.groups = groups
        self.scale = scale
        self.range = range
        self.bands = bands
        self.color = color
    }

    /// Ungrouped bars.
    public init(title: String = "", bars: [Bar], scale: AxisScale = .linear, range: ClosedRange<Double>? = nil,
                bands: [ThresholdBand] = [], color: Color = .blue) {
        self.init(title: title, groups: [BarGroup("", bars: bars)], scale: scale, range: range, bands: bands, color: color)
    }

    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    private static let monochromeFills: [Character] = ["░", "▒", "▓", "█"]
    private static let asciiFills: [Character] = ["-", "=", "#", "@"]

    /// One bar as drawn: its group's label (on the group's first bar only), its place in the group.
    private typealias Row = (group: String, opensGroup: Bool, bar: Bar)

    /// Where everything goes in one rectangle, measured once.
    private struct Layout {
        var rows: [Row]
        var mapping: AxisMapping
        /// Below the title: labels on the left, bars, values on the right.
        var rest: Rect
        var barArea: Rect
        var groupWidth: Int
        var labelWidth: Int
        var valueTexts: [String]
        var showValues: Bool
        var showAxis: Bool
        /// How many bars fit; the last row says how many more there are when not all do.
        var visible: Int
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let rest = drawTitle(in: area, buffer: &buffer, options: options)
        let rows: [Row] = groups.flatMap { group in group.bars.enumerated().map { (group.label, $0.offset == 0, $0.element) } }
        guard !rows.isEmpty else {
            let text = ChartText.fit("no data", to: rest.width, options: options)
            buffer.put(text, x: rest.x + (rest.width - DisplayWidth.of(text)) / 2, y: rest.y + (rest.height - 1) / 2, style: .dim, clip: rest)
            return
        }
        guard let layout = layOut(rows, in: area, below: rest, options: options) else { return }
        drawBars(layout, in: area, buffer: &buffer, options: options)
        if layout.visible < rows.count {
            let more = ChartText.fit(options.words.more(rows.count - layout.visible), to: rest.width, options: options)
            buffer.put(more, x: rest.x, y: layout.barArea.y + layout.visible, style: .dim, clip: rest)
        }
        if layout.showAxis { drawAxis(layout, in: area, buffer: &buffer, options: options) }
    }

    /// The title on the first row when there is room for more; returns what is left below it.
    private func drawTitle(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) -> Rect {
        guard !title.isEmpty && area.height >= 2 else { return area }
        buffer.put(ChartText.fit(title, to: area.width, options: options), x: area.x, y: area.y, style: ChartPalette.title, clip: area)
        return area.splitTop(1).1
    }

    /// Label, bar and value columns measured from the rows' texts; nil when no bar column is left.
    private func layOut(_ rows: [Row], in area: Rect, below rest: Rect, options: RenderOptions) -> Layout? {
        let showAxis = rest.height >= 4
        let barRows = showAxis ? rest.height - 2 : rest.height
        let values = rows.map(\.bar.value)
        let mapping = AxisMapping(Axis("", scale: scale, range: range), values: values + (scale == .linear ? [0] : []))

        let groupWidth = groups.map { DisplayWidth.of(text($0.label, options)) }.max() ?? 0
        let barLabelWidth = rows.map { DisplayWidth.of(text($0.bar.label, options)) }.max() ?? 0
        let valueTexts = rows.map { row -> String in
            let number = NumberFormat.compact(row.bar.value, significantDigits: 2, ascii: options.isASCII)
            guard let band = ThresholdBand.index(of: row.bar.value, in: bands), !bands[band].label.isEmpty else { return number }
            return number + " " + text(bands[band].label, options)
        }
        let valueWidth = valueTexts.map { DisplayWidth.of($0) }.max() ?? 0
        var labelWidth = groupWidth + (groupWidth > 0 && barLabelWidth > 0 ? 1 : 0) + barLabelWidth
        labelWidth = min(labelWidth, max(0, area.width / 3))
        let showValues = area.width - labelWidth - 1 - valueWidth - 1 >= 8
        let barArea = Rect(x: rest.x + labelWidth + 1, y: rest.y,
                           width: rest.width - labelWidth - 1 - (showValues ? valueWidth + 1 : 0), height: barRows)
        guard barArea.width >= 1 else { return nil }
        return Layout(rows: rows, mapping: mapping, rest: rest, barArea: barArea, groupWidth: groupWidth, labelWidth: labelWidth,
                      valueTexts: valueTexts, showValues: showValues, showAxis: showAxis,
                      visible: rows.count > barRows ? max(0, barRows - 1) : rows.count)
    }

    /// The cell column, within the bar area, where a fraction along the value axis ends a bar.
    private static func cell(_ fraction: Double, width: Int) -> Int {
        Int((fraction * Double(width)).rounded())
    }

    /// Every visible row: its label, the axis rule, the band boundaries, the bar and its value.
    private func drawBars(_ layout: Layout, in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let (mapping, barArea, rest) = (layout.mapping, layout.barArea, layout.rest)
        let zero = mapping.fraction(scale == .log ? mapping.range.lowerBound : 0) ?? 0
        let scaffolding = options.apply(ChartPalette.scaffolding)
        // Band boundaries as faint vertical rules behind the bars.
        var boundaryColumns: [(Int, Color)] = []
        for band in bands.dropLast() {
            if let fraction = mapping.fraction(band.upperBound), fraction > 0, fraction < 1 {
                boundaryColumns.append((Self.cell(fraction, width: barArea.width), band.color))
            }
        }
        for (index, row) in layout.rows.prefix(layout.visible).enumerated() {
            let y = barArea.y + index
            let groupWidth = layout.groupWidth
            let label = row.opensGroup && groupWidth > 0 ? DisplayWidth.pad(text(row.group, options), to: groupWidth + 1) + text(row.bar.label, options)
                : String(repeating: " ", count: groupWidth + (groupWidth > 0 ? 1 : 0)) + text(row.bar.label, options)
            buffer.put(ChartText.fit(label, to: layout.labelWidth, options: options), x: rest.x, y: y, style: .plain, clip: rest)
            let band = ThresholdBand.index(of: row.bar.value, in: bands)
            let style = options.apply(.color(band.map { bands[$0].color } ?? color))
            // The axis, the band boundaries and the bar in front of them are graphics, not text.
            buffer.graphics { buffer in
                buffer.put(options.isASCII ? "|" : "│", x: barArea.x - 1, y: y, style: scaffolding, clip: area)
                for (column, color) in boundaryColumns {
                    buffer.put(options.isASCII ? ":" : "┊", x: barArea.x + column, y: y, style: options.apply(.color(color)), clip: barArea)
                }
                if let fraction = mapping.fraction(row.bar.value) {
                    let from = min(max(min(zero, fraction), 0), 1), to = min(max(max(zero, fraction), 0), 1)
                    let startCell = Self.cell(from, width: barArea.width)
                    let eighthsLong = Int(((to - from) * Double(barArea.width) * 8).rounded())
                    buffer.put(bar(eighths: eighthsLong, band: band, options: options), x: barArea.x + startCell, y: y, style: style, clip: barArea)
                }
            }
            if layout.showValues {
                let value = layout.valueTexts[index]
                buffer.put(value, x: area.maxX - DisplayWidth.of(value), y: y, style: style, clip: area)
            }
        }
    }

    /// A bar `eighths` eighths of a cell long: in eighth blocks in colour, else in whole cells whose
    /// fill glyph tells the bands apart.
    private func bar(eighths: Int, band: Int?, options: RenderOptions) -> String {
        if options.isASCII || !options.color {
            let fills = options.isASCII ? BarChart.asciiFills : BarChart.monochromeFills
            let fill = band.map { fills[min($0 + (fills.count - bands.count), fills.count - 1)] } ?? fills[fills.count - 1]
            return String(repeating: fill, count: max(eighths > 0 ? 1 : 0, (eighths + 4) / 8))
        }
        var bar = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { bar.append(BarChart.eighths[eighths % 8 - 1]) }
        return bar
    }

    /// The value axis under the bars: a rule with a tick under each labelled value, the labels below.
    private func drawAxis(_ layout: Layout, in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let barArea = layout.barArea
        let axisRow = barArea.y + min(layout.rows.count, barArea.height)
        // A tick sits where a bar of that value would end (never past the last cell).
        let ticks = XAxisTicks(layout.mapping, width: barArea.width, cellsPerTick: 6, labelsWithin: area.x, area.maxX) { fraction in
            barArea.x + min(barArea.width - 1, Self.cell(fraction, width: barArea.width))
        }.placed
        var line = Array(repeating: options.isASCII ? "-" : "─", count: barArea.width)
        for tick in ticks { line[tick.column - barArea.x] = options.isASCII ? "+" : "┬" }
        let scaffolding = options.apply(ChartPalette.scaffolding)
        buffer.put(options.isASCII ? "+" : "└", x: barArea.x - 1, y: axisRow, style: scaffolding, clip: area)
        buffer.put(line.joined(), x: barArea.x, y: axisRow, style: scaffolding, clip: area)
        for tick in ticks {
            buffer.put(tick.tick.label, x: tick.start, y: axisRow + 1, style: .plain, clip: area)
        }
    }

    private func text(_ string: String, _ options: RenderOptions) -> String {
        options.isASCII ? ChartText.ascii(string) : string
    }
}
