/// A number as lesson text writes it: `0.693`, `−2`, `1,000`, `1e-7`, `10⁻⁸`, `6·10⁻¹²`, `98 %`, `+12.2 pts`, `2×`.
///
/// The quote and fact lines of an experiment block, and the check that every number of an experiment's page is
/// one of them, read numbers with this one scanner, so that "the literal the text quotes" and "the numbers of
/// the text" mean the same thing. Percentages (`%`, `pts`) are read as fractions, the unit of the findings'
/// values (`98 %` is 0.98), so a quote compares like with like.
public struct NumberToken: Sendable, Hashable {
    /// What the text wrote, e.g. `6·10⁻¹²` or `98 %`.
    public var text: String
    /// Its value; percentages as fractions.
    public var value: Double
    /// Half a unit of the last digit written, in the unit of `value` (`0.693` → 0.0005, `6·10⁻¹²` → 0.5·10⁻¹²).
    public var halfUnit: Double
    /// The value of one unit as written: 0.01 for a percentage (`98 %` is 98 units of 0.01), else 1.
    public var unit: Double
    /// A bare integer below 10 (`2`, `[4, 5, 3, 1]`), taken as a count, an index or an order rather than a
    /// measured number: the completeness check does not ask for it. Anything with a decimal point, an exponent,
    /// a unit (`%`, `×`) or two digits is a number the check asks about.
    public var isSmallCount: Bool

    /// Every number of `text`, in order. Digits that belong to a name (`W2`, `b1`, `ex6_gradient`, `W[1]`, `2nd`)
    /// are not numbers.
    public static func scan(_ text: String) -> [NumberToken] {
        let characters = Array(text)
        var tokens: [NumberToken] = []
        var index = 0
        while index < characters.count {
            if characters[index].isASCIIDigit, startsNumber(characters, at: index),
               let (token, end) = read(characters, from: index) {
                tokens.append(token)
                index = end
            } else {
                index += 1
            }
        }
        return tokens
    }

    /// The one number of a quote's literal, or nil when it has none or several.
    public static func single(in literal: String) -> NumberToken? {
        let tokens = scan(literal)
        return tokens.count == 1 ? tokens[0] : nil
    }

    /// Whether two numbers are the same figure (as values: `1e-7` is `10⁻⁷`).
    public func sameValue(as other: NumberToken) -> Bool {
        value == other.value || abs(value - other.value) <= 1e-9 * max(abs(value), abs(other.value))
    }

    // MARK: Scanning

    private static func startsNumber(_ characters: [Character], at index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = characters[index - 1]
        if previous.isASCIILetter || previous.isASCIIDigit || previous == "_" || previous == "." { return false }
        // `W[1]`, `a[2]`: an index written in brackets, right after a name.
        if previous == "[", index >= 2, characters[index - 2].isLetter { return false }
        return true
    }

