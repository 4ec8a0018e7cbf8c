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
    ///
    /// Linear in the length of `text`: where a code span or an emphasis ends is looked up, not
    /// searched for again from every backtick or star (a line of unclosed `*a *a *a …` would
    /// otherwise take quadratic time).
    static func parseChecked(_ text: String) throws(InlineError) -> [Inline] {
        // Most lines have no markup at all.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "\\") }) {
            return text.isEmpty ? [] : [.plain(text)]
        }
        var scanner = InlineScanner(Array(text))
        return try scanner.parse()
    }
}

/// The state of one `parseChecked`: the characters, where each backtick run of a given length
/// starts, and what the search for a closing star found from each position (memoized).
private struct InlineScanner {
    let chars: [Character]
    /// Start positions of the maximal runs of backticks, by run length, in increasing order.
    private let backtickRuns: [Int: [Int]]
    /// For width 1 and 2: the closing star found from a scan position, `none` or `unknown`
    /// (allocated at the first star: most text has none).
    private var closers: [[Int32]] = []
    private static let unknown: Int32 = -2
    private static let none: Int32 = -1

    init(_ chars: [Character]) {
        self.chars = chars
        var runs: [Int: [Int]] = [:]
        var i = 0
        while i < chars.count {
            guard chars[i] == "`" else { i += 1; continue }
            let length = Self.runLength(chars, of: "`", from: i)
            runs[length, default: []].append(i)
            i += length
        }
        backtickRuns = runs
    }

    static func runLength(_ chars: [Character], of c: Character, from start: Int) -> Int {
        var n = 0
        while start + n < chars.count, chars[start + n] == c { n += 1 }
        return n
    }

    /// The first maximal run of exactly `length` backticks starting at or after `position`.
    /// (`position` always follows a backtick run, so every run after it is maximal.)
    func backtickRun(ofLength length: Int, from position: Int) -> Int? {
        guard let starts = backtickRuns[length] else { return nil }
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low < starts.count ? starts[low] : nil
    }

    mutating func parse() throws(InlineError) -> [Inline] {
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
                let n = Self.runLength(chars, of: "`", from: i)
                guard let close = backtickRun(ofLength: n, from: i + n) else {
                    throw InlineError.unclosedCode(String(chars[i...].prefix(30)))
                }
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
                if let close = closingStar(from: i, width: width) {
                    flush()
                    // Runs stay flat: code inside emphasis stays code, the text around it takes the style.
                    for run in try Inline.parseChecked(String(chars[(i + width)..<close])) {
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

    private mutating func closingStar(from start: Int, width: Int) -> Int? {
        let open = start + width
        guard open < chars.count, !chars[open].isWhitespace, chars[open] != "*" else { return nil }
        // `2*x*y` is a formula, not emphasis: a star touching ASCII letters or digits on the
        // outside does not count (Chinese text around emphasis is fine).
        if start > 0, Self.isASCIIAlphanumeric(chars[start - 1]) { return nil }
        return closingStar(scanningFrom: open + 1, width: width)
    }

    /// Follows the scan for a closing run of `width` stars from `position` (skipping escapes and
    /// code spans). The scan from a position always takes the same path, so every position passed
    /// is remembered with the answer: each is walked at most once per width.
    private mutating func closingStar(scanningFrom position: Int, width: Int) -> Int? {
        let memo = width - 1
        if closers.isEmpty {
            closers = [[Int32]](repeating: [Int32](repeating: Self.unknown, count: chars.count + 1), count: 2)
        }
        var visited: [Int] = []
        var j = position
        var answer = Self.none
        while true {
            guard j + width <= chars.count else { break }
            if closers[memo][j] != Self.unknown { answer = closers[memo][j]; break }
            visited.append(j)
            if chars[j] == "\\" { j += 2; continue }
            if chars[j] == "`" {
                // Skip a code span: a star inside it does not close anything.
                let n = Self.runLength(chars, of: "`", from: j)
                guard let close = backtickRun(ofLength: n, from: j + n) else { break }
                j = close + n
                continue
            }
            if chars[j] == "*" {
                let run = Self.runLength(chars, of: "*", from: j)
                if run == width, !chars[j - 1].isWhitespace,
                   !(j + run < chars.count && Self.isASCIIAlphanumeric(chars[j + run])) {
                    answer = Int32(j)
                    break
                }
                j += run
                continue
            }
            j += 1
        }
        for position in visited { closers[memo][position] = answer }
        return answer == Self.none ? nil : Int(answer)
    }

    private static func isASCIIAlphanumeric(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber)
    }
}
