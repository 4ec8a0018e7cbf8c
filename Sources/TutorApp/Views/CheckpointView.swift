import Course
import TextCharts

/// A checkpoint question laid out as lines: the question (marked when it has the focus), numbered
/// choices, and once answered whether it was right, then the hint after a first wrong answer or the
/// explanation after a right one or a second wrong one (whose first line is reported, to scroll it
/// into view).
enum CheckpointView {
    static func lines(
        _ checkpoint: Checkpoint, text: UIText, record: CheckpointRecord?, typing: String?,
        number: (Int, of: Int)? = nil, focused: Bool = false, width: Int, options: RenderOptions
    ) -> (lines: [StyledLine], verdictLine: Int?) {
        var lines: [StyledLine] = []
        var verdictLine: Int?
        let answer = record?.answer
        let marker = focused ? options.glyph("▶ ", ascii: "> ") : ""
        let label = marker + text.checkpoint(number: number?.0, of: number?.of)
        let labelStyle = Style(foreground: .magenta, bold: true, reverse: focused)
        lines += TextWrap.wrap([Span(options.text(label), style: options.apply(labelStyle))]
            + PageText.spans(checkpoint.questionRuns, base: .bold, options: options), width: width)
        switch checkpoint.answer {
        case .choice(let choices, let correct):
            let revealsAnswer = record?.showsExplanation ?? false
            for (index, _) in choices.enumerated() {
                var style = Style.plain
                if case .choice(let given)? = answer {
                    if index == correct, revealsAnswer { style = options.apply(Style(foreground: .green, bold: true)) }
                    else if index == given { style = options.apply(Style(foreground: index == correct ? .green : .red)) }
                }
                let runs = PageText.spans(checkpoint.optionRuns[index], base: style, options: options)
                lines += PageText.hanging("  \(index + 1)) ", runs, width: width)
            }
        case .numeric:
            let prompt = text.typeNumber
            if let typing {
                lines.append([Span(options.text("  " + prompt)), Span(typing + "_", style: Style(reverse: true))])
            } else if case .number(let given)? = answer {
                lines.append([Span(options.text("  " + text.yourAnswer) + format(given), style: .bold)])
            } else {
                lines.append([Span(options.text("  " + prompt), style: .dim)])
            }
        }
        if let record, typing == nil {
            let right = checkpoint.judge(record.answer)
            let verdict = options.text(right ? text.right : text.wrong)
            verdictLine = lines.count
            let style = options.apply(Style(foreground: right ? .green : .red, bold: true))
            let after: [Span]
            if record.showsExplanation {
                after = PageText.spans(checkpoint.explanationRuns, base: .plain, options: options)
            } else if checkpoint.hint != nil {
                after = [Span(options.text(text.hint), style: .bold)] + PageText.spans(checkpoint.hintRuns, base: .plain, options: options)
                    + [Span(options.text(text.tryAgain), style: .dim)]
            } else {
                after = [Span(options.text(text.tryAgain), style: .dim)]
            }
            lines += TextWrap.wrap([Span(verdict, style: style)] + after, width: width)
        }
        return (lines, verdictLine)
    }
}

private func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
}
