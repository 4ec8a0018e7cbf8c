/// Characters whose East Asian Width is Ambiguous (ε θ λ ─ │ █ • … “ ” ×): one column in most
/// terminals, two in terminals set up for CJK (a common setting with Chinese fonts), where every
/// layout that counts them as one breaks.
///
/// dltutor's answer (`--wide-ambiguous`, `DLTUTOR_AMBIGUOUS_WIDE=1`) is to draw none of them:
/// text is spelled with narrow forms before layout (ε → eps, “ → ", as in ASCII mode but keeping
/// Chinese), glyphs take their ASCII form, and a last pass over the screen replaces any ambiguous
/// character still left (a chart's shading) by a one-column ASCII stand-in, so what is measured
/// as one column is drawn as one column on every terminal.
public enum AmbiguousWidth {
    /// The environment variable that turns the setting on (`1`, `yes` or `true`).
    public static let environmentVariable = "DLTUTOR_AMBIGUOUS_WIDE"

    /// Whether the environment asks for narrow forms.
    public static func requested(by environment: [String: String]) -> Bool {
        guard let value = environment[environmentVariable]?.lowercased() else { return false }
        return ["1", "yes", "true", "on"].contains(value)
    }

    /// Whether `scalar` is East Asian Width A (Unicode 14; combining marks and private use left out).
    public static func isAmbiguous(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        guard value >= 0xA1, value < 0x10000 else { return false }
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle].lowerBound {
                high = middle - 1
            } else if value > ranges[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    public static func isAmbiguous(_ character: Character) -> Bool {
        character.unicodeScalars.contains(where: isAmbiguous)
    }

    public static func containsAmbiguous(_ text: some StringProtocol) -> Bool {
        text.contains(where: isAmbiguous)
    }

    /// `text` with every ambiguous character spelled out in ASCII (ε → eps, ‖dθ‖ → ||dtheta||) and
    /// everything else (Chinese, ASCII, braille) as it was.
    public static func narrowed(_ text: String) -> String {
        guard containsAmbiguous(text) else { return text }
        return ASCIIFallback.transliterate(text, keeping: { !isAmbiguous($0) })
    }

    /// A one-column stand-in for an ambiguous character drawn into a cell of a chart.
    public static func standIn(for character: Character) -> Character {
        if let cell = cells[character] { return cell }
        let spelled = ASCIIFallback.transliterate(String(character))
        return spelled.count == 1 ? spelled.first! : (spelled.first(where: { $0.isLetter || $0.isNumber }) ?? "?")
    }

    private static let cells: [Character: Character] = [
        "─": "-", "━": "-", "│": "|", "┃": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+",
        "┬": "+", "┴": "+", "┼": "+", "█": "#", "▓": "%", "▒": ":", "░": ".", "▀": "'", "▄": ".", "▌": "|",
        "▐": "|", "•": "-", "…": "~", "·": ".", "×": "x", "°": "o", "±": "~", "○": "o", "●": "o", "■": "#",
        "□": "#", "▲": "^", "▼": "v", "▶": ">", "◀": "<", "◆": "*", "◇": "*", "★": "*", "☆": "*",
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "—": "-", "–": "-", "‖": "|", "→": ">", "←": "<",
        "↑": "^", "↓": "v", "≈": "~", "≤": "<", "≥": ">", "≠": "#", "√": "v", "∞": "8",
    ]

    // East Asian Width A, generated from the Unicode Character Database (EastAsianWidth.txt).
    private static let ranges: [ClosedRange<UInt32>] = [
        0xA1...0xA1, 0xA4...0xA4, 0xA7...0xA8, 0xAA...0xAA, 0xAE...0xAE, 0xB0...0xB4, 0xB6...0xBA, 0xBC...0xBF,
        0xC6...0xC6, 0xD0...0xD0, 0xD7...0xD8, 0xDE...0xE1, 0xE6...0xE6, 0xE8...0xEA, 0xEC...0xED, 0xF0...0xF0,
        0xF2...0xF3, 0xF7...0xFA, 0xFC...0xFC, 0xFE...0xFE, 0x101...0x101, 0x111...0x111, 0x113...0x113,
        0x11B...0x11B, 0x126...0x127, 0x12B...0x12B, 0x131...0x133, 0x138...0x138, 0x13F...0x142, 0x144...0x144,
        0x148...0x14B, 0x14D...0x14D, 0x152...0x153, 0x166...0x167, 0x16B...0x16B, 0x1CE...0x1CE, 0x1D0...0x1D0,
        0x1D2...0x1D2, 0x1D4...0x1D4, 0x1D6...0x1D6, 0x1D8...0x1D8, 0x1DA...0x1DA, 0x1DC...0x1DC, 0x251...0x251,
        0x261...0x261, 0x2C4...0x2C4, 0x2C7...0x2C7, 0x2C9...0x2CB, 0x2CD...0x2CD, 0x2D0...0x2D0, 0x2D8...0x2DB,
        0x2DD...0x2DD, 0x2DF...0x2DF, 0x391...0x3A1, 0x3A3...0x3A9, 0x3B1...0x3C1, 0x3C3...0x3C9, 0x401...0x401,
        0x410...0x44F, 0x451...0x451, 0x2010...0x2010, 0x2013...0x2016, 0x2018...0x2019, 0x201C...0x201D,
        0x2020...0x2022, 0x2024...0x2027, 0x2030...0x2030, 0x2032...0x2033, 0x2035...0x2035, 0x203B...0x203B,
        0x203E...0x203E, 0x2074...0x2074, 0x207F...0x207F, 0x2081...0x2084, 0x20AC...0x20AC, 0x2103...0x2103,
        0x2105...0x2105, 0x2109...0x2109, 0x2113...0x2113, 0x2116...0x2116, 0x2121...0x2122, 0x2126...0x2126,
        0x212B...0x212B, 0x2153...0x2154, 0x215B...0x215E, 0x2160...0x216B, 0x2170...0x2179, 0x2189...0x2189,
        0x2190...0x2199, 0x21B8...0x21B9, 0x21D2...0x21D2, 0x21D4...0x21D4, 0x21E7...0x21E7, 0x2200...0x2200,
        0x2202...0x2203, 0x2207...0x2208, 0x220B...0x220B, 0x220F...0x220F, 0x2211...0x2211, 0x2215...0x2215,
        0x221A...0x221A, 0x221D...0x2220, 0x2223...0x2223, 0x2225...0x2225, 0x2227...0x222C, 0x222E...0x222E,
        0x2234...0x2237, 0x223C...0x223D, 0x2248...0x2248, 0x224C...0x224C, 0x2252...0x2252, 0x2260...0x2261,
        0x2264...0x2267, 0x226A...0x226B, 0x226E...0x226F, 0x2282...0x2283, 0x2286...0x2287, 0x2295...0x2295,
        0x2299...0x2299, 0x22A5...0x22A5, 0x22BF...0x22BF, 0x2312...0x2312, 0x2460...0x24E9, 0x24EB...0x254B,
        0x2550...0x2573, 0x2580...0x258F, 0x2592...0x2595, 0x25A0...0x25A1, 0x25A3...0x25A9, 0x25B2...0x25B3,
        0x25B6...0x25B7, 0x25BC...0x25BD, 0x25C0...0x25C1, 0x25C6...0x25C8, 0x25CB...0x25CB, 0x25CE...0x25D1,
        0x25E2...0x25E5, 0x25EF...0x25EF, 0x2605...0x2606, 0x2609...0x2609, 0x260E...0x260F, 0x261C...0x261C,
        0x261E...0x261E, 0x2640...0x2640, 0x2642...0x2642, 0x2660...0x2661, 0x2663...0x2665, 0x2667...0x266A,
        0x266C...0x266D, 0x266F...0x266F, 0x269E...0x269F, 0x26BF...0x26BF, 0x26C6...0x26CD, 0x26CF...0x26D3,
        0x26D5...0x26E1, 0x26E3...0x26E3, 0x26E8...0x26E9, 0x26EB...0x26F1, 0x26F4...0x26F4, 0x26F6...0x26F9,
        0x26FB...0x26FC, 0x26FE...0x26FF, 0x273D...0x273D, 0x2776...0x277F, 0x2B56...0x2B59, 0x3248...0x324F,
        0xFFFD...0xFFFD,
    ]
}

extension ScreenBuffer {
    /// This screen with every ambiguous-width character replaced by a one-column ASCII stand-in.
    public func narrowingAmbiguous() -> ScreenBuffer {
        var copy = self
        for row in 0..<height {
            for column in 0..<width {
                let cell = self[column, row]
                guard !cell.isContinuation, let character = cell.symbol.first, cell.symbol.count == 1,
                      AmbiguousWidth.isAmbiguous(character) else { continue }
                copy.set(AmbiguousWidth.standIn(for: character), x: column, y: row, style: cell.style)
            }
        }
        return copy
    }
}
