import DLCore
import Testing
@testable import ExerciseCheck

/// The protocol is not tied to NumPy or the bridge: any program that speaks it can be checked.
@Suite struct SecondLanguageTests {
    @Test func plainPythonWithoutBatchingAndWithAScalar() throws {
        let report = try ExerciseFixture.check(["python3", ExerciseFixture.programs.appendingPathComponent("plain_python.py").path])
        #expect(report.passed)
        #expect(!report.batched)
        #expect(report.parameters.map(\.name) == ["w", "b"])
        #expect(report.parameters[1].shape == [])
        #expect(report.comparison.overall < 1e-7)
    }

    @Test func shellScriptWithAFixedAnswer() throws {
        let report = try ExerciseFixture.check([ExerciseFixture.programs.appendingPathComponent("fixed_answer.sh").path])
        #expect(report.passed)
        #expect(report.analytic.map(\.name) == ["W1", "b1"])
        #expect(report.comparison.overall == 0)
    }

    @Test func kinkIsSetAside() throws {
        let report = try ExerciseFixture.check(["python3", ExerciseFixture.programs.appendingPathComponent("kink.py").path])
        #expect(report.kinks.map(\.name) == ["w[0]"])
        #expect(report.kinks.first?.reason == .kink)
        // w[0] = 1e-9 is inside the left step: that side's slope is (1e-9 − |1e-9 − ε|)/ε = −0.98, the right one 1.
        #expect(report.kinks.first.map { abs($0.leftSlope + 0.98) < 1e-6 && abs($0.rightSlope - 1) < 1e-6 } == true)
        #expect(report.passed)
    }
}

/// The batched check at scale: a 5,051-parameter network through the bridge (timings are measured by
/// hand, not asserted; see the README's exercises section).
@Suite struct LargeNetworkTests {
    @Test func fiveThousandParametersCheckInBatches() throws {
        let report = try ExerciseFixture.check(["python3", ExerciseFixture.programs.appendingPathComponent("large_network.py").path],
                                               timeout: 120)
        #expect(report.passed)
        #expect(report.batched)
        #expect(report.parameters.reduce(0) { $0 + $1.count } == 5051)
        #expect(report.costEvaluations >= 2 * 5051)
    }
}
