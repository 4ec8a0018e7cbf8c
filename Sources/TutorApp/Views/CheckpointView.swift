import Course
import TextCharts

/// A checkpoint question laid out as lines: the question, numbered choices, and once answered,
/// whether it was right and the explanation.
enum CheckpointView {
    static func lines(
        _ checkpoint: Checkpoint, answer: CheckpointAnswer?, language: Language, width: Int, options: RenderOptions
    ) -> [StyledLine] {
        var lines: [StyledLine] = []
        let label = language == .zh ? "检查点：" : "Checkpoint: "
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
            if answer == nil {
                lines += TextWrap.wrap(options.text(language == .zh ? "（数值题：在终端输入答案的功能即将推出）" : "(numeric answer)"), width: width).map { [Span($0, style: .dim)] }
            }
        }
        if let answer {
            let right = checkpoint.judge(answer)
            let verdict = right
                ? options.text(language == .zh ? "✓ 正确。" : "✓ Right. ")
                : options.text(language == .zh ? "✗ 不对。" : "✗ Not quite. ")
            let style = options.apply(Style(foreground: right ? .green : .red, bold: true))
            lines += TextWrap.wrap([Span(verdict, style: style)] + PageText.spans(checkpoint.explanationRuns, base: .plain, options: options), width: width)
        }
        return lines
    }
}
