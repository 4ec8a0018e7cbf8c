/// Word wrapping by display width, with Chinese typesetting rules.
///
/// Text is first cut into units that are never split across lines, then lines are filled greedily:
/// - Latin text breaks at spaces; a Latin word, a number or a formula written without spaces
///   ("ReLU", "1e-7", "W^[l]x+b") is one unit, even inside Chinese text.
/// - Chinese may break between any two characters, except that closing punctuation
///   (。，、；：？！）」』》… and their half-width kin) stays with the character before it and
///   opening punctuation (（「『《“…) with the character after it, so no line starts with a
///   closing mark or ends with an opening one; paired dashes and ellipses ("——", "……") stay whole.
/// - A number keeps its unit or measure word ("30 ms", "3 层", "100 轮").
/// - Without a dictionary, words cannot be recognised, but a break inside a run of Chinese
///   characters is moved back to just after clause punctuation (，。；…) or to a Chinese–Latin
///   boundary when that point is within `slack` columns of the line's end, so lines split at a
///   phrase boundary whenever one is close (one line ending a little short rather than "相比 / 较").
/// - Words the caller names (`keepingWhole`: the course glossary's Chinese terms, such as 欠拟合
///   and 随机失活) are never split, since a dictionary of them is at hand.
/// - Spaces are kept as written between Chinese and Latin ("用 ReLU 激活") and dropped at a break;
///   none is invented between two Chinese characters.
/// A unit longer than the whole line is cut wherever it must be.
public enum TextWrap {
    /// Wraps plain text to lines of at most `width` columns. Explicit newlines are kept.
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrap([Span(text)], width: width).map { line in line.map(\.text).joined() }
    }

    /// How far back (in columns) a break inside Chinese text may move to land on punctuation or a
    /// Chinese–Latin boundary: an eighth of the line, at least one Chinese character's two, at most ten (five characters).
    public static func slack(forWidth width: Int) -> Int { min(10, max(2, width / 8)) }

    /// Wraps styled text to lines of at most `width` columns, keeping each piece's style and each
    /// of `words` (Chinese terms) whole.
    public static func wrap(_ spans: [Span], width: Int, keepingWhole words: Set<String> = []) -> [StyledLine] {
        guard width > 0 else { return [] }
        let units = Unit.split(spans, keepingWhole: words)
        var lines: [StyledLine] = []
        // The line being filled, as units, so a break can be moved back over its last ones.
        var line: [Unit] = []
        var lineWidth = 0

        func finish() {
            lines.append(render(line))
            line = []
            lineWidth = 0
        }
        func add(_ unit: Unit) {
            var unit = unit
            if line.isEmpty { unit.spaceBefore = nil }
            line.append(unit)
            lineWidth += unit.columns
        }

        for var unit in units {
            if unit.isNewline {
                finish()
                continue
            }
            let needed = (line.isEmpty ? 0 : unit.spaceColumns) + unit.width
            if lineWidth + needed > width, !line.isEmpty {
                let carried = carriedOver(line, before: unit, width: width)
                let kept = Array(line.prefix(line.count - carried.count))
                line = kept
                finish()
                for moved in carried { add(moved) }
                if lineWidth + (line.isEmpty ? 0 : unit.spaceColumns) + unit.width > width, !line.isEmpty { finish() }
            }
            if line.isEmpty { unit.spaceBefore = nil }
            // A unit wider than a whole line is cut into line-sized pieces.
            while unit.width > width - lineWidth - (line.isEmpty ? 0 : unit.spaceColumns) {
                let room = width - lineWidth - (line.isEmpty ? 0 : unit.spaceColumns)
                let (head, tail) = unit.cut(fitting: room)
                guard let head else {
                    if line.isEmpty { break }  // not even one character fits
                    finish()
                    unit.spaceBefore = nil
                    continue
                }
                add(head)
                finish()
                unit = tail
            }
            if !unit.pieces.isEmpty, unit.width <= width { add(unit) }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(render(line)) }
        return lines
    }

    /// The units at the end of a full line that go to the next one with `next`: none, unless the
    /// break falls inside Chinese text and a better break point lies within the slack.
    private static func carriedOver(_ line: [Unit], before next: Unit, width: Int) -> [Unit] {
        guard let last = line.last, last.isChinese, next.isChinese, next.spaceBefore == nil else { return [] }
        var carried = 0
        var columns = 0
        for index in line.indices.reversed() where index > 0 {
            columns += line[index].columns
            carried += 1
            if columns + next.width > slack(forWidth: width) { return [] }
            let before = line[index - 1]
            let unit = line[index]
            let goodBreak = before.endsClause || unit.spaceBefore != nil || before.isChinese != unit.isChinese
            if goodBreak { return Array(line.suffix(carried)) }
        }
        return []
    }

    private static func render(_ units: [Unit]) -> StyledLine {
        var line: StyledLine = []
        func append(_ text: String, _ style: Style) {
            if let last = line.indices.last, line[last].style == style {
                line[last].text += text
            } else {
                line.append(Span(text, style: style))
            }
        }
        for unit in units {
            if let style = unit.spaceBefore { append(" ", style) }
            for piece in unit.pieces { append(piece.text, piece.style) }
        }
        return line
    }
}

