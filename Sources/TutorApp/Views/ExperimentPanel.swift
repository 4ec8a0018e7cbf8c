import Experiments
import TextCharts

/// Draws a run's latest frame: its figures, a progress line and its findings; when the page has
/// earlier runs, the runs table between the charts and the findings.
///
/// `render` fits the run into the split view's panel (the findings that do not fit say that `v`
/// shows them); `renderFull` lays out everything (every figure at the height it needs, every
/// finding, every table) for the lab view, which scrolls it.
struct ExperimentPanel: Widget {
    let title: String
    let frame: Frame
    let status: String
    let text: UIText
    /// The last runs' knobs and headline numbers (`TutorModel.runsTable`), nil with nothing to compare.
    var runs: ResultTable? = nil

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        guard !area.isEmpty else { return }
        var options = options
        options.words = text.language.chartWords
        // A bar chart or table that cannot show every bar or row here says where they all are.
        options.words.moreAfter += text.labHint
        options.words.moreRowsAfter += text.labHint
        var (header, remaining) = area.splitTop(1)
        renderHeader(in: header, buffer: &buffer, options: options)
        // The runs table takes its rows (header, rule, one per run) when the chart keeps 10.
        let runsRows = runs.map { $0.rows.count + 2 } ?? 0
        let runsShown = runsRows > 0 && remaining.height - runsRows >= 10
        if runsShown { remaining.height -= runsRows }
        let findingLines = Self.findingLines(frame, width: remaining.width, options: options)
        // The chart is what the student came to see: it keeps at least 70% of the rows (and 10),
        // findings get the rest and say how many did not fit.
        let chartRows = min(remaining.height, max(10, remaining.height * 7 / 10))
        var findingRows = min(findingLines.count, remaining.height - chartRows)
        var (chartArea, findingArea) = remaining.splitBottom(findingRows)
        if let runs, runsShown {
            RunsTableSection(table: runs).render(in: Rect(x: chartArea.x, y: chartArea.maxY, width: chartArea.width, height: runsRows),
                                                 buffer: &buffer, options: options)
            findingArea.y += runsRows
        }
        let hidden = findingLines.count - findingRows + frame.tables.count
        // Whatever is hidden, one row says so (in the chart's last row when no finding fits).
        let noteInChart = hidden > 0 && findingRows == 0
        if hidden > 0 {
            if findingRows > 0 { findingRows -= 1 }
            let more = options.text(text.moreInLab(findingLines.count - findingRows, tables: frame.tables.count))
            let y = noteInChart ? chartArea.maxY - 1 : findingArea.maxY - 1
            buffer.put(DisplayWidth.truncate(more, to: area.width, ellipsis: options.glyph("…", ascii: "~")), x: area.x, y: y,
                       style: .dim, clip: area)
        }
        for (index, line) in findingLines.prefix(findingRows).enumerated() {
            buffer.put(line, x: findingArea.x, y: findingArea.y + index, clip: findingArea)
        }
        let figureArea = noteInChart ? chartArea.splitBottom(1).0 : chartArea
        if frame.figures.isEmpty, let table = frame.tables.first {
            // A run whose table is all it shows (predictions beside their labels) draws the table in
            // the chart's place; the lab view has it whole.
            buffer.put(options.text(table.title), x: figureArea.x, y: figureArea.y, style: .bold, clip: figureArea)
            Table(columns: table.columns.map { TableColumn($0) }, rows: table.rows)
                .render(in: Rect(x: figureArea.x, y: figureArea.y + 1, width: figureArea.width, height: figureArea.height - 1),
                        buffer: &buffer, options: options)
        } else {
            renderFigures(in: figureArea, buffer: &buffer, options: options)
        }
    }

    /// The rows `renderFull` needs at `width`, for a lab viewport `viewport` rows high.
    static func fullHeight(of frame: Frame, runs: ResultTable?, width: Int, viewport: Int, options: RenderOptions) -> Int {
        let findings = findingLines(frame, width: width, options: options).count
        let tables = frame.tables.reduce(0) { $0 + 1 + $1.rows.count + 3 }
        return 1 + figureHeight(frame, width: width, viewport: viewport) + runsHeight(runs) + findings + tables
    }

    /// The runs table's rows in the lab view (with a blank row under it).
    private static func runsHeight(_ runs: ResultTable?) -> Int { runs.map { $0.rows.count + 3 } ?? 0 }

    /// Everything of the run, top to bottom, into `area` (as high as `fullHeight`).
    func renderFull(in area: Rect, viewport: Int, buffer: inout ScreenBuffer, options: RenderOptions) {
        guard !area.isEmpty else { return }
        var options = options
        options.words = text.language.chartWords
        let (header, rest) = area.splitTop(1)
        renderHeader(in: header, buffer: &buffer, options: options)
        let figures = Self.figureHeight(frame, width: area.width, viewport: viewport)
        let (figureArea, below) = rest.splitTop(min(figures, rest.height))
        renderFigures(in: figureArea, buffer: &buffer, options: options)
        var y = below.y
        if let runs {
            RunsTableSection(table: runs).render(in: Rect(x: area.x, y: y, width: area.width, height: runs.rows.count + 2),
                                                 buffer: &buffer, options: options)
            y += Self.runsHeight(runs)
        }
        for line in Self.findingLines(frame, width: area.width, options: options) {
            buffer.put(line, x: area.x, y: y, clip: area)
            y += 1
        }
        for table in frame.tables {
            y += 1
            buffer.put(DisplayWidth.truncate(options.text(table.title), to: area.width, ellipsis: options.glyph("…", ascii: "~")), x: area.x, y: y, style: .bold, clip: area)
            Table(columns: table.columns.map { TableColumn($0) }, rows: table.rows)
                .render(in: Rect(x: area.x, y: y + 1, width: area.width, height: table.rows.count + 2), buffer: &buffer, options: options)
            y += table.rows.count + 3
        }
    }

    /// The charts' rows in the lab view: most of a screen, or what every bar and panel needs.
    private static func figureHeight(_ frame: Frame, width: Int, viewport: Int) -> Int {
        // A run that only tabulates (predictions beside their labels) keeps no rows for a chart.
        guard !frame.figures.isEmpty else { return 0 }
        let share = max(10, (viewport - 1) * 7 / 10)
        let sideBySide = width >= 60 * frame.figures.count
        let slotWidth = sideBySide ? width / max(1, frame.figures.count) : width
        let wanted = frame.figures.map { figure in
            let height = figure.preferredHeight(width: slotWidth) ?? 0
            return figure.fitsOneScreen ? min(height, viewport - 1) : height
        }
        let needed = sideBySide ? wanted.max() ?? 0 : wanted.reduce(0) { $0 + max($1, 10) }
        return max(share, needed)
    }

    private static func findingLines(_ frame: Frame, width: Int, options: RenderOptions) -> [StyledLine] {
        frame.findings.flatMap { finding in
            PageText.hanging(ChartPalette.findingBullet(options),
                             [Span(options.text(finding.text), style: options.apply(style(for: finding.tone)))], width: width)
        }
    }

    private func renderHeader(in header: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let progress = ProgressLine(fraction: frame.progress, label: status)
        // The title gives way to the progress line, shortened with an ellipsis.
        let progressWidth = min(header.width, 22 + DisplayWidth.of(" 100% " + status))
        let shown = DisplayWidth.truncate(title, to: max(0, header.width - progressWidth - 1), ellipsis: options.glyph("…", ascii: "~"))
        let labelWidth = DisplayWidth.of(shown) + 1
        buffer.put(shown, x: header.x, y: header.y, style: .bold, clip: header)
        progress.render(in: Rect(x: header.x + labelWidth + 1, y: header.y, width: header.width - labelWidth - 1, height: 1),
                        buffer: &buffer, options: options)
    }

    private func renderFigures(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let figures = frame.figures
        guard !figures.isEmpty, !area.isEmpty else { return }
        // Side by side when there is room for two charts of readable width, else stacked, each
        // stacked figure getting the rows it needs (every bar, every panel) when there are enough.
        let sideBySide = area.width >= 60 * figures.count || area.height < 10 * figures.count
        let wanted = figures.map { max(10, $0.preferredHeight(width: area.width) ?? 0) }
        let fits = wanted.reduce(0, +) <= area.height
        var y = area.y
        for (index, figure) in figures.enumerated() {
            let slot: Rect
            if sideBySide {
                let width = area.width / figures.count
                slot = Rect(x: area.x + index * width, y: area.y, width: index == figures.count - 1 ? area.width - index * width : width - 1, height: area.height)
            } else {
                let last = index == figures.count - 1
                let height: Int
                if fits {
                    height = last ? area.maxY - y : wanted[index] + (area.height - wanted.reduce(0, +)) / figures.count
                } else {
                    height = last ? area.maxY - y : area.height / figures.count
                }
                slot = Rect(x: area.x, y: y, width: area.width, height: height)
                y += height
            }
            figure.render(in: slot, buffer: &buffer, options: options)
        }
    }

    private static func style(for tone: Finding.Tone) -> Style {
        switch tone {
        case .info: .plain
        case .good: .color(.green)
        case .warning: .color(.yellow)
        case .bad: Style(foreground: .red, bold: true)
        }
    }
}

/// "[#####-----] 45% running": a one-line progress indicator.
struct ProgressLine: Widget {
    let fraction: Double
    let label: String

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        guard area.width > 0, area.height > 0 else { return }
        let clamped = min(max(fraction.isFinite ? fraction : 0, 0), 1)
        let percent = " \(Int((clamped * 100).rounded()))% " + label
        let barWidth = min(20, area.width - DisplayWidth.of(percent) - 2)
        var x = area.x
        if barWidth >= 4 {
            let filled = Int((Double(barWidth) * clamped).rounded())
            let full = options.glyph("█", ascii: "#")
            let empty = options.glyph("░", ascii: "-")
            x = buffer.put("[", x: x, y: area.y, style: .dim, clip: area)
            x = buffer.put(String(repeating: full, count: filled), x: x, y: area.y, style: options.apply(.color(.cyan)), clip: area)
            x = buffer.put(String(repeating: empty, count: barWidth - filled), x: x, y: area.y, style: .dim, clip: area)
            x = buffer.put("]", x: x, y: area.y, style: .dim, clip: area)
        }
        buffer.put(percent, x: x, y: area.y, clip: area)
    }
}
