import Testing
@testable import Experiments

/// The `split.*` experiments, each run to the end and checked against the principle it teaches.
@Suite struct DataSplitTests {
    private func run(_ experiment: some Experiment, seed: UInt64 = 1, _ assignments: [String] = []) throws -> Frame {
        try experiment.run(assignments, seed: seed)
    }

    private func value(_ frame: Frame, _ name: String) -> Double? {
        frame.findingValue(name)
    }

    @Test func splitRatiosGiveOnePercentOfAMillionAsTenThousandButOnePercentOfAHundredAsOne() throws {
        let ten = try run(SplitRatios())
        #expect(value(ten, "dev_98_1_1") == 100)
        #expect(value(ten, "dev_60_20_20") == 2_000)
        #expect(ten.tables.first?.rows.count == SplitRatios.schemes.count)

        let million = try run(SplitRatios(), ["size=1000000"])
        #expect(value(million, "dev_98_1_1") == 10_000)
        #expect(value(million, "extra_training_98_1_1") == 380_000)
        #expect(million.findings.contains { $0.tone == .good })

        let hundred = try run(SplitRatios(), ["size=100"])
        #expect(value(hundred, "dev_98_1_1") == 1)
        #expect(hundred.findings.contains { $0.tone == .bad })
    }

    @Test func devSetNoiseShrinksLikeOneOverRootN() throws {
        let small = try run(DevSetSize())
        let large = try run(DevSetSize(), ["dev-size=10000"])
        let smallStd = try #require(value(small, "std_points"))
        let largeStd = try #require(value(large, "std_points"))
        // √(0.9·0.1/100) = 3 points, and 100× the examples gives about a tenth of the spread.
        #expect(smallStd > 2.4 && smallStd < 3.6)
        #expect(smallStd / largeStd > 7 && smallStd / largeStd < 13)
        #expect(try #require(value(small, "pool_accuracy")) > 0.88)
        #expect(small.findings.contains { $0.tone == .bad })
        #expect(large.findings.contains { $0.tone == .good })
    }

    @Test func shiftedDevDataRaisesErrorWhileTrainingErrorStays() throws {
        let same = try run(DistributionMismatch())
        let shifted = try run(DistributionMismatch(), ["shift=1"])
        let trainSame = try #require(value(same, "train_error"))
        let trainShifted = try #require(value(shifted, "train_error"))
        let errorSame = try #require(value(same, "shifted_error"))
        let errorShifted = try #require(value(shifted, "shifted_error"))
        #expect(abs(trainShifted - trainSame) < 0.01)
        #expect(errorShifted > errorSame + 0.1)
        #expect(try #require(value(shifted, "mismatch_gap")) > 0.1)
    }

    @Test func sameSeedGivesTheSameFindings() throws {
        let first = try run(DevSetSize(), seed: 7)
        let second = try run(DevSetSize(), seed: 7)
        #expect(first.findings.map(\.values) == second.findings.map(\.values))
        let third = try run(DistributionMismatch(), seed: 7, ["shift=1.5"])
        let fourth = try run(DistributionMismatch(), seed: 7, ["shift=1.5"])
        #expect(third.findings.map(\.values) == fourth.findings.map(\.values))
    }
}
