import Testing
@testable import Course

/// The `quote` and `fact` lines of an experiment block (Lessons/FORMAT.md): how numbers are read, what a
/// tolerance accepts, and what the linter asks of a page with an experiment.
@Suite struct QuoteLintTests {
    @Test func numbersAreReadAsLessonsWriteThem() throws {
        let cases: [(String, Double)] = [
            ("6·10⁻¹²", 6e-12), ("10⁻⁸", 1e-8), ("1e-7", 1e-7), ("2×10⁻³", 2e-3), ("98 %", 0.98), ("98%", 0.98),
            ("+12.2 pts", 0.122), ("2×", 2), ("10,000", 10000), ("−1.5", -1.5), ("θ = -2", -2), ("0.693", 0.693),
            ("约 95%。", 0.95), ("1.01³", 1.01),
        ]
        for (text, value) in cases {
            let number = try #require(NumberToken.single(in: text), "\(text)")
            #expect(abs(number.value - value) <= 1e-15 * max(1, abs(value)), "\(text) read as \(number.value)")
        }
        #expect(NumberToken.single(in: "0.693")?.halfUnit == 0.0005)
        #expect(abs(try #require(NumberToken.single(in: "6·10⁻¹²")).halfUnit - 0.5e-12) < 1e-24)
        #expect(abs(try #require(NumberToken.single(in: "98 %")).halfUnit - 0.005) < 1e-15)
    }

    @Test func digitsOfNamesAreNotNumbers() {
        #expect(NumberToken.scan("W2, b1, dW[1], ex6_gradient, 2nd, L2, x₁").isEmpty)
        #expect(NumberToken.scan("(1.030301 − 1)/0.01").map(\.value) == [1.030301, 1, 0.01])
        let counts = NumberToken.scan("a [4, 5, 3, 1] network, 10 layers, 0.5")
        #expect(counts.map(\.isSmallCount) == [true, true, true, true, false, false])
    }

    @Test func tolerancesAreTheTextsOwn() throws {
        func accepts(_ tolerance: String, _ literal: String, _ value: Double) throws -> Bool {
            try #require(QuoteTolerance.parse(tolerance)).accepts(value, quoted: #require(NumberToken.single(in: literal)))
        }
        #expect(try accepts("rounded", "0.980", 0.9804))
        #expect(try !accepts("rounded", "0.980", 0.9806))
        #expect(try accepts("± 10 %", "0.5", 0.54))
        #expect(try !accepts("± 10 %", "0.5", 0.56))
        #expect(try accepts("± 1", "95%", 0.945))
        #expect(try !accepts("+- 1", "95%", 0.935))
        #expect(try accepts("× 1.5", "6·10⁻¹²", 4.1e-12))
        #expect(try !accepts("x 1.5", "6·10⁻¹²", 3.9e-12))
        #expect(try accepts("<", "10⁻⁶", 2e-8))
        #expect(try !accepts("<", "10⁻⁶", 1e-6))
        #expect(try accepts(">=", "90%", 0.9))
        #expect(try !accepts("≤", "90%", 0.91))
        for bad in ["about", "± -1", "× 0.5", "± 10 pts", ""] {
            #expect(QuoteTolerance.parse(bad) == nil, "\(bad)")
        }
    }

    static func lesson(block: String, text: String) -> String {
        frontMatter() + "\n## Page {#page}\n\n\(text)\n\n```experiment fixture.curve\nlambda = 0.7\n\(block)\n```\n"
    }

    @Test func quoteAndFactLinesParse() throws {
        let lesson = try parse(Self.lesson(block: """
            preset lambda = 0
            quote dev_error "12 %" ± 1
            quote with lambda = 0: train_error "ε ≈ 10⁻⁸" × 2
            fact 1e-7, 0.693 98 %
            """, text: "Text."))
        let embed = try #require(lesson.pages.first?.experiment)
        #expect(embed.quotes.map(\.description) == ["dev_error \"12 %\" ± 1", "with lambda = 0: train_error \"ε ≈ 10⁻⁸\" × 2"])
        #expect(embed.quotes.map(\.number.value) == [0.12, 1e-8])
        #expect(embed.assignments(for: embed.quotes[1]) == ["lambda=0"])
        #expect(embed.assignments(for: embed.quotes[0]) == ["lambda=0.7"])
        #expect(embed.facts.map(\.number.value) == [1e-7, 0.693, 0.98])
    }

