import Testing
@testable import Course

@Suite struct CheckpointTests {
    let choice = Checkpoint(id: "c", question: "Q", answer: .choice(options: ["10", "100", "1000"], correct: 1), explanation: "E", line: 1)
    let numeric = Checkpoint(id: "n", question: "Q", answer: .numeric(answer: 10000, tolerance: 0.5), explanation: "E", line: 1)

    @Test func judgesChoices() {
        #expect(choice.judge(.choice(1)))
        #expect(!choice.judge(.choice(0)))
        #expect(!choice.judge(.number(1)))
        #expect(choice.parseAnswer("2") == .choice(1))
        #expect(choice.parseAnswer(" 3 ") == .choice(2))
        #expect(choice.parseAnswer("4") == nil)
        #expect(choice.parseAnswer("0") == nil)
        #expect(choice.parseAnswer("b") == nil)
    }

    @Test func judgesNumbersWithinTolerance() {
        #expect(numeric.judge(.number(10000)))
        #expect(numeric.judge(.number(10000.5)))
        #expect(!numeric.judge(.number(10000.6)))
        #expect(!numeric.judge(.number(.nan)))
        #expect(!numeric.judge(.choice(0)))
        #expect(numeric.parseAnswer("10,000") == .number(10000))
        #expect(numeric.parseAnswer("1e4") == .number(10000))
        #expect(numeric.parseAnswer("−2") == .number(-2))
        #expect(numeric.parseAnswer("0,5") == .number(0.5))
        #expect(numeric.parseAnswer("lots") == nil)
        let small = Checkpoint(id: "s", question: "Q", answer: .numeric(answer: 0.3, tolerance: 0), explanation: "E", line: 1)
        #expect(small.judge(.number(0.1 + 0.2)))
    }

    @Test func runsForTheTutor() {
        let styled = Checkpoint(id: "c", question: "Set `theta` to *2*?", answer: .choice(options: ["**yes**", "no"], correct: 0),
                                explanation: "Because `theta`.", line: 1)
        #expect(styled.questionRuns == [.plain("Set "), .code("theta"), .plain(" to "), .emphasis("2"), .plain("?")])
        #expect(styled.optionRuns == [[.strong("yes")], [.plain("no")]])
        #expect(styled.explanationRuns == [.plain("Because "), .code("theta"), .plain(".")])
    }
}
