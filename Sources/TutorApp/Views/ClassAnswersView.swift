import Classroom
import Course
import TextCharts

/// The class's answers to a checkpoint, under it: a line of counts, then a bar per choice (or per
/// value or range of a numeric answer) scaled to the largest. Counts only, no names.
enum ClassAnswersView {
    static func lines(_ summary: AnswerSummary, presenter: Bool, revealed: Bool, words: ClassroomText, width: Int,
                      options: RenderOptions) -> [StyledLine] {
        var title = words.answered(summary.answered, right: summary.right)
        if presenter { title += revealed ? words.shownToClass : words.notShownToClass }
        var lines = TextWrap.wrap([Span(options.text(title), style: options.apply(Style(foreground: .cyan, bold: true)))], width: width)
        guard summary.answered > 0 else { return lines }
        let labelWidth = summary.bars.map { DisplayWidth.of($0.label) }.max() ?? 1
        let countWidth = String(summary.bars.map(\.count).max() ?? 0).count
        let most = max(1, summary.bars.map(\.count).max() ?? 1)
        // "  label ████ count ✓": the bar gets what is left of the line.
        let room = max(1, width - labelWidth - countWidth - 7)
        for bar in summary.bars {
            let label = String(repeating: " ", count: labelWidth - DisplayWidth.of(bar.label)) + bar.label
            let length = bar.count == 0 ? 0 : max(1, bar.count * room / most)
            let mark = bar.right == true ? options.glyph(" ✓", ascii: " ok") : ""
            let style = options.apply(Style(foreground: bar.right == true ? .green : .yellow))
            lines.append([
                Span("  " + label + " "),
                Span(String(repeating: options.glyph("█", ascii: "#"), count: length), style: style),
                Span(" \(bar.count)" + mark),
            ])
        }
        return lines
    }
}

extension TutorModel {
    /// The answer lines under `checkpoint` on this page, if the class's answers are to be seen here.
    func classAnswerLines(_ checkpoint: Checkpoint, width: Int) -> [StyledLine] {
        guard let summary = classAnswerSummaries[checkpoint.id] else { return [] }
        return ClassAnswersView.lines(summary, presenter: classroom?.role == .presenter, revealed: revealsAnswers,
                                      words: classroomText, width: width, options: options)
    }
}
