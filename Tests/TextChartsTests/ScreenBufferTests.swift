import Foundation
import Testing
@testable import TextCharts

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnEach() {
        #expect(DisplayWidth.of("gradient") == 8)
    }

    @Test func chineseTakesTwoColumnsPerCharacter() {
        #expect(DisplayWidth.of("梯度检验") == 8)
        #expect(DisplayWidth.of("dev 集") == 6)
    }

    @Test func combiningMarksTakeNone() {
        // "e" followed by COMBINING ACUTE ACCENT is one cell, as is the precomposed "é".
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("θ̂") == 1)
    }

    @Test func prefixNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.prefix(of: "梯度检验", fitting: 5) == "梯度")
        #expect(DisplayWidth.truncate("learning rate", to: 8) == "learnin…")
        #expect(DisplayWidth.pad("中", to: 4) == "中  ")
    }
}

@Suite struct ScreenBufferTests {
    @Test func putClipsAtTheRightEdge() {
        var buffer = ScreenBuffer(width: 10, height: 2)
        buffer.put("two-sided difference", x: 2, y: 0)
        buffer.put("ε", x: 0, y: 1)
        #expect(buffer.lines() == ["  two-side", "ε"])
    }

    @Test func wideCharactersTakeTwoCellsAndDoNotStraddleTheEdge() {
        var buffer = ScreenBuffer(width: 7, height: 1)
        let end = buffer.put("梯度检验", x: 0, y: 0)
        #expect(end == 6)
        #expect(buffer.lines() == ["梯度检"])
        #expect(buffer[1, 0].isContinuation)
        #expect(buffer.rowText(0) == "梯度检 ")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(width: 6, height: 1)
        buffer.put("中文", x: 0, y: 0)
        buffer.put("x", x: 1, y: 0)  // right half of 中
        #expect(buffer.rowText(0) == " x文  ")
        buffer.put("y", x: 2, y: 0)  // left half of 文
        #expect(buffer.rowText(0) == " xy   ")
    }

    @Test func clipRectangleLimitsBothEdges() {
        var buffer = ScreenBuffer(width: 12, height: 3)
        let clip = Rect(x: 3, y: 1, width: 5, height: 1)
        buffer.put("abcdefghij", x: 1, y: 1, clip: clip)
        buffer.put("outside", x: 3, y: 2, clip: clip)
        #expect(buffer.lines() == ["", "   cdefg", ""])
    }

    @Test func fillAndBlit() {
        var panel = ScreenBuffer(width: 3, height: 2)
        panel.fill(panel.area, with: "#")
        var screen = ScreenBuffer(width: 6, height: 3)
        screen.blit(panel, x: 2, y: 1)
        #expect(screen.lines() == ["", "  ###", "  ###"])
    }

    @Test func changesAreGroupedIntoRunsOfOneStyle() {
        var before = ScreenBuffer(width: 8, height: 2)
        before.put("loss 0.3", x: 0, y: 0)
        var after = before
        after.put("0.1", x: 5, y: 0)
        after.put("ok", x: 0, y: 1, style: .bold)
        let runs = after.changes(since: before)
        #expect(runs == [
            CellRun(x: 7, y: 0, text: "1", columns: 1, style: .plain),
            CellRun(x: 0, y: 1, text: "ok", columns: 2, style: .bold),
        ])
        #expect(after.changes(since: after).isEmpty)
        // Without a previous frame everything is sent.
        #expect(after.changes(since: nil).count == 3)
    }

    @Test func aChangedWideCharacterIsSentWhole() {
        var before = ScreenBuffer(width: 4, height: 1)
        before.put("中", x: 0, y: 0)
        var after = before
        after.put("文", x: 0, y: 0)
        #expect(after.changes(since: before) == [CellRun(x: 0, y: 0, text: "文", columns: 2, style: .plain)])
    }
}

@Suite struct TextWrapTests {
    @Test func wrapsAtSpacesByDisplayWidth() {
        let lines = TextWrap.wrap("Two-sided differences beat one-sided ones.", width: 16)
        #expect(lines == ["Two-sided", "differences beat", "one-sided ones."])
    }

    @Test func chineseBreaksBetweenAnyTwoCharacters() {
        let lines = TextWrap.wrap("梯度检验只用于调试，不要在训练中使用。", width: 10)
        #expect(lines == ["梯度检验只", "用于调试，", "不要在训练", "中使用。"])
        for line in lines { #expect(DisplayWidth.of(line) <= 10) }
    }

    @Test func longWordsAreBrokenAndNewlinesKept() {
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.wrap("one\ntwo", width: 10) == ["one", "two"])
    }

    @Test func stylesSurviveWrapping() {
        let code = Style(foreground: .cyan)
        let lines = TextWrap.wrap([Span("set "), Span("keep_prob", style: code), Span(" to 0.8")], width: 13)
        #expect(lines == [[Span("set "), Span("keep_prob", style: code)], [Span("to 0.8")]])
    }
}

@Suite struct ASCIIFallbackTests {
    @Test func mathIsSpelledOutAndEverythingElseBecomesQuestionMarks() {
        #expect(ASCIIFallback.transliterate("ε ≈ 1e-7, θ³, ‖dθ‖₂, J′(θ)") == "eps ~ 1e-7, theta^3, ||dtheta||_2, J'(theta)")
        #expect(ASCIIFallback.transliterate("ŷ = σ(z)") == "yhat = sigma(z)")
        #expect(ASCIIFallback.transliterate("café") == "cafe")
        // Unknown characters keep their display width so layouts do not shift.
        #expect(ASCIIFallback.transliterate("梯度 ok") == "???? ok")
    }

    @Test func everyLessonCharacterHasAnASCIISpelling() throws {
        let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Lessons/en")
        let files = try FileManager.default.contentsOfDirectory(at: lessons, includingPropertiesForKeys: nil)
        #expect(!files.isEmpty)
        for file in files where file.pathExtension == "md" {
            let text = try String(contentsOf: file, encoding: .utf8)
            let spelled = ASCIIFallback.transliterate(text)
            #expect(!spelled.contains("?") || text.contains("?") && spelled.filter { $0 == "?" }.count == text.filter { $0 == "?" }.count,
                    "\(file.lastPathComponent) has characters without an ASCII spelling")
        }
    }
}
