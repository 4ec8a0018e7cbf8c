import Foundation
import Testing
@testable import Experiments

/// `JSONValue`, the writer behind `dltutor run --json` and `dltutor list --json`.
@Suite struct JSONValueTests {
    @Test func nonFiniteNumbersAreNull() {
        #expect(JSONValue.numbers([.nan, .infinity, -.infinity, 1]).serialized() == "[null, null, null, 1]")
        #expect(JSONValue.object([("cost", .number(.nan))]).serialized() == #"{"cost":null}"#)
    }

    @Test func numbersAreWrittenExactly() {
        #expect(JSONValue.number(3).serialized() == "3")
        #expect(JSONValue.number(-0.25).serialized() == "-0.25")
        #expect(JSONValue.number(1e-12).serialized() == "1e-12")
        #expect(JSONValue.number(0.1).serialized() == "0.1")
        // Whole numbers past 1e15 keep the shortest form that reads back as the same Double.
        #expect(JSONValue.number(1e300).serialized() == "1e+300")
    }

    @Test func integersAboveTwoToTheFiftyThreeAreExact() throws {
        // 2⁵³ + 1 is the first integer a Double cannot hold; the largest seed is 2⁶⁴ − 1.
        #expect(JSONValue.integer(9_007_199_254_740_993).serialized() == "9007199254740993")
        #expect(JSONValue.integer(Int128(UInt64.max)).serialized() == "18446744073709551615")
        #expect(JSONValue.integer(-42).serialized() == "-42")
        #expect(JSONValue.number(Double(UInt64.max)).serialized() != "18446744073709551615")
    }

    @Test func theSeedOfARunIsAnExactInteger() throws {
        let experiment = try ExperimentCatalog.require(id: "gradcheck.epsilon")
        let frame = Frame(progress: 1)
        let text = frame.json(experiment: experiment, settings: experiment.defaultSettings, seed: UInt64.max).serialized()
        #expect(text.contains(#""seed":18446744073709551615,"#), "\(text.prefix(200))")
    }

    @Test func stringsAreEscaped() throws {
        let text = "say \"hi\" \\ back\n\r\t\u{0}\u{1}\u{1F}\u{7F} ε 中文 🙂"
        let written = JSONValue.string(text).serialized()
        #expect(written == #""say \"hi\" \\ back\n\r\t\u0000\u0001\u001f"# + "\u{7F} ε 中文 🙂\"")
        // And it reads back as the same string.
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(written)]".utf8)) as? [String]
        #expect(decoded == [text])
    }

    @Test func keysAreEscapedAndKeepTheirOrder() {
        let value = JSONValue.object([("b\"", .bool(true)), ("a", .null), ("c", .array([]))])
        #expect(value.serialized() == #"{"b\"":true,"a":null,"c":[]}"#)
        #expect(value.serialized(indent: 2) == "{\n  \"b\\\"\": true,\n  \"a\": null,\n  \"c\": []\n}")
    }

    @Test func arraysOfNumbersStayOnOneLine() {
        let value = JSONValue.object([("x", .numbers([1, 2])), ("rows", .array([.string("a")]))])
        #expect(value.serialized(indent: 2) == "{\n  \"x\": [1, 2],\n  \"rows\": [\n    \"a\"\n  ]\n}")
    }
}
