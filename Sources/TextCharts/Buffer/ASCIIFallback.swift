/// Spelling of text for terminals that can show only ASCII (a POSIX locale over SSH).
///
/// Lesson and chart text uses Greek letters, superscripts and math signs; each gets a readable
/// ASCII spelling (ε → eps, θ³ → theta^3) before layout, so widths are measured on what is shown.
/// Anything without a spelling becomes "?" per display cell, keeping the layout intact.
///
/// Formulas follow these rules, so "10⁻⁷", "W⁽ˡ⁾" and "Σᵢ L(ŷ⁽ⁱ⁾, y⁽ⁱ⁾)" read as "10^-7", "W^(l)"
/// and "sum_i L(yhat^(i), y^(i))":
/// - a run of superscripts is one group after one caret (`⁻¹²` → `^-12`, `⁽ˡ⁻¹⁾` → `^(l-1)`), a
///   run of subscripts one group after one underscore (`ᵢⱼ` → `_ij`, `‖w‖₂²` → `||w||_2^2`);
/// - Σ with an index is a sum (`Σᵢ` → `sum_i`); on its own it is the matrix Σ (`Sigma`);
/// - a hat is spelled `hat` after its letter (`ŷ` → `yhat`, `v̂` → `vhat`);
/// - a Greek letter spelled as a word and followed by a Latin letter is joined to it by an
///   underscore, as in a name (`dθapprox` → `dtheta_approx`), and followed by another Greek
///   letter by `*`, as in a product (`αλ` → `alpha*lambda`); a letter before it stays joined
///   (`dθ` → `dtheta`).
public enum ASCIIFallback {
    public static func transliterate(_ text: String) -> String {
        transliterate(text, keeping: { _ in false })
    }

    /// `text` spelled out, except the characters `keep` says to leave as they are (Chinese, for
    /// terminals that draw ambiguous-width characters wide; see `AmbiguousWidth`).
    public static func transliterate(_ text: String, keeping keep: (Character) -> Bool) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        /// The group of raised ("^") or lowered ("_") characters being written, if any.
        var group: Character?
        /// The last thing written was a Greek letter spelled as a word.
        var afterGreek = false
        for (index, character) in characters.enumerated() {
            if let raised = superscripts[character], !keep(character) {
                if group != "^" { output += "^" }
                output += raised
                group = "^"
                afterGreek = false
                continue
            }
            if let lowered = subscripts[character], !keep(character) {
                if group != "_" { output += "_" }
                output += lowered
                group = "_"
                afterGreek = false
                continue
            }
            group = nil
            if afterGreek, character.isASCII, character.isLetter {
                output += "_"
            } else if afterGreek, greek[character] != nil, !keep(character) {
                output += "*"
            }
            afterGreek = false
            if character.isASCII || keep(character) {
                output.append(character)
            } else if character == "Σ" {
                let indexed = index + 1 < characters.count && subscripts[characters[index + 1]] != nil
                output += indexed ? "sum" : "Sigma"
            } else if let letter = greek[character] {
                output += letter
                afterGreek = true
            } else if let spelling = spellings[character] {
                output += spelling
            } else if let hatted = hat(character) {
                output += hatted
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

    /// "v̂" (a letter with a combining circumflex) → "vhat"; the precomposed ŷ is in `spellings`.
    private static func hat(_ character: Character) -> String? {
        let scalars = Array(character.unicodeScalars)
        guard scalars.count == 2, scalars[1].value == 0x302, scalars[0].isASCII,
              Character(scalars[0]).isLetter else { return nil }
        return String(Character(scalars[0])) + "hat"
    }

    /// "LATIN SMALL LETTER E WITH ACUTE" → "e".
    private static func latinBase(_ name: String) -> Character? {
        let words = name.split(separator: " ")
        guard words.count >= 4, words[0] == "LATIN", words[2] == "LETTER", let letter = words[3].first,
              words[3].count == 1 else { return nil }
        return words[1] == "SMALL" ? Character(letter.lowercased()) : letter
    }

    private static let greek: [Character: String] = [
        "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "eps", "ζ": "zeta", "η": "eta",
        "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "xi", "π": "pi",
        "ρ": "rho", "σ": "sigma", "τ": "tau", "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
        "Δ": "Delta", "Λ": "Lambda", "Φ": "Phi", "Ω": "Omega",
    ]

    private static let superscripts: [Character: String] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        "⁻": "-", "⁺": "+", "⁼": "=", "⁽": "(", "⁾": ")", "ᵀ": "T", "ⁱ": "i", "ʲ": "j", "ˡ": "l", "ⁿ": "n",
        "ᵏ": "k", "ᵐ": "m", "ᵗ": "t", "ˣ": "x", "ʸ": "y", "ᵃ": "a", "ᵇ": "b", "ᶜ": "c", "ᵈ": "d", "ᵉ": "e",
    ]

    private static let subscripts: [Character: String] = [
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
        "₊": "+", "₋": "-", "₌": "=", "₍": "(", "₎": ")", "ᵢ": "i", "ⱼ": "j", "ₗ": "l", "ₜ": "t", "ₙ": "n",
        "ₖ": "k", "ₘ": "m", "ₓ": "x", "ₐ": "a", "ₑ": "e", "ₒ": "o", "ₚ": "p", "ₛ": "s", "ₕ": "h", "ᵣ": "r",
    ]

    private static let spellings: [Character: String] = [
        "∇": "grad ", "ŷ": "yhat",
        "−": "-", "–": "-", "—": "--", "…": "...", "·": "*", "×": "x", "÷": "/", "±": "+/-",
        "≈": "~", "≠": "!=", "≤": "<=", "≥": ">=", "→": "->", "←": "<-", "↑": "^", "↓": "v",
        "⇒": "=>", "∞": "inf", "√": "sqrt", "∂": "d", "‖": "||", "∑": "sum", "∈": " in ",
        // A bullet is "-": "*" and "o" are series markers of every chart.
        "•": "-", "›": ">", "‹": "<", "«": "<<", "»": ">>", "✓": "v", "✔": "v", "✗": "x", "✘": "x",
        "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "█": "#", "░": "-", "▶": ">", "◀": "<", "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+",
        "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+", "°": "deg", "\u{00A0}": " ",
        "●": "o", "○": "o", "■": "#", "━": "-", "◂": "<", "▸": ">",
        "′": "'", "″": "''", "‴": "'''", "⊙": "*",
    ]
}

extension RenderOptions {
    /// `text` as this terminal can show it: unchanged in Unicode, spelled out in ASCII, and with
    /// narrow forms of ambiguous-width characters where the terminal draws those wide.
    public func text(_ text: String) -> String {
        if charset == .ascii { return ASCIIFallback.transliterate(text) }
        return ambiguousWide ? AmbiguousWidth.narrowed(text) : text
    }
}
