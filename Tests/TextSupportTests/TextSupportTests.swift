import Testing
import TextSupport

@Suite struct TrimmingTests {
    @Test func spacesAreFoundationsWhitespacesSet() {
        #expect(" \t a b \t ".trimmingSpaces == "a b")
        #expect("\u{3000}答案\u{3000}".trimmingSpaces == "答案", "the ideographic space of Chinese text")
        #expect("\u{00A0}x\u{2003}".trimmingSpaces == "x", "no-break and em spaces are space separators")
        #expect("\nx\n".trimmingSpaces == "\nx\n", "line breaks are not spaces")
        #expect("   ".trimmingSpaces == "")
        #expect("".trimmingSpaces == "")
    }

    @Test func whitespaceIncludesLineBreaks() {
        #expect("\r\n  id \u{2028}\n".trimmingWhitespace == "id")
        #expect("a\nb".trimmingWhitespace == "a\nb", "only the ends are trimmed")
        #expect("\n\n".trimmingWhitespace == "")
        #expect(" é ".trimmingWhitespace == "é")
    }

    @Test func substringsTrimToo() {
        let line = "key = value "
        let parts = line.split(separator: "=").map(\.trimmingSpaces)
        #expect(parts == ["key", "value"])
    }
}

@Suite struct PrintfTests {
    @Test func numbersAsTheCLibraryFormatsThem() {
        #expect(String(printf: "%.3g", 0.000123456) == "0.000123")
        #expect(String(printf: "%+.1f ± %.1f", -1.69, 0.39) == "-1.7 ± 0.4")
        #expect(String(printf: "%.2e", 6.1e-12) == "6.10e-12")
        #expect(String(printf: "%d steps, %.1f%%", 40, 12.25) == "40 steps, 12.2%")
        #expect(String(printf: "U+%04X", 0x3000) == "U+3000")
    }

    @Test func longTextIsNotCut() {
        let format = String(repeating: "x", count: 300) + " %.2f"
        let text = String(printf: format, 1.5)
        #expect(text.count == 305 && text.hasSuffix(" 1.50"))
    }
}

@Suite struct PathTests {
    @Test func fileNameAndDirectoryAsNSStringHasThem() {
        #expect("/a/b/c.json".pathFileName == "c.json")
        #expect("/a/b/c.json".pathDirectory == "/a/b")
        #expect("c.json".pathFileName == "c.json")
        #expect("c.json".pathDirectory == "")
        #expect("/a/b/".pathFileName == "b")
        #expect("/a/b/".pathDirectory == "/a")
        #expect("/a".pathDirectory == "/")
        #expect("/".pathFileName == "/")
        #expect("/".pathDirectory == "/")
        #expect("/usr/bin/dltutor".pathDirectory.pathDirectory + "/libexec" == "/usr/libexec")
    }

    @Test func paddingToAWidth() {
        #expect("W1".paddedRight(to: 4) == "W1  ")
        #expect("train".paddedRight(to: 3) == "train")
    }
}

@Suite struct TypedNumberTests {
    @Test func numbersAsPeopleTypeThem() {
        #expect("1e-7".typedNumber() == 1e-7)
        #expect("−2".typedNumber() == -2)
        #expect("10,000".typedNumber() == 10_000)
        #expect("10 000".typedNumber() == 10_000)
        #expect("1_000".typedNumber() == 1_000)
        #expect(" 0.5\u{3000}".typedNumber() == 0.5)
        #expect("1,234.5".typedNumber(decimalComma: true) == 1234.5, "grouping commas win over a decimal comma")
    }

    @Test func aDecimalCommaOnlyWhenAsked() {
        #expect("0,5".typedNumber() == nil)
        #expect("0,5".typedNumber(decimalComma: true) == 0.5)
        #expect("3,0001".typedNumber(decimalComma: true) == 3.0001)
    }

    @Test func notNumbers() {
        #expect("".typedNumber() == nil)
        #expect("abc".typedNumber() == nil)
        #expect("1,2,3".typedNumber(decimalComma: true) == nil)
    }
}
