import Experiments
import Localization
import TextCharts

/// A finished frame as text for a terminal or a pipe: its figures drawn, its tables, its findings
/// (shared by `run` and `check`). No line is wider than `width` display columns.
enum FrameText {
    static func render(_ frame: Frame, title: String, ascii: Bool, width: Int, height: Int, language: Language = .en,
                       ambiguousWide: Bool = false) -> String {
        let options = RenderOptions(charset: ascii ? .ascii : .unicode, color: false, ambiguousWide: ambiguousWide,
                                    words: language.chartWords)
        let width = max(1, width)
        // Words are written in the charset first, then wrapped: an ASCII "eps" is wider than "ε".
        func wrapped(_ text: String, indent: String = "") -> [String] {
            let indentWidth = DisplayWidth.of(indent)
            let lines = TextWrap.wrap(options.text(text), width: max(1, width - indentWidth))
            return lines.enumerated().map { index, line in
                (index == 0 ? indent : String(repeating: " ", count: indentWidth)) + line
            }
        }
        var lines = wrapped(title)
        for figure in frame.figures {
            var buffer = ScreenBuffer(width: width, height: height)
            figure.render(in: buffer.area, buffer: &buffer, options: options)
            if ambiguousWide { buffer = buffer.narrowingAmbiguous() }
            var figureLines = buffer.lines()
            while figureLines.last?.isEmpty == true { figureLines.removeLast() }
            lines.append(contentsOf: figureLines.map(options.text))
        }
        for table in frame.tables {
            var buffer = ScreenBuffer(width: width, height: table.rows.count + 2)
            Table(columns: table.columns.map { TableColumn($0) }, rows: table.rows)
                .render(in: buffer.area, buffer: &buffer, options: options)
            lines.append(contentsOf: wrapped(table.title))
            lines.append(contentsOf: buffer.lines().map(options.text))
        }
        let bullet = ChartPalette.findingBullet(options)
        for finding in frame.findings {
            lines.append(contentsOf: wrapped(finding.text, indent: bullet))
        }
        return lines.joined(separator: "\n")
    }
}
