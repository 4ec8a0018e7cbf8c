import Testing
@testable import TextCharts

/// Chinese typesetting in `TextWrap`: where lines may and may not break.
@Suite struct ChineseLineBreakingTests {
    static let closing = LineBreakRules.closing
    static let opening = LineBreakRules.opening

    /// No line starts with closing punctuation or ends with opening punctuation.
    static func problems(_ lines: [String]) -> [String] {
        lines.filter { line in
            (line.first.map(closing.contains) ?? false) || (line.last.map(opening.contains) ?? false)
        }
    }

    @Test func closingPunctuationNeverStartsALine() {
        // The case: "只是下降得很差 / 。梯度检验" at the width where 。 fell on the next line.
        let text = "如果学习率太大，损失不会下降；太小则只是下降得很差。梯度检验能告诉你反向传播是否正确。"
        for width in 4...60 {
            let lines = TextWrap.wrap(text, width: width)
            #expect(Self.problems(lines).isEmpty, "width \(width): \(lines)")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width): \(lines)")
            #expect(lines.joined() == text, "width \(width): nothing is lost or added")
        }
        #expect(TextWrap.wrap("只是下降得很差。梯度检验", width: 14) == ["只是下降得很", "差。梯度检验"])
    }

    @Test func openingPunctuationStaysWithWhatFollows() {
        let text = "见第二课（偏差与方差）和《深度学习》「正则化」一节。"
        for width in 4...40 {
            let lines = TextWrap.wrap(text, width: width)
            #expect(Self.problems(lines).isEmpty, "width \(width): \(lines)")
        }
        #expect(TextWrap.wrap("偏差与方差（高）", width: 12) == ["偏差与方差", "（高）"])
    }

    @Test func halfWidthPunctuationAndQuotesCling() {
        let text = "训练误差 2%，开发误差 15%（高方差）。“泛化”差, 就加正则化; 对吧?"
        // From 8 columns up: narrower, a unit like "差）。" is wider than the line and must be cut.
        for width in 8...40 {
            #expect(Self.problems(TextWrap.wrap(text, width: width)).isEmpty, "width \(width)")
        }
    }

    @Test func latinWordsNumbersAndFormulasAreNotSplit() {
        let text = "把 keep_prob 设为 0.8，用 ReLU 激活，ε 取 1e-7，检查 ‖dθapprox−dθ‖₂ 是否很小。"
        let words = ["keep_prob", "0.8，", "ReLU", "1e-7，", "‖dθapprox−dθ‖₂"]
        for width in 16...60 {
            let lines = TextWrap.wrap(text, width: width)
            for word in words {
                #expect(lines.contains { $0.contains(word) }, "width \(width): '\(word)' was split: \(lines)")
            }
        }
    }

    @Test func numbersKeepTheirUnits() {
        let text = "训练 100 轮之后，每步约 30 ms，网络有 3 层。"
        for width in 10...40 {
            let lines = TextWrap.wrap(text, width: width)
            for together in ["100 轮", "30 ms，", "3 层。"] {
                #expect(lines.contains { $0.contains(together) }, "width \(width): '\(together)' was split: \(lines)")
            }
        }
    }

    @Test func mixedTextKeepsItsSpacesAndInventsNone() {
        #expect(TextWrap.wrap("用 ReLU 激活", width: 40) == ["用 ReLU 激活"])
        #expect(TextWrap.wrap("梯度检验", width: 40) == ["梯度检验"])
        // A break at a space drops it; no line starts with a space.
        let lines = TextWrap.wrap("这一层用 ReLU 激活函数，下一层用 tanh 激活函数。", width: 14)
        #expect(lines.allSatisfy { !$0.hasPrefix(" ") && !$0.hasSuffix(" ") }, "\(lines)")
    }

    /// Without a dictionary a word like 相比 can still be split, but when clause punctuation or a
    /// Chinese–Latin boundary lies within the slack, the line breaks there instead.
    @Test func breaksMoveBackToPunctuationWithinTheSlack() {
        // 35 characters and a comma fill 72 columns; filled greedily, an 80-column line would end
        // "…，与之相比" and the next start with "较". The comma is 8 columns back, within the
        // slack of 10 at width 80, so the line breaks after it and 相比较 stays together.
        let text = String(repeating: "训练误差开发误差", count: 4) + "训练误" + "，与之相比较训练误差低。"
        let lines = TextWrap.wrap(text, width: 80)
        #expect(lines.count == 2)
        #expect(lines[0].hasSuffix("，"), "\(lines)")
        #expect(lines[1].hasPrefix("与之相比较"), "\(lines)")
        // Where the punctuation is further back than the slack, Chinese fills the line.
        let far = TextWrap.wrap("开发误差高，与之相比较训练误差低。", width: 20)
        #expect(far == ["开发误差高，与之相比", "较训练误差低。"])
        #expect(TextWrap.wrap("一二三四五六七八九十一二三四五六七八九十", width: 20) == ["一二三四五六七八九十", "一二三四五六七八九十"])
        #expect(TextWrap.slack(forWidth: 20) == 2)
        #expect(TextWrap.slack(forWidth: 80) == 10)
    }

    /// With the glossary's terms at hand, none is split, and the rest of the text still fills lines.
    @Test func namedWordsStayWhole() {
        let text = "一条直线作为决策边界太简单，会分错大量训练点，这个模型欠拟合，我们说它偏差高。"
        let words: Set<String> = ["欠拟合", "偏差"]
        // From 8 columns: "欠拟合，" must fit on a line to be kept whole.
        for width in 8...60 {
            let lines = TextWrap.wrap([Span(text)], width: width, keepingWhole: words).map { $0.map(\.text).joined() }
            #expect(lines.contains { $0.contains("欠拟合") }, "width \(width): \(lines)")
            #expect(lines.contains { $0.contains("偏差") }, "width \(width): \(lines)")
            #expect(lines.joined() == text)
            #expect(Self.problems(lines).isEmpty)
        }
        // The screen at 78 columns split 欠 / 拟合.
        let greedy = TextWrap.wrap(text, width: 56)
        #expect(greedy[0].hasSuffix("欠"), "\(greedy)")
        let kept = TextWrap.wrap([Span(text)], width: 56, keepingWhole: words).map { $0.map(\.text).joined() }
        #expect(kept[0].hasSuffix("这个模型"), "\(kept)")
    }

    @Test func stylesSurviveGluing() {
        let bold = Style(bold: true)
        let lines = TextWrap.wrap([Span("这是"), Span("泛化", style: bold), Span("。下一句")], width: 6)
        #expect(lines.first == [Span("这是"), Span("泛", style: bold)])
        #expect(lines[1] == [Span("化", style: bold), Span("。下")])
    }
}
