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

    /// The residual page's paragraph (issue 15 saw its line "也试试 init = small。用 tanh 或 relu 加
    /// Xavier 权重时，" end short): at every width, a line ends short only by less than the slack or
    /// than the glossary term that opens the next line, never by more.
    @Test func mixedChineseAndLatinLinesEndShortOnlyForATermOrTheSlack() {
        let text = "两条曲线来自同一组权重，区别只在有没有跳跃连接。用 sigmoid 单元（斜率最多 1/4）时，普通网络的梯度向下传播时下降了许多个数量级；"
            + "有了跳跃连接，每一层得到的梯度大小相近。也试试 init = small。用 tanh 或 relu 加 Xavier 权重时，跳跃连接保住了梯度，"
            + "但它越靠近输入越大：每个跳跃连接都把分支的输出加到信号上，所以实际的 ResNet 还要配合批归一化，或者让每个分支从很小的权重开始。"
        let term = "跳跃连接"
        for width in 20...120 {
            let lines = TextWrap.wrap([Span(text)], width: width, keepingWhole: [term, "批归一化"]).map { $0.map(\.text).joined() }
            for (line, next) in zip(lines, lines.dropFirst()) {
                let gap = width - DisplayWidth.of(line)
                #expect(gap <= TextWrap.slack(forWidth: width) || gap < Self.firstUnitWidth(next, terms: [term, "批归一化"]),
                        "width \(width): \"\(line)\" ends \(gap) columns short of \"\(next)\"")
            }
        }
        // The text view at 80 columns wraps at 77: the line ends after the clause's "，", 6 columns
        // short, because 跳跃连接 (8 columns, a glossary term) does not fit in them.
        let lines = TextWrap.wrap([Span(text)], width: 77, keepingWhole: [term]).map { $0.map(\.text).joined() }
        let line = lines.first { $0.hasSuffix("Xavier 权重时，") }
        #expect(line.map { 77 - DisplayWidth.of($0) } == 6, "\(lines)")
    }

    /// The columns of what opens `line` and may not be split: a term, a Latin word with the space
    /// before it, or one Chinese character, each with the closing punctuation that clings to it.
    static func firstUnitWidth(_ line: String, terms: Set<String>) -> Int {
        var head = terms.first { line.hasPrefix($0) }
            ?? (line.first.map { DisplayWidth.of($0) == 2 } == true ? String(line.prefix(1)) : String(line.prefix { $0 != " " }))
        let rest = line.dropFirst(head.count)
        head += rest.prefix { LineBreakRules.closing.contains($0) }
        return DisplayWidth.of(head) + (head.first?.isASCII == true ? 1 : 0)
    }

    @Test func stylesSurviveGluing() {
        let bold = Style(bold: true)
        let lines = TextWrap.wrap([Span("这是"), Span("泛化", style: bold), Span("。下一句")], width: 6)
        #expect(lines.first == [Span("这是"), Span("泛", style: bold)])
        #expect(lines[1] == [Span("化", style: bold), Span("。下")])
    }
}
