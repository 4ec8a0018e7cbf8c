/// Text helpers shared by the charts: cutting labels to a width and keeping ASCII mode ASCII.
enum ChartText {
    /// `text` cut to `columns` with an ellipsis ("..." in ASCII), and transliterated for ASCII mode.
    static func fit(_ text: String, to columns: Int, options: RenderOptions) -> String {
        guard columns > 0 else { return "" }
        if options.isASCII {
            return DisplayWidth.truncate(ascii(text), to: columns, ellipsis: columns > 5 ? "..." : "")
        }
        return DisplayWidth.truncate(text, to: columns)
    }

    /// An ASCII rendering of `text`: the Greek letters and symbols lessons use are spelled out,
    /// anything else outside ASCII becomes "?", so ASCII mode never writes a byte ≥ 0x80.
    static func ascii(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.unicodeScalars.append(scalar)
            } else if let spelled = spelledOut[scalar] {
                result += spelled
            } else if DisplayWidth.of(scalar) == 0 {
                continue
            } else {
                result += String(repeating: "?", count: DisplayWidth.of(scalar))
            }
        }
        return result
    }

    private static let spelledOut: [Unicode.Scalar: String] = [
        "ε": "eps", "θ": "theta", "λ": "lambda", "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta",
        "σ": "sigma", "μ": "mu", "η": "eta", "Δ": "Delta", "∞": "inf", "−": "-", "–": "-", "—": "-",
        "×": "x", "·": ".", "…": "...", "≈": "~", "≤": "<=", "≥": ">=", "²": "^2", "³": "^3",
        "→": "->", "←": "<-", "│": "|", "─": "-", "‖": "||", "√": "sqrt", "°": "deg", "±": "+/-",
        "●": "o", "○": "o", "■": "#", "█": "#", "━": "-", "’": "'", "‘": "'", "“": "\"", "”": "\"",
    ]
}
