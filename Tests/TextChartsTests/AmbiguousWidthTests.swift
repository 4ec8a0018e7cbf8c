import Testing
@testable import TextCharts

/// Terminals set up for CJK draw East Asian Ambiguous characters two columns wide.
@Suite struct AmbiguousWidthTests {
    @Test func theCharactersTheIssueNamesAreAmbiguous() {
        for character in ["ε", "θ", "λ", "─", "│", "█", "•", "…", "“", "”", "×", "·", "▒", "▀", "▄", "°", "±", "‖", "→"] as [Character] {
            #expect(AmbiguousWidth.isAmbiguous(character), "\(character)")
        }
        for character in ["a", "梯", "。", "⣿", " ", "（", "░"] as [Character] {
            #expect(!AmbiguousWidth.isAmbiguous(character), "\(character)")
        }
    }

    @Test func textKeepsChineseAndSpellsTheRest() {
        #expect(AmbiguousWidth.narrowed("取 ε = 10⁻⁷，“双边”差分") == "取 eps = 10⁻⁷，\"双边\"差分")
        #expect(AmbiguousWidth.narrowed("‖dθapprox − dθ‖₂") == "||dtheta_approx − dtheta||_2")
        let options = RenderOptions(ambiguousWide: true)
        #expect(options.text("λ 越大") == "lambda 越大")
        #expect(options.glyph("│", ascii: "|") == "|")
        #expect(options.glyph("⣿", ascii: "#") == "⣿")
        #expect(RenderOptions().text("λ") == "λ")
    }

    @Test func aScreenKeepsItsLayoutWithStandIns() {
        var buffer = ScreenBuffer(width: 12, height: 2)
        buffer.put("│█░─•梯度ab", x: 0, y: 0)
        buffer.put("θ…x", x: 0, y: 1)
        let narrowed = buffer.narrowingAmbiguous()
        #expect(narrowed.lines() == ["|#░--梯度ab", "t~x"])
        for row in narrowed.lines() {
            #expect(!AmbiguousWidth.containsAmbiguous(row))
        }
        // Nothing moved: every column is where it was.
        #expect(DisplayWidth.of(narrowed.lines()[0]) == DisplayWidth.of(buffer.lines()[0]))
    }

    @Test func theEnvironmentVariableTurnsItOn() {
        #expect(AmbiguousWidth.requested(by: ["DLTUTOR_AMBIGUOUS_WIDE": "1"]))
        #expect(AmbiguousWidth.requested(by: ["DLTUTOR_AMBIGUOUS_WIDE": "yes"]))
        #expect(!AmbiguousWidth.requested(by: ["DLTUTOR_AMBIGUOUS_WIDE": "0"]))
        #expect(!AmbiguousWidth.requested(by: [:]))
    }
}
