import Localization
import Testing
@testable import Experiments

/// Every experiment's headline numbers are the numbers its findings quote, written as they write them.
@Suite struct HeadlineTests {
    /// Default settings of every experiment, and settings the lessons ask for where findings change shape
    /// (no penalty, a diverging learning rate, a scaling that converges).
    static let runs: [(id: String, settings: [String])] = ExperimentCatalog.all.map { ($0.id, []) } + [
        ("reg.l2", ["lambda=0"]), ("reg.l2", ["lambda=5"]), ("dropout.keep-prob", ["keep-prob=1"]),
        ("norm.scales", ["scaling=standardize"]), ("debug.exploding", ["task=regression", "learning-rate=3"]),
        ("gradcheck.components", ["bug=tanh-derivative"]), ("split.mismatch", ["shift=2"]),
    ]

    @Test(arguments: runs.indices)
    func headlinesAreTheNumbersTheFindingsQuote(_ index: Int) throws {
        let (id, settings) = Self.runs[index]
        let experiment = try #require(ExperimentCatalog.experiment(id: id))
        let frame = try experiment.run(settings)
        #expect(!frame.headlines.isEmpty, "\(id) \(settings) has no headline numbers")
        for headline in frame.headlines {
            let holding = frame.findings.filter { $0.values[headline.name] == headline.value }
            #expect(!holding.isEmpty, "\(id): no finding holds \(headline.name) = \(headline.value)")
            #expect(holding.contains { Self.quotes($0.text, headline.text) },
                    "\(id) \(settings): no finding holding \(headline.name) quotes it as \(headline.text): \(holding.map(\.text))")
            #expect(HeadlineLabels.table[headline.name] != nil, "\(headline.name) has no column heading")
        }
    }

    /// Every headline an experiment declares has a heading in every language.
    @Test func everyHeadlineHasHeadingsInBothLanguages() {
        for name in HeadlineLabels.table.keys {
            for language in Language.allCases {
                let label = HeadlineLabels.label(name, language)
                #expect(!label.isEmpty)
            }
        }
        #expect(HeadlineLabels.label("no_such_value", .zh) == "no_such_value")
    }

    @Test func formatsWriteTheValueAsFindingsDo() {
        #expect(HeadlineSpec("a", .fixed(1)).text(12) == "12.0")
        #expect(HeadlineSpec("a", .percent).text(0.119) == "11.9%")
        #expect(HeadlineSpec("a", .scientific(1)).text(3.0004e-9) == "3.0e-09")
        #expect(HeadlineSpec("a", .short).text(7.287954e-6) == "7.29e-06")
        #expect(HeadlineSpec("a", .integer).text(51) == "51")
        // A value no finding holds, or one that is not finite, is no headline.
        let findings = [Finding("cost NaN", values: ["cost": .nan])]
        #expect(HeadlineSpec("cost", .short).read(findings) == nil)
        #expect(HeadlineSpec("other", .short).read(findings) == nil)
    }

    /// `text` occurs in `sentence` as a whole number (not inside a longer one: "3" is not in "13.2").
    static func quotes(_ sentence: String, _ text: String) -> Bool {
        var searchStart = sentence.startIndex
        while let range = sentence.range(of: text, range: searchStart..<sentence.endIndex) {
            let before = range.lowerBound == sentence.startIndex ? nil : sentence[sentence.index(before: range.lowerBound)]
            let after = range.upperBound == sentence.endIndex ? nil : sentence[range.upperBound]
            let digitBefore = before.map { $0.isNumber || $0 == "." } ?? false
            let digitAfter = after.map { $0.isNumber } ?? false
            if !digitBefore && !digitAfter { return true }
            searchStart = sentence.index(after: range.lowerBound)
        }
        return false
    }
}
