import Testing
@testable import Course

@Suite struct InlineTests {
    @Test func styles() {
        #expect(Inline.parse("a *b* **c** `d` e") == [
            .plain("a "), .emphasis("b"), .plain(" "), .strong("c"), .plain(" "), .code("d"), .plain(" e"),
        ])
    }

    @Test func starsInFormulasStayLiteral() {
        #expect(Inline.parse("a * b * c") == [.plain("a * b * c")])
        #expect(Inline.parse("2*3 and 4*") == [.plain("2*3 and 4*")])
        #expect(Inline.parse("*unclosed") == [.plain("*unclosed")])
        #expect(Inline.parse("w = 2*x*y") == [.plain("w = 2*x*y")])
    }

    @Test func escapesAndCodeContents() {
        #expect(Inline.parse(#"\*not emphasis\* and \` tick"#) == [.plain("*not emphasis* and ` tick")])
        #expect(Inline.parse("`a*b*c`") == [.code("a*b*c")])
        #expect(Inline.parse("``has ` inside``") == [.code("has ` inside")])
    }

    @Test func codeInsideEmphasisStaysCode() {
        #expect(Inline.parse("*set `theta` now*") == [.emphasis("set "), .code("theta"), .emphasis(" now")])
        #expect(Inline.parse("**a `*` b**") == [.strong("a "), .code("*"), .strong(" b")])
    }

    @Test func chineseEmphasis() {
        #expect(Inline.parse("这是**重点**和*强调*。") == [
            .plain("这是"), .strong("重点"), .plain("和"), .emphasis("强调"), .plain("。"),
        ])
    }

    @Test func plainTextDropsMarkup() {
        #expect(Inline.parse("set `theta` to **2**").plainText == "set theta to 2")
    }
}
