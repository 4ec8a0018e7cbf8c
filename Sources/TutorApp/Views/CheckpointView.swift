import Course
import TextCharts

/// A checkpoint question laid out as lines: the question, numbered choices, and once answered,
/// whether it was right and the explanation (whose first line is reported, to scroll it into view).
enum CheckpointView {
    static func lines(
        _ checkpoint: Checkpoint, text: UIText, answer: CheckpointAnswer?, typing: String?, width: Int,
        options: RenderOptions
    ) -> (lines: [StyledLine], verdictLine: Int?) {
        var lines: [StyledLine] = []
        var verdictLine: Int?
        let label = text.checkpoint
        lines += TextWrap.wrap([Span(options.text(label), style: options.apply(Style(foreground: .magenta, bold: true)))]
            + PageText.spans(checkpoint.questionRuns, base: .bold, options: options), width: width)
        switch checkpoint.answer {
        case .choice(let choices, let correct):
            for (index, _) in choices.enumerated() {
                var style = Style.plain
                if case .choice(let given)? = answer {
                    if index == correct { style = options.apply(Style(foreground: .green, bold: true)) }
                    else if index == given { style = options.apply(Style(foreground: .red)) }
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
        if let answer, typing == nil {
            let right = checkpoint.judge(answer)
            let verdict = options.text(right ? text.right : text.wrong)
            verdictLine = lines.count
            let style = options.apply(Style(foreground: right ? .green : .red, bold: true))
            lines += TextWrap.wrap([Span(verdict, style: style)] + PageText.spans(checkpoint.explanationRuns, base: .plain, options: options), width: width)
        }
        return (lines, verdictLine)
    }
}

private func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
}
