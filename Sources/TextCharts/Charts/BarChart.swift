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

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        var rest = area
        if !title.isEmpty && area.height >= 2 {
            buffer.put(ChartText.fit(title, to: area.width, options: options), x: area.x, y: area.y, style: ChartPalette.title, clip: area)
            rest = rest.splitTop(1).1
        }
        let rows = groups.flatMap { group in group.bars.enumerated().map { (group.label, $0.offset == 0, $0.element) } }
        guard !rows.isEmpty else {
            let text = ChartText.fit("no data", to: rest.width, options: options)
            buffer.put(text, x: rest.x + (rest.width - DisplayWidth.of(text)) / 2, y: rest.y + (rest.height - 1) / 2, style: .dim, clip: rest)
            return
        }
        let showAxis = rest.height >= 4
        let barRows = showAxis ? rest.height - 2 : rest.height
        let values = rows.map(\.2.value)
        let mapping = AxisMapping(Axis("", scale: scale, range: range), values: values + (scale == .linear ? [0] : []))

        let groupWidth = groups.map { DisplayWidth.of(text($0.label, options)) }.max() ?? 0
        let barLabelWidth = rows.map { DisplayWidth.of(text($0.2.label, options)) }.max() ?? 0
        let valueTexts = rows.map { row -> String in
            let number = NumberFormat.compact(row.2.value, significantDigits: 2, ascii: options.isASCII)
            guard let band = ThresholdBand.index(of: row.2.value, in: bands), !bands[band].label.isEmpty else { return number }
            return number + " " + text(bands[band].label, options)
        }
        let valueWidth = valueTexts.map { DisplayWidth.of($0) }.max() ?? 0
        var labelWidth = groupWidth + (groupWidth > 0 && barLabelWidth > 0 ? 1 : 0) + barLabelWidth
        labelWidth = min(labelWidth, max(0, area.width / 3))
        let showValues = area.width - labelWidth - 1 - valueWidth - 1 >= 8
        let barArea = Rect(x: rest.x + labelWidth + 1, y: rest.y,
                           width: rest.width - labelWidth - 1 - (showValues ? valueWidth + 1 : 0), height: barRows)
        guard barArea.width >= 1 else { return }

        let visible = rows.count > barRows ? max(0, barRows - 1) : rows.count
        let zero = mapping.fraction(scale == .log ? mapping.range.lowerBound : 0) ?? 0
        let scaffolding = options.apply(ChartPalette.scaffolding)
        let monochrome = !options.color
        // Band boundaries as faint vertical rules behind the bars.
        var boundaryColumns: [(Int, Color)] = []
        for band in bands.dropLast() {
            if let fraction = mapping.fraction(band.upperBound), fraction > 0, fraction < 1 {
                boundaryColumns.append((Int((fraction * Double(barArea.width)).rounded()), band.color))
            }
        }
        for (index, row) in rows.prefix(visible).enumerated() {
            let y = barArea.y + index
            let label = row.1 && groupWidth > 0 ? DisplayWidth.pad(text(row.0, options), to: groupWidth + 1) + text(row.2.label, options)
                : String(repeating: " ", count: groupWidth + (groupWidth > 0 ? 1 : 0)) + text(row.2.label, options)
            buffer.put(ChartText.fit(label, to: labelWidth, options: options), x: rest.x, y: y, style: .plain, clip: rest)
            buffer.put(options.isASCII ? "|" : "│", x: barArea.x - 1, y: y, style: scaffolding, clip: area)
            for (column, color) in boundaryColumns {
                buffer.put(options.isASCII ? ":" : "┊", x: barArea.x + column, y: y, style: options.apply(.color(color)), clip: barArea)
            }
            let band = ThresholdBand.index(of: row.2.value, in: bands)
            let barColor = band.map { bands[$0].color } ?? color
            let style = options.apply(.color(barColor))
            if let fraction = mapping.fraction(row.2.value) {
                let from = min(max(min(zero, fraction), 0), 1), to = min(max(max(zero, fraction), 0), 1)
                let startCell = Int((from * Double(barArea.width)).rounded())
                let eighthsLong = Int(((to - from) * Double(barArea.width) * 8).rounded())
                var bar = ""
                if options.isASCII || monochrome {
                    let fills = options.isASCII ? BarChart.asciiFills : BarChart.monochromeFills
                    let fill = band.map { fills[min($0 + (fills.count - bands.count), fills.count - 1)] } ?? fills[fills.count - 1]
                    bar = String(repeating: fill, count: max(eighthsLong > 0 ? 1 : 0, (eighthsLong + 4) / 8))
                } else {
                    bar = String(repeating: "█", count: eighthsLong / 8)
                    if eighthsLong % 8 > 0 { bar.append(BarChart.eighths[eighthsLong % 8 - 1]) }
                }
                buffer.put(bar, x: barArea.x + startCell, y: y, style: style, clip: barArea)
            }
            if showValues {
                let value = valueTexts[index]
                buffer.put(value, x: area.maxX - DisplayWidth.of(value), y: y, style: style, clip: area)
            }
        }
        if visible < rows.count {
            let more = ChartText.fit("… \(rows.count - visible) more", to: rest.width, options: options)
            buffer.put(more, x: rest.x, y: barArea.y + visible, style: .dim, clip: rest)
        }
        guard showAxis else { return }
        let axisRow = barArea.y + min(rows.count, barRows)
        var line: [String] = []
        var labels: [(Int, String)] = []
        var budget = max(2, barArea.width / 6)
        while true {
            line = Array(repeating: options.isASCII ? "-" : "─", count: barArea.width)
            labels = []
            var nextFree = area.x
            var dropped = false
            for tick in mapping.ticks(maxCount: budget) {
                guard let fraction = mapping.fraction(tick.value), fraction >= -1e-9, fraction <= 1 + 1e-9 else { continue }
                let column = min(barArea.width - 1, Int((fraction * Double(barArea.width)).rounded()))
                let width = DisplayWidth.of(tick.label)
                let start = min(max(barArea.x + column - (width - 1) / 2, area.x), area.maxX - width)
                guard start >= nextFree else { dropped = true; continue }
                line[column] = options.isASCII ? "+" : "┬"
                labels.append((start, tick.label))
                nextFree = start + width + 2
            }
            if !dropped || budget <= 2 { break }
            budget -= 1
        }
        buffer.put(options.isASCII ? "+" : "└", x: barArea.x - 1, y: axisRow, style: scaffolding, clip: area)
        buffer.put(line.joined(), x: barArea.x, y: axisRow, style: scaffolding, clip: area)
        for (start, label) in labels {
            buffer.put(label, x: start, y: axisRow + 1, style: .plain, clip: area)
        }
    }

    private func text(_ string: String, _ options: RenderOptions) -> String {
        options.isASCII ? ChartText.ascii(string) : string
    }
}