    @Test func badQuoteAndFactLinesAreExplained() {
        let cases: [(String, String)] = [
            ("quote dev_error 12 %", "no literal in double quotes"),
            ("quote \"12 %\" ± 1", "needs one value name"),
            ("quote dev_error \"12 % or 13 %\" ± 1", "exactly one number"),
            ("quote dev_error \"twelve\" ± 1", "exactly one number"),
            ("quote dev_error \"12 %\" about", "is not a quote's tolerance"),
            ("quote with lambda = 0 dev_error \"12 %\" ± 1", "has no ':'"),
            ("fact 98/1/1", "must list only numbers"),
            ("fact", "lists no number"),
        ]
        for (line, message) in cases {
            let error = parseError(Self.lesson(block: line, text: "Text."))
            #expect(error?.message.contains(message) == true, "\(line): \(error?.message ?? "parsed")")
            #expect(error?.line == 13, "\(line)")
        }
    }

    func problems(block: String, text: String) throws -> [String] {
        QuoteLinter.lint(try parse(Self.lesson(block: block, text: text))).map(\.message)
    }

    @Test func everyNumberOfThePageIsQuotedOrAFact() throws {
        let text = "The run ends at 0.87 after 1,000 steps; λ = 0.7 and `lambda = 0.25` are settings; 3 layers. Read W2."
        let unchecked = try problems(block: "", text: text)
        #expect(unchecked.count == 2)
        #expect(unchecked.first?.contains("writes 0.87 but its experiment block neither quotes it nor declares it a fact") == true)
        #expect(unchecked.last?.contains("'fact 1,000'") == true)
        #expect(try problems(block: "quote dev_error \"0.87\" rounded\nfact 1000", text: text).isEmpty)
    }

    @Test func checkpointsCountAndCodeDoesNot() throws {
        let text = "Text.\n\n```checkpoint q\n? Is 0.25 right?\n= 1\n> Yes, 0.25.\n```\n\n```\nx = 0.125\n```"
        #expect(try problems(block: "", text: text).map { $0.prefix(18) } == ["page 'page' writes"])
    }

    @Test func quotesAndFactsMustBeOnThePage() throws {
        let messages = try problems(block: "preset lambda = 0\nquote dev_error \"0.88\" rounded\nquote with lambda = 1: dev_error \"0.87\" rounded\nfact 0.5",
                                    text: "The run ends at 0.87.")
        #expect(messages.count == 3)
        #expect(messages[0].contains("the quote \"0.88\" does not appear in the text of page 'page'"))
        #expect(messages[1].contains("reads the run with lambda = 1, which is none of the block's presets"))
        #expect(messages[2].contains("the fact 0.5 is not a number of page 'page''s text"))
    }

    @Test func translationsCarryTheSameQuotesAndFacts() throws {
        let english = try parse(Self.lesson(block: "quote dev_error \"0.87\" rounded\nfact 10", text: "0.87 in 10 steps."))
        let same = try parse(Self.lesson(block: "quote dev_error \"0.87\" rounded\nfact 10", text: "10 步后为 0.87。"), language: .zh)
        let other = try parse(Self.lesson(block: "quote dev_error \"0.87\" ± 1 %\nfact 10", text: "10 步后为 0.87。"), language: .zh)
        let fewerFacts = try parse(Self.lesson(block: "quote dev_error \"0.87\" rounded", text: "10 步后为 0.87。"), language: .zh)
        #expect(CourseLinter.compare(same, with: english).isEmpty)
        #expect(CourseLinter.compare(other, with: english).map(\.message).first?.contains("the 'quote' lines of fixture.curve on page 'page'") == true)
        #expect(CourseLinter.compare(fewerFacts, with: english).map(\.message).first?.contains("the 'fact' lines of fixture.curve on page 'page'") == true)
    }
}
