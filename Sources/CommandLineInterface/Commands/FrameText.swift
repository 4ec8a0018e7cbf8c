import Experiments
import Localization
import TextCharts

/// A finished frame as text for a terminal or a pipe: its figures drawn, its tables, its findings
/// (shared by `run` and `check`).
enum FrameText {
    static func render(_ frame: Frame, title: String, ascii: Bool, width: Int, height: Int, language: Language = .en,
                       ambiguousWide: Bool = false) -> String {
        let options = RenderOptions(charset: ascii ? .ascii : .unicode, color: false, ambiguousWide: ambiguousWide,
                                    words: language.chartWords)
        var lines: [String] = [title]
        for figure in frame.figures {
            var buffer = ScreenBuffer(width: width, height: height)
            figure.render(in: buffer.area, buffer: &buffer, options: options)
            if ambiguousWide { buffer = buffer.narrowingAmbiguous() }
            var figureLines = buffer.lines()
            while figureLines.last?.isEmpty == true { figureLines.removeLast() }
            lines.append(contentsOf: figureLines)
        }
        for table in frame.tables {
            var buffer = ScreenBuffer(width: width, height: table.rows.count + 2)
            Table(columns: table.columns.map { TableColumn($0) }, rows: table.rows)
                .render(in: buffer.area, buffer: &buffer, options: options)
            lines.append(table.title)
            lines.append(contentsOf: buffer.lines())
        }
        let bullet = ChartPalette.findingBullet(options)
        for finding in frame.findings {
            lines.append(contentsOf: TextWrap.wrap(bullet + finding.text, width: width))
        }
        let text = lines.joined(separator: "\n")
        return options.text(text)
    }
}
