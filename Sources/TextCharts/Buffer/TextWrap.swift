/// Word wrapping by display width.
///
/// Latin text breaks at spaces; CJK text may break between any two characters, as Chinese
/// typesetting does; a word longer than the line is broken wherever it must be.
public enum TextWrap {
    /// Wraps plain text to lines of at most `width` columns. Explicit newlines are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrap([Span(text)], width: width).map { line in line.map(\.text).joined() }
    }

    /// Wraps styled text to lines of at most `width` columns, keeping each piece's style.
    public static func wrap(_ spans: [Span], width: Int) -> [StyledLine] {
        guard width > 0 else { return [] }
        var lines: [StyledLine] = []
        var line: StyledLine = []
        var lineWidth = 0
        var pendingSpace: Style?

        func append(_ text: String, _ style: Style, _ columns: Int) {
            if let last = line.indices.last, line[last].style == style {
                line[last].text += text
            } else {
                line.append(Span(text, style: style))
            }
            lineWidth += columns
        }
        func breakLine() {
            lines.append(line)
            line = []
            lineWidth = 0
            pendingSpace = nil
        }
        func place(_ token: String, _ style: Style) {
            let tokenWidth = DisplayWidth.of(token)
            let spaceWidth = (pendingSpace != nil && lineWidth > 0) ? 1 : 0
            if lineWidth + spaceWidth + tokenWidth > width, lineWidth > 0 {
                breakLine()
            }
            if let spaceStyle = pendingSpace, lineWidth > 0 { append(" ", spaceStyle, 1) }
            pendingSpace = nil
            var rest = token
            // A token wider than a whole line is cut into line-sized pieces.
            while DisplayWidth.of(rest) > width - lineWidth {
                let piece = DisplayWidth.prefix(of: rest, fitting: width - lineWidth)
                if piece.isEmpty {
                    if lineWidth == 0 { return }  // not even one character fits
                    breakLine()
                    continue
                }
                append(piece, style, DisplayWidth.of(piece))
                rest.removeFirst(piece.count)
                breakLine()
            }
            if !rest.isEmpty { append(rest, style, DisplayWidth.of(rest)) }
        }

        for span in spans {
            var word = ""
            func flushWord() {
                if !word.isEmpty { place(word, span.style) }
                word = ""
            }
            for character in span.text {
                if character == "\n" {
                    flushWord()
                    breakLine()
                } else if character == " " || character == "\t" {
                    flushWord()
                    if lineWidth > 0 { pendingSpace = span.style }
                } else if DisplayWidth.of(character) == 2 {
                    // Each wide character is its own token, so CJK lines break anywhere; a space
                    // before it is kept, but none is invented between two of them.
                    flushWord()
                    place(String(character), span.style)
                } else {
                    word.append(character)
                }
            }
            flushWord()
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
