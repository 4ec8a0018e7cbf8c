import Foundation
import Testing
@testable import TextCharts

/// How formulas read in ASCII mode (a POSIX locale over SSH).
@Suite struct ASCIIFormulaTests {
    /// Every form of formula the English lessons use, spelled out.
    @Test(arguments: [
        ("10⁻⁷", "10^-7"), ("10⁻¹²", "10^-12"), ("2·10⁻⁵", "2*10^-5"), ("0.2236¹⁰", "0.2236^10"), ("2ⁿ", "2^n"),
        ("W⁽ˡ⁾", "W^(l)"), ("y⁽ⁱ⁾", "y^(i)"), ("a⁽ˡ⁻¹⁾", "a^(l-1)"), ("W⁽⁴⁾a³", "W^(4)a^3"),
        ("Σᵢ L(ŷ⁽ⁱ⁾, y⁽ⁱ⁾)", "sum_i L(yhat^(i), y^(i))"), ("Σⱼ wⱼ xⱼ", "sum_j w_j x_j"), ("Σₗ", "sum_l"),
        ("Σ = U Λ Uᵀ", "Sigma = U Lambda U^T"), ("wᵀw", "w^Tw"), ("Λ^(−1/2)", "Lambda^(-1/2)"),
        ("‖w‖₂²", "||w||_2^2"), ("wᵢⱼ²", "w_ij^2"), ("‖W⁽ˡ⁾‖F²", "||W^(l)||F^2"), ("‖W[l]‖²_F", "||W[l]||^2_F"),
        ("dθapprox", "dtheta_approx"), ("‖dθapprox − dθ‖₂", "||dtheta_approx - dtheta||_2"), ("dθ[i]", "dtheta[i]"),
        ("∂J/∂θᵢ", "dJ/dtheta_i"), ("J(θ + ε·eᵢ)", "J(theta + eps*e_i)"), ("ε²/2·J″(θ)", "eps^2/2*J''(theta)"),
        ("ε³/6·J‴(θ)", "eps^3/6*J'''(theta)"), ("O(ε²)", "O(eps^2)"), ("3θ²", "3theta^2"), ("αλ/m", "alpha*lambda/m"),
        ("(λ/2m)", "(lambda/2m)"), ("μ_train", "mu_train"), ("σ′(z)", "sigma'(z)"), ("x′ⱼ", "x'_j"), ("√v̂", "sqrtvhat"),
        ("√(2/n_in)", "sqrt(2/n_in)"), ("±1", "+/-1"), ("180°", "180deg"), ("train–dev", "train-dev"), ("10×", "10x"),
        ("ŷ = σ(z)", "yhat = sigma(z)"), ("1 − keep_prob", "1 - keep_prob"), ("≈ 10⁻⁸", "~ 10^-8"), ("∞", "inf"),
    ])
    func formulaForms(_ formula: String, _ expected: String) {
        #expect(ASCIIFallback.transliterate(formula) == expected)
    }

    /// The formulas of every English lesson, extracted so that a new formula is covered as soon as
    /// it is written: each spells out to ASCII without a "?" and without the old doubled marks.
    @Test func everyLessonFormulaSpellsOut() throws {
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons/en")
        let files = try FileManager.default.contentsOfDirectory(at: lessons, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "md" }
        var formulas = Set<String>()
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) where word.contains(where: { !$0.isASCII }) {
                formulas.insert(String(word))
            }
        }
        #expect(formulas.count > 100)
        for formula in formulas {
            let spelled = ASCIIFallback.transliterate(formula)
            #expect(spelled.allSatisfy { $0.isASCII }, "\(formula) → \(spelled)")
            #expect(!spelled.contains("?") || formula.contains("?"), "\(formula) → \(spelled)")
            for bad in ["^^", "^-^", "^(^", "__", "_^_", "Sigmai", "Sigmaj", "Sigmal"] {
                #expect(!spelled.contains(bad), "\(formula) → \(spelled)")
            }
            // One caret per run of superscripts, one underscore per run of subscripts.
            #expect(spelled.filter { $0 == "^" }.count == runs(in: formula, superscript: true) + formula.filter { $0 == "^" }.count,
                    "\(formula) → \(spelled)")
        }
    }

    private func runs(in text: String, superscript: Bool) -> Int {
        let raised: Set<Character> = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁻", "⁺", "⁽", "⁾", "ᵀ", "ⁱ", "ʲ", "ˡ", "ⁿ"]
        var count = 0
        var inside = false
        for character in text {
            let isRaised = raised.contains(character)
            if isRaised, !inside { count += 1 }
            inside = isRaised
        }
        return count
    }

    @Test func findingBulletsDifferFromEverySeriesMarker() {
        for options in [RenderOptions(), RenderOptions(charset: .ascii)] {
            let bullet = ChartPalette.findingBullet(options).trimmingCharacters(in: .whitespaces)
            #expect(!ChartPalette.markers.contains { String($0) == bullet })
            #expect(!ChartPalette.markers.contains { String($0) == ASCIIFallback.transliterate(bullet) })
        }
        #expect(!ChartPalette.markers.contains { String($0) == ASCIIFallback.transliterate("•") })
    }
}