/// What is never split across lines: a Latin word, one Chinese character with the punctuation
/// that clings to it, a number with its unit.
private struct Unit {
    var pieces: [Span] = []
    /// The style of the space written before this unit, if there was one.
    var spaceBefore: Style?
    var isNewline = false
    var width = 0

    var spaceColumns: Int { spaceBefore == nil ? 0 : 1 }
    var columns: Int { spaceColumns + width }
    var text: String { pieces.map(\.text).joined() }
    var first: Character? { pieces.first?.text.first }
    var last: Character? { pieces.last?.text.last }
    /// Starts with a wide character: a break between two such units falls inside Chinese text.
    var isChinese: Bool { first.map { DisplayWidth.of($0) == 2 } ?? false }
    var endsClause: Bool { last.map(LineBreakRules.preferredBreakAfter.contains) ?? false }

    mutating func append(_ character: Character, _ style: Style) {
        if let index = pieces.indices.last, pieces[index].style == style {
            pieces[index].text.append(character)
        } else {
            pieces.append(Span(String(character), style: style))
        }
        width += DisplayWidth.of(character)
    }

    /// `other` glued on, with the space between them (if any) kept inside the unit.
    mutating func absorb(_ other: Unit) {
        if let style = other.spaceBefore {
            pieces.append(Span(" ", style: style))
            width += 1
        }
        for piece in other.pieces {
            for character in piece.text { append(character, piece.style) }
        }
    }

    /// The longest head that fits in `columns`, and the rest.
    func cut(fitting columns: Int) -> (head: Unit?, tail: Unit) {
        var head = Unit(spaceBefore: spaceBefore)
        var tail = Unit()
        var full = false
        for piece in pieces {
            for character in piece.text {
                if !full, head.width + head.spaceColumns + DisplayWidth.of(character) <= columns {
                    head.append(character, piece.style)
                } else {
                    full = true
                    tail.append(character, piece.style)
                }
            }
        }
        return (head.pieces.isEmpty ? nil : head, tail)
    }

    /// Cuts styled text into units and glues on what must not be separated.
    static func split(_ spans: [Span], keepingWhole words: Set<String> = []) -> [Unit] {
        var units: [Unit] = []
        var current = Unit()
        var pendingSpace: Style?
        func flush() {
            if !current.pieces.isEmpty { units.append(current) }
            current = Unit()
        }
        for span in spans {
            for character in span.text {
                if character == "\n" || character == "\r\n" {
                    flush()
                    units.append(Unit(isNewline: true))
                    pendingSpace = nil
                } else if character == " " || character == "\t" {
                    flush()
                    if units.last.map({ !$0.isNewline }) ?? false { pendingSpace = span.style }
                } else {
                    let wide = DisplayWidth.of(character) == 2
                    // A wide character is a unit of its own; narrow characters run together.
                    if wide || current.isChinese { flush() }
                    if current.pieces.isEmpty {
                        current.spaceBefore = pendingSpace
                        pendingSpace = nil
                    }
                    current.append(character, span.style)
                }
            }
        }
        flush()
        return glued(words.isEmpty ? units : joined(units, words: words))
    }

    /// Runs of single Chinese characters that spell one of `words` become one unit, longest first.
    private static func joined(_ units: [Unit], words: Set<String>) -> [Unit] {
        let longest = words.map(\.count).max() ?? 0
        let firsts = Set(words.compactMap(\.first))
        var result: [Unit] = []
        var index = 0
        while index < units.count {
            var matched = 1
            if let first = units[index].first, firsts.contains(first), units[index].width == 2 {
                var length = min(longest, units.count - index)
                while length >= 2 {
                    let run = units[index..<(index + length)]
                    if run.dropFirst().allSatisfy({ $0.spaceBefore == nil && $0.isChinese }),
                       words.contains(run.map(\.text).joined()) {
                        matched = length
                        break
                    }
                    length -= 1
                }
            }
            var unit = units[index]
            for next in units[(index + 1)..<(index + matched)] { unit.absorb(next) }
            result.append(unit)
            index += matched
        }
        return result
    }

    /// Keeps closing punctuation with what precedes it, opening punctuation with what follows,
    /// doubled dashes together and numbers with their units.
    private static func glued(_ units: [Unit]) -> [Unit] {
        var result: [Unit] = []
        var attachToNext = false
        for unit in units {
            guard !unit.isNewline else {
                result.append(unit)
                attachToNext = false
                continue
            }
            if let previous = result.last, !previous.isNewline, attachToNext || clings(unit, to: previous) {
                result[result.count - 1].absorb(unit)
            } else {
                result.append(unit)
            }
            attachToNext = result.last?.last.map(LineBreakRules.opening.contains) ?? false
        }
        return result
    }

    private static func clings(_ unit: Unit, to previous: Unit) -> Bool {
        guard let first = unit.first else { return false }
        if LineBreakRules.closing.contains(first) { return true }
        if LineBreakRules.doubled.contains(first), previous.last == first, unit.spaceBefore == nil { return true }
        guard unit.width <= 6, LineBreakRules.unitsAfterNumbers.contains(unit.text), previous.last?.isNumber == true
                || previous.last == "%" else { return false }
        let previousText = previous.pieces.last?.text ?? ""
        let lastWord = String(previousText.split(separator: " ").last ?? "")
        return LineBreakRules.isNumber(lastWord)
    }
}