    private static func read(_ characters: [Character], from start: Int) -> (NumberToken, Int)? {
        var index = start
        var digits = ""
        func peek(_ offset: Int = 0) -> Character? { index + offset < characters.count ? characters[index + offset] : nil }
        while let c = peek(), c.isASCIIDigit { digits.append(c); index += 1 }
        // Thousands groups: `1,000`, `10,000` (a comma then exactly three digits).
        while peek() == ",", (1...3).allSatisfy({ peek($0)?.isASCIIDigit == true }), peek(4)?.isASCIIDigit != true {
            digits += String(characters[(index + 1)...(index + 3)])
            index += 4
        }
        var fraction = ""
        if peek() == ".", peek(1)?.isASCIIDigit == true {
            index += 1
            while let c = peek(), c.isASCIIDigit { fraction.append(c); index += 1 }
        }
        var exponent = 0
        if let e = peek(), e == "e" || e == "E" {
            var offset = 1
            var sign = 1
            if let s = peek(1), s == "-" || s == "−" || s == "+" { sign = s == "+" ? 1 : -1; offset = 2 }
            var power = ""
            while let c = peek(offset + power.count), c.isASCIIDigit { power.append(c) }
            if !power.isEmpty {
                exponent = sign * Int(power)!
                index += offset + power.count
            }
        }
        let mantissaIsTen = digits == "10" && fraction.isEmpty && exponent == 0
        if mantissaIsTen, let (power, length) = superscriptPower(characters, from: index) {
            // `10⁻⁸`: the mantissa is 1.
            digits = "1"
            exponent = power
            index += length
        } else if exponent == 0, let times = peek(), times == "·" || times == "×",
                  peek(1) == "1", peek(2) == "0", let (power, length) = superscriptPower(characters, from: index + 3) {
            // `6·10⁻¹²`, `2×10⁻³`.
            exponent = power
            index += 3 + length
        } else {
            // A power of anything else (`1.01³`) is read as its base.
            while let c = peek(), Self.superscripts[c] != nil || c == "⁻" { index += 1 }
        }
        // A number glued to a letter is part of a name (`2nd`, `3D`), except for the units below.
        if let c = peek(), c.isASCIILetter, !matches(characters, index, "pt") { return nil }
        var scale = 1.0
        var end = index
        var spaces = index
        while spaces < characters.count, characters[spaces] == " " || characters[spaces] == "\u{00A0}" || characters[spaces] == "\u{202F}" { spaces += 1 }
        if spaces < characters.count, characters[spaces] == "%" || characters[spaces] == "％" {
            scale = 0.01
            end = spaces + 1
        } else if let length = ["pts", "pt"].first(where: { matches(characters, spaces, $0) && !(characters.indices.contains(spaces + $0.count) && characters[spaces + $0.count].isASCIILetter) })?.count {
            scale = 0.01
            end = spaces + length
        } else if index < characters.count, characters[index] == "×" {
            end = index + 1
        }
        guard let mantissa = Double(digits + (fraction.isEmpty ? "" : "." + fraction)) else { return nil }
        let power = pow10(exponent)
        var value = mantissa * power * scale
        var first = start
        if start > 0, ["−", "-", "+"].contains(characters[start - 1]),
           start < 2 || !(characters[start - 2].isASCIILetter || characters[start - 2].isASCIIDigit || characters[start - 2] == ")") {
            first = start - 1
            if characters[start - 1] != "+" { value = -value }
        }
        let halfUnit = 0.5 * pow10(-fraction.count) * power * scale
        let token = NumberToken(text: String(characters[first..<end]), value: value, halfUnit: halfUnit, unit: scale,
                                isSmallCount: fraction.isEmpty && exponent == 0 && scale == 1 && end == index
                                    && digits.count == 1)
        return (token, end)
    }

    /// `⁻¹²` at `index`: the power and how many characters it takes.
    private static func superscriptPower(_ characters: [Character], from index: Int) -> (Int, Int)? {
        var position = index
        var sign = 1
        if position < characters.count, characters[position] == "⁻" { sign = -1; position += 1 }
        var power = 0
        var count = 0
        while position < characters.count, let digit = superscripts[characters[position]] {
            power = power * 10 + digit
            position += 1
            count += 1
        }
        return count == 0 ? nil : (sign * power, position - index)
    }

    private static func matches(_ characters: [Character], _ index: Int, _ word: String) -> Bool {
        let word = Array(word)
        guard index + word.count <= characters.count else { return false }
        return Array(characters[index..<(index + word.count)]) == word
    }

    private static func pow10(_ exponent: Int) -> Double {
        // Exact for the powers lessons write (a literal 1e-12, not 0.1 multiplied twelve times).
        Double("1e\(exponent)")!
    }

    private static let superscripts: [Character: Int] = [
        "⁰": 0, "¹": 1, "²": 2, "³": 3, "⁴": 4, "⁵": 5, "⁶": 6, "⁷": 7, "⁸": 8, "⁹": 9,
    ]
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
    var isASCIILetter: Bool { isASCII && isLetter }
}
