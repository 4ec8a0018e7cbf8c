import Testing
@testable import Experiments

/// ←/→ on knobs: logarithmic over wide ranges, linear over narrow ones, values shown short.
@Suite struct KnobSteppingTests {
    static let size = Knob.integer("size", text: .untranslated(KnobText("size", "")), range: 100...10_000_000, step: 100, default: 10_000)
    static let lambda = Knob.number("lambda", text: .untranslated(KnobText("λ", "")), range: 0...10, step: 0.01, default: 0.7)
    static let epsilon = Knob.number("epsilon", text: .untranslated(KnobText("ε", "")), range: 1e-10...1e-2, step: 1, logarithmic: true,
                                     default: 1e-7)
    static let keepProb = Knob.number("keep-prob", text: .untranslated(KnobText("keep", "")), range: 0.5...1, step: 0.05, default: 0.8)

    func walk(_ knob: Knob, from start: KnobValue, by direction: Int, presses: Int) -> [String] {
        var value = start
        return (0..<presses).map { _ in
            value = knob.stepped(value, by: direction)
            return value.description
        }
    }

    @Test func sizesStepByRoughlyRootTenOnRoundValues() {
        #expect(Self.size.stepping == .oneThreeTen)
        let down = walk(Self.size, from: .integer(1_000_000), by: -1, presses: 9)
        #expect(down == ["300,000", "100,000", "30,000", "10,000", "3000", "1000", "300", "100", "100"])
        #expect(walk(Self.size, from: .integer(3000), by: 1, presses: 5) == ["10,000", "30,000", "100,000", "300,000", "1,000,000"])
        // Off the grid, a press goes to the next grid value in that direction.
        #expect(walk(Self.size, from: .integer(4500), by: 1, presses: 1) == ["10,000"])
        #expect(walk(Self.size, from: .integer(4500), by: -1, presses: 1) == ["3000"])
        #expect(walk(Self.size, from: .integer(5_000_000), by: 1, presses: 2) == ["10,000,000", "10,000,000"])
    }

    @Test func lambdaFromZeroWalksOneTwoFive() {
        #expect(Self.lambda.stepping == .oneTwoFive)
        #expect(walk(Self.lambda, from: .number(0), by: 1, presses: 11)
            == ["0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1", "2", "5", "10", "10"])
        #expect(walk(Self.lambda, from: .number(0.7), by: -1, presses: 3) == ["0.5", "0.2", "0.1"])
        #expect(walk(Self.lambda, from: .number(0.02), by: -1, presses: 3) == ["0.01", "0", "0"])
    }

    @Test func declaredLogarithmicKnobsKeepTheirFactor() {
        #expect(walk(Self.epsilon, from: .number(1e-7), by: 1, presses: 2) == ["1e-6", "1e-5"])
        let rootTen = Knob.number("rate", text: .untranslated(KnobText("α", "")), range: 1e-4...100, step: 0.5, logarithmic: true, default: 0.1)
        #expect(walk(rootTen, from: .number(0.1), by: 1, presses: 3) == ["0.316", "1", "3.16"])
        #expect(walk(rootTen, from: .number(0.1), by: -1, presses: 2) == ["0.0316", "0.01"])
    }

    @Test func narrowRangesStayLinear() {
        #expect(Self.keepProb.stepping == .linear(0.05))
        #expect(walk(Self.keepProb, from: .number(0.8), by: 1, presses: 5) == ["0.85", "0.9", "0.95", "1", "1"])
        let examples = Knob.integer("examples", text: .untranslated(KnobText("n", "")), range: 1...100, default: 10)
        #expect(examples.stepping == .linear(1))
    }

    @Test func valuesAreShownShort() {
        #expect(KnobValue.number(3.16227766017).description == "3.162")
        #expect(KnobValue.number(3.16).description == "3.16")
        #expect(KnobValue.number(1e-7).description == "1e-7")
        #expect(KnobValue.number(3.16e-5).description == "3.16e-5")
        #expect(KnobValue.number(0.7).description == "0.7")
        #expect(KnobValue.integer(10_000).description == "10,000")
        #expect(KnobValue.integer(1000).description == "1000")
        #expect(KnobValue.number(1.5e7 + 0.5).description == "1.5e7")
    }

    @Test func typedNumbersReadTheWayPeopleWriteThem() throws {
        #expect(try Self.size.parse("10,000") == .integer(10_000))
        #expect(try Self.size.parse("1e5") == .integer(100_000))
        #expect(try Self.epsilon.parse("1e-7") == .number(1e-7))
        #expect(throws: KnobError.self) { try Self.size.parse("150.5") }
        #expect(throws: KnobError.self) { try Self.size.parse("50") }
        #expect(Self.size.validValuesDescription == "a whole number from 100 to 10,000,000")
    }
}
