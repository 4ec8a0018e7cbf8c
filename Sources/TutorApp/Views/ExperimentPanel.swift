import Experiments
import TextCharts

/// Draws a run's latest frame: its figures, a progress line and its findings; when the page has
/// earlier runs, the runs table between the charts and the findings.
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
        var remaining = area
        let (header, rest) = remaining.splitTop(1)
        remaining = rest
        // The runs table takes its rows (header, rule, one per run) when the chart keeps 10.
        let runsRows = runs.map { $0.rows.count + 2 } ?? 0
        let runsShown = runsRows > 0 && remaining.height - runsRows >= 10
        if runsShown { remaining.height -= runsRows }
        let progress = ProgressLine(fraction: frame.progress, label: status)
        let labelWidth = min(header.width, DisplayWidth.of(title) + 1)
        buffer.put(title, x: header.x, y: header.y, style: .bold, clip: Rect(x: header.x, y: header.y, width: labelWidth, height: 1))
        progress.render(in: Rect(x: header.x + labelWidth + 1, y: header.y, width: header.width - labelWidth - 1, height: 1),
                        buffer: &buffer, options: options)

        let findingLines = frame.findings.flatMap { finding in
            PageText.hanging(bullet(options), [Span(options.text(finding.text), style: options.apply(style(for: finding.tone)))],
                             width: remaining.width)
        }
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
        if findingRows < findingLines.count, findingRows > 0 {
            findingRows -= 1
            let more = options.text(text.moreFindings(findingLines.count - findingRows))
            buffer.put(more, x: findingArea.x, y: findingArea.maxY - 1, style: .dim, clip: findingArea)
        }
        for (index, line) in findingLines.prefix(findingRows).enumerated() {
            buffer.put(line, x: findingArea.x, y: findingArea.y + index, clip: findingArea)
        }
        // Tables (e.g. a gradient check's worst components) go under the charts when there is room
        // for both; on small screens their key numbers are also in the findings. A run whose table is
        // all it shows (predictions beside their labels) gives it the chart's place at any size.
        var figureArea = chartArea
        if let table = frame.tables.first, chartArea.height >= 24 || frame.figures.isEmpty {
            let tableRows = frame.figures.isEmpty ? chartArea.height : min(table.rows.count + 3, chartArea.height * 2 / 5)
            let (top, bottom) = chartArea.splitBottom(tableRows)
            figureArea = top
            buffer.put(options.text(table.title), x: bottom.x, y: bottom.y, style: .bold, clip: bottom)
            Table(columns: table.columns.map { TableColumn($0) }, rows: table.rows)
                .render(in: Rect(x: bottom.x, y: bottom.y + 1, width: bottom.width, height: bottom.height - 1),
                        buffer: &buffer, options: options)
        }
        renderFigures(in: figureArea, buffer: &buffer, options: options)
    }

    private func renderFigures(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let figures = frame.figures
        guard !figures.isEmpty else { return }
        // Side by side when there is room for two charts of readable width, else stacked.
        let sideBySide = area.width >= 60 * figures.count || area.height < 10 * figures.count
        for (index, figure) in figures.enumerated() {
            let slot: Rect
            if sideBySide {
                let width = area.width / figures.count
                slot = Rect(x: area.x + index * width, y: area.y, width: index == figures.count - 1 ? area.width - index * width : width - 1, height: area.height)
            } else {
                let height = area.height / figures.count
                slot = Rect(x: area.x, y: area.y + index * height, width: area.width, height: index == figures.count - 1 ? area.height - index * height : height)
            }
            figure.render(in: slot, buffer: &buffer, options: options)
        }
    }

    private func bullet(_ options: RenderOptions) -> String { ChartPalette.findingBullet(options) }

    private func style(for tone: Finding.Tone) -> Style {
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
