import Course
import TextCharts

/// Lays a page's text blocks out as wrapped, styled lines of a given width.
///
/// Experiment and exercise embeds are not text: they are drawn beside (or below) the text by the lesson view.
/// Checkpoints are laid out by `CheckpointView` so that their choices can react to answers.
enum PageText {
    /// `keepingWhole`: Chinese terms never split across lines (the course glossary's).
    static func lines(for blocks: [Block], width: Int, options: RenderOptions, keepingWhole words: Set<String> = []) -> [StyledLine] {
        guard width > 0 else { return [] }
        var lines: [StyledLine] = []
        func separate() {
            if let last = lines.last, !last.isEmpty { lines.append([]) }
        }
        for block in blocks {
            switch block {
            case .heading(let inlines):
                separate()
                lines += TextWrap.wrap(spans(inlines, base: .bold, options: options), width: width, keepingWhole: words)
            case .paragraph(let inlines):
                separate()
                lines += TextWrap.wrap(spans(inlines, base: .plain, options: options), width: width, keepingWhole: words)
            case .list(let items):
                separate()
                for item in items {
                    lines += hanging(options.glyph("• ", ascii: "- "), spans(item, base: .plain, options: options), width: width,
                                     keepingWhole: words)
                }
            case .orderedList(let start, let items):
                separate()
                for (offset, item) in items.enumerated() {
                    lines += hanging("\(start + offset). ", spans(item, base: .plain, options: options), width: width,
                                     keepingWhole: words)
                }
            case .code(_, let text):
                separate()
                for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    let shown = DisplayWidth.truncate(options.text("  " + line), to: width, ellipsis: options.glyph("…", ascii: "~"))
                    lines.append([Span(shown, style: options.apply(.color(.cyan)))])
                }
            case .experiment, .exercise, .checkpoint:
                continue
            }
        }
        return lines
    }

    /// Inline runs as styled spans: emphasis underlined, strong bold, code in cyan.
    static func spans(_ inlines: [Inline], base: Style, options: RenderOptions) -> [Span] {
        inlines.map { inline in
            let text = options.text(inline.text)
            switch inline {
            case .plain: return Span(text, style: base)
            case .emphasis:
                var style = base
                style.underline = true
                return Span(text, style: style)
            case .strong: return Span(text, style: base.with(bold: true))
            case .code: return Span(text, style: options.apply(base.with(foreground: .cyan)))
            }
        }
    }

    /// Wraps `spans` after a marker, indenting continuation lines under the text.
    static func hanging(_ marker: String, _ spans: [Span], width: Int, keepingWhole words: Set<String> = []) -> [StyledLine] {
        let indent = DisplayWidth.of(marker)
        let wrapped = TextWrap.wrap(spans, width: max(1, width - indent), keepingWhole: words)
        return wrapped.enumerated().map { index, line in
            [Span(index == 0 ? marker : String(repeating: " ", count: indent))] + line
        }
    }
}
