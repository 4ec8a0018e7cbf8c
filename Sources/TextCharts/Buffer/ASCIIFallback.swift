/// Spelling of text for terminals that can show only ASCII (a POSIX locale over SSH).
///
/// Lesson and chart text uses Greek letters, superscripts and math signs; each gets a readable
/// ASCII spelling (ε → eps, θ³ → theta^3) before layout, so widths are measured on what is shown.
/// Anything without a spelling becomes "?" per display cell, keeping the layout intact.
public enum ASCIIFallback {
    public static func transliterate(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII {
                output.append(character)
            } else if let spelling = spellings[character] {
                output += spelling
            } else {
                let decomposed = character.unicodeScalars.first.map { $0.properties.name ?? "" } ?? ""
                if let base = latinBase(decomposed) {
                    output.append(base)
                } else {
                    output += String(repeating: "?", count: max(1, DisplayWidth.of(character)))
                }
            }
        }
        return output
    }

    /// "LATIN SMALL LETTER E WITH ACUTE" → "e".
    private static func latinBase(_ name: String) -> Character? {
        let words = name.split(separator: " ")
        guard words.count >= 4, words[0] == "LATIN", words[2] == "LETTER", let letter = words[3].first,
              words[3].count == 1 else { return nil }
        return words[1] == "SMALL" ? Character(letter.lowercased()) : letter
    }

    private static let spellings: [Character: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "eps", "ζ": "zeta", "η": "eta",
        "θ": "theta", "λ": "lambda", "μ": "mu", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau",
        "φ": "phi", "ω": "omega", "Δ": "Delta", "Σ": "Sigma", "∇": "grad ",
        "⁰": "^0", "¹": "^1", "²": "^2", "³": "^3", "⁴": "^4", "⁵": "^5", "⁶": "^6", "⁷": "^7",
        "⁸": "^8", "⁹": "^9", "⁻": "^-", "ᵀ": "^T",
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "ᵢ": "i", "ⱼ": "j",
        "−": "-", "–": "-", "—": "--", "…": "...", "·": "*", "×": "x", "÷": "/", "±": "+/-",
        "≈": "~", "≠": "!=", "≤": "<=", "≥": ">=", "→": "->", "←": "<-", "↑": "^", "↓": "v",
        "⇒": "=>", "∞": "inf", "√": "sqrt", "∂": "d", "‖": "||", "∑": "sum", "∈": " in ",
        "•": "*", "›": ">", "‹": "<", "«": "<<", "»": ">>", "✓": "v", "✔": "v", "✗": "x", "✘": "x", "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "█": "#", "░": "-", "▶": ">", "◀": "<", "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+",
        "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+", "°": "deg", "\u{00A0}": " ",
        "●": "o", "○": "o", "■": "#", "━": "-", "◂": "<", "▸": ">",
        "′": "'", "″": "''", "‴": "'''", "ʲ": "^j", "ˡ": "^l", "ⁱ": "^i", "ⁿ": "^n", "⁽": "^(", "⁾": ")",
        "₊": "+", "₋": "-", "ₗ": "l", "ₜ": "t", "Λ": "Lambda", "Φ": "Phi", "⊙": "*", "ŷ": "y^",
    ]
}

extension RenderOptions {
    /// `text` as this terminal can show it: unchanged in Unicode, spelled out in ASCII.
    public func text(_ text: String) -> String {
        charset == .ascii ? ASCIIFallback.transliterate(text) : text
    }
}
