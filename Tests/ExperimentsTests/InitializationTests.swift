import Foundation
import Testing
@testable import Experiments

/// The `init.*` experiments teach what their lessons say, with the run's own numbers.
@Suite struct InitializationTests {
    /// Runs `experiment` with its defaults overridden by `assignments` and returns the last frame.
    static func run(_ experiment: some Experiment, _ assignments: [String] = [], seed: UInt64 = 1) throws -> Frame {
        try experiment.run(assignments, seed: seed)
    }

    /// The value named `name` in any finding of `frame`.
    static func value(_ name: String, in frame: Frame) throws -> Double {
        try #require(frame.findingValue(name), "no finding has \(name)")
    }

    @Test func heBeatsZerosAndLargeAndZerosKeepsUnitsIdentical() throws {
        let zeros = try Self.run(InitCompare(), ["init=zeros"])
        let large = try Self.run(InitCompare(), ["init=large"])
        let he = try Self.run(InitCompare())

        let heAccuracy = try Self.value("dev_accuracy", in: he)
        #expect(heAccuracy > 0.95)
        #expect(heAccuracy > (try Self.value("dev_accuracy", in: zeros)) + 0.3)
        #expect(heAccuracy > (try Self.value("dev_accuracy", in: large)) + 0.02)
        #expect(try Self.value("train_accuracy", in: he) > (try Self.value("train_accuracy", in: large)))

        // Zeros: the hidden units are exact copies and the cost never leaves ln 2.
        #expect(try Self.value("hidden_unit_spread", in: zeros) == 0)
        #expect(abs((try Self.value("first_cost", in: zeros)) - log(2)) < 1e-9)
        #expect(abs((try Self.value("final_cost", in: zeros)) - log(2)) < 0.005)
        // Large: over-confident logits make the first cost far above ln 2.
        #expect(try Self.value("first_cost", in: large) > 10 * log(2))
    }

    @Test func smallInitShrinksByTheSameFactorAtEveryLayerWhileXavierHolds() throws {
        let small = try Self.run(InitActivations())
        // √(500 · 0.01²) ≈ 0.2236: tanh is linear for such tiny inputs, so every layer applies it.
        let smallestFactor = try Self.value("min_layer_factor", in: small)
        let largestFactor = try Self.value("max_layer_factor", in: small)
        #expect(smallestFactor > 0.2 && largestFactor < 0.25)
        #expect(largestFactor / smallestFactor < 1.1)
        #expect(try Self.value("std_layer_10", in: small) < 1e-5)

        let xavier = try Self.run(InitActivations(), ["init=xavier"])
        #expect(try Self.value("std_spread", in: xavier) < 10)
        #expect(try Self.value("std_layer_10", in: xavier) > 0.1 * (try Self.value("std_layer_1", in: xavier)))
    }

    @Test func smallInitVanishesTowardTheInputWhileXavierAndHeStayLevel() throws {
        let small = try Self.run(InitGradients())
        // The first layer, farthest from the cost, gets the smallest gradient: ×0.1 per layer for 9 layers.
        #expect(try Self.value("first_to_last_ratio", in: small) < 1e-6)
        let norms = try (1...10).map { try Self.value("delta_norm_layer_\($0)", in: small) }
        #expect(zip(norms, norms.dropFirst()).allSatisfy { $0 < $1 })

        let unit = try Self.run(InitGradients(), ["init=unit"])
        #expect(try Self.value("first_to_last_ratio", in: unit) > 10)

        for setting in [["activation=tanh", "init=xavier"], ["activation=relu", "init=he"]] {
            let level = try Self.run(InitGradients(), setting)
            let ratio = try Self.value("first_to_last_ratio", in: level)
            #expect(ratio > 0.1 && ratio < 10, "\(setting): ratio \(ratio)")
        }
    }

    @Test func orthogonalKeepsEveryLengthWhileGaussianLengthsDriftApart() throws {
        let gaussian = try Self.run(InitOrthogonal())
        #expect(try Self.value("max_to_min_ratio", in: gaussian) > 3)
        #expect(try Self.value("max_deviation", in: gaussian) > 0.3)

        let orthogonal = try Self.run(InitOrthogonal(), ["init=orthogonal"])
        #expect(try Self.value("max_deviation", in: orthogonal) < 1e-9)
        #expect(abs((try Self.value("median_norm", in: orthogonal)) - 1) < 1e-9)
    }

    @Test func sameSeedSameNumbers() throws {
        for experiment in [InitCompare(), InitOrthogonal()] as [any Experiment] {
            let first = try Self.run(experiment, seed: 7).findings.map(\.values)
            let second = try Self.run(experiment, seed: 7).findings.map(\.values)
            #expect(first == second, "\(experiment.id)")
            #expect(!first.isEmpty)
        }
    }
}
