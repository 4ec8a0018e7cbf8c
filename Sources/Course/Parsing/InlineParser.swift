/// Splits lesson text into styled runs: `**strong**`, `*emphasis*`, `` `code` ``.
///
/// The rules are a small, predictable subset of Markdown, so that formulas written in plain text
/// survive: a `*` only opens emphasis when followed by a non-space and closed by a `*` after a
/// non-space, and stars touching ASCII letters or digits on the outside are literal (so `a * b`,
/// `2*x*y` and `4*` stay text); `\*`, `` \` `` and `\\` are literal characters;
/// inside code nothing is special.
extension Inline {
    public static func parse(_ text: String) -> [Inline] {
        (try? parseChecked(text)) ?? [.plain(text)]
    }

    /// Like `parse`, but an unclosed `` ` `` is an error (it always is a typo in a lesson) whose
    /// message says what to add.
    static func parseChecked(_ text: String) throws(InlineError) -> [Inline] {
        let chars = Array(text)
        var runs: [Inline] = []
        var plain = ""
        func flush() {
            if !plain.isEmpty { runs.append(.plain(plain)); plain = "" }
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\\", i + 1 < chars.count, "*`\\".contains(chars[i + 1]) {
                plain.append(chars[i + 1])
                i += 2
                continue
            }
            if c == "`" {
                // A run of n backticks is closed by the next run of exactly n backticks.
                var n = 0
                while i + n < chars.count, chars[i + n] == "`" { n += 1 }
                var j = i + n
                var close: Int?
                while j < chars.count {
                    if chars[j] == "`" {
                        var m = 0
                        while j + m < chars.count, chars[j + m] == "`" { m += 1 }
                        if m == n { close = j; break }
                        j += m
                    } else {
                        j += 1
                    }
                }
                guard let close else { throw InlineError.unclosedCode(String(chars[i...].prefix(30))) }
                var code = String(chars[(i + n)..<close])
                if n > 1, code.hasPrefix(" "), code.hasSuffix(" "), code.count >= 2 {
                    code = String(code.dropFirst().dropLast())
                }
                flush()
                runs.append(.code(code))
                i = close + n
                continue
            }
            if c == "*" {
                let strong = i + 1 < chars.count && chars[i + 1] == "*"
                let width = strong ? 2 : 1
                if let close = closingStar(chars, from: i, width: width) {
                    flush()
                    // Runs stay flat: code inside emphasis stays code, the text around it takes the style.
                    for run in try parseChecked(String(chars[(i + width)..<close])) {
                        switch run {
                        case .plain(let text): runs.append(strong ? .strong(text) : .emphasis(text))
                        default: runs.append(run)
                        }
                    }
                    i = close + width
                    continue
                }
                // Not an opener: keep the stars as text.
                plain.append(contentsOf: String(repeating: "*", count: width))
                i += width
                continue
            }
            plain.append(c)
            i += 1
        }
        flush()
        return runs
    }

    private static func closingStar(_ chars: [Character], from start: Int, width: Int) -> Int? {
        let open = start + width
        guard open < chars.count, !chars[open].isWhitespace, chars[open] != "*" else { return nil }
        // `2*x*y` is a formula, not emphasis: a star touching ASCII letters or digits on the
        // outside does not count (Chinese text around emphasis is fine).
        if start > 0, isASCIIAlphanumeric(chars[start - 1]) { return nil }
        var j = open + 1
        while j + width <= chars.count {
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "`" {
                // Skip a code span: a star inside it does not close anything.
                var n = 0
                while j + n < chars.count, chars[j + n] == "`" { n += 1 }
                var k = j + n
                var found = false
                while k < chars.count {
                    if chars[k] == "`" {
                        var m = 0
                        while k + m < chars.count, chars[k + m] == "`" { m += 1 }
                        if m == n { found = true; k += m; break }
                        k += m
                    } else {
                        k += 1
                    }
                }
                guard found else { return nil }
                j = k
                continue
            }
            if chars[j] == "*" {
                var run = 0
                while j + run < chars.count, chars[j + run] == "*" { run += 1 }
                if run == width, !chars[j - 1].isWhitespace,
                   !(j + run < chars.count && isASCIIAlphanumeric(chars[j + run])) { return j }
                j += run
                continue
            }
            j += 1
        }
        return nil
    }

    private static func isASCIIAlphanumeric(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber)
    }
}
