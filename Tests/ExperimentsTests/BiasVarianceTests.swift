import Testing
@testable import Experiments

/// The `biasvar.*` experiments, each run to the end and checked against the principle it teaches.
@Suite struct BiasVarianceTests {
    private func run(_ experiment: some Experiment, seed: UInt64 = 1, _ assignments: [String] = []) throws -> Frame {
        try experiment.run(assignments, seed: seed)
    }

    private func value(_ frame: Frame, _ name: String) -> Double? {
        frame.findingValue(name)
    }

    @Test func capacitySweepGoesFromHighBiasToHighVariance() throws {
        // Default noise 0.05: training error falls steadily, dev error falls and then rises again.
        let noisy = try run(CapacitySweep())
        #expect(try #require(value(noisy, "train_error_at_max_capacity")) + 0.1 < #require(value(noisy, "train_error_at_min_capacity")))
        let best = try #require(value(noisy, "best_dev_error"))
        #expect(try #require(value(noisy, "dev_error_at_min_capacity")) > best + 0.03)
        #expect(try #require(value(noisy, "dev_error_at_max_capacity")) > best + 0.03)
        let bestDegree = try #require(value(noisy, "best_dev_degree"))
        #expect(bestDegree > 1 && bestDegree < 10)

        // noise 0 (optimal error 0%): the sweep holds points labelled high bias and points labelled
        // high variance, the biased ones at lower capacity.
        let clean = try run(CapacitySweep(), ["noise=0"])
        let lastBiased = try #require(value(clean, "last_high_bias_degree"))
        let firstVaried = try #require(value(clean, "first_high_variance_degree"))
        #expect(try #require(value(clean, "high_bias_count")) + #require(value(clean, "both_count")) >= 1)
        #expect(try #require(value(clean, "high_variance_count")) >= 1)
        #expect(lastBiased > 0 && firstVaried > lastBiased)

        // noise 0.15: the same kind of errors are judged against a 15% floor, so fewer models are
        // labelled high bias than with a 0% floor.
        let floor = try run(CapacitySweep(), ["noise=0.15"])
        let biasedAtFloor = try #require(value(floor, "high_bias_count")) + #require(value(floor, "both_count"))
        let biasedClean = try #require(value(clean, "high_bias_count")) + #require(value(clean, "both_count"))
        #expect(biasedAtFloor < biasedClean)
    }

    @Test func moreDataClosesTheLargeModelsGapButNotTheSmallModelsBias() throws {
        let frame = try run(LearningCurves())
        let smallGap = try #require(value(frame, "small_gap_at_max"))
        let smallDev = try #require(value(frame, "small_dev_error_at_max"))
        let largeGapFirst = try #require(value(frame, "large_gap_at_min"))
        let largeGapLast = try #require(value(frame, "large_gap_at_max"))
        let largeDev = try #require(value(frame, "large_dev_error_at_max"))
        // Small model: train and dev meet, far above the 5% noise floor.
        #expect(abs(smallGap) < 0.03)
        #expect(smallDev > 0.05 + 0.07)
        // Large model: the gap closes as data grows, and it ends well below the small model.
        #expect(largeGapFirst > 0.1)
        #expect(largeGapLast < largeGapFirst / 3)
        #expect(largeDev + 0.05 < smallDev)
    }

    @Test func sameSeedGivesTheSameFindings() throws {
        let first = try run(CapacitySweep(), seed: 11, ["noise=0.1"])
        let second = try run(CapacitySweep(), seed: 11, ["noise=0.1"])
        #expect(first.findings.map(\.values) == second.findings.map(\.values))
        #expect(first.tables == second.tables)
    }
}
