import Foundation
import Testing
@testable import Experiments

/// The `debug.*` experiments teach what their lessons say, with the run's own numbers.
@Suite struct DebuggingTests {
    /// Runs `experiment` with its defaults overridden by `assignments` and returns the last frame.
    static func run(_ experiment: some Experiment, _ assignments: [String] = [], seed: UInt64 = 1) throws -> Frame {
        try experiment.run(assignments, seed: seed)
    }

    /// The value named `name` in any finding of `frame`.
    static func value(_ name: String, in frame: Frame) throws -> Double {
        try #require(frame.findingValue(name), "no finding has \(name)")
    }

    @Test func aCorrectNetworkMemorizesTinyDataAndABuggedOneCannot() throws {
        for examples in [10, 1] {
            let correct = try Self.run(OverfitTiny(), ["examples=\(examples)"])
            #expect(try Self.value("final_cost", in: correct) < 0.01)
            #expect(try Self.value("train_accuracy", in: correct) == 1)
            #expect(try Self.value("memorized", in: correct) == 1)

            let bugged = try Self.run(OverfitTiny(), ["examples=\(examples)", "bug=wrong-sign"])
            #expect(try Self.value("final_cost", in: bugged) > (try Self.value("first_cost", in: bugged)))
            #expect(try Self.value("memorized", in: bugged) == 0)
        }
    }
}

extension DebuggingTests {
    @Test func theUpdateRatioIsHealthyAtTheDefaultAndMovesWithTheLearningRate() throws {
        let healthy = try Self.run(UpdateRatio())
        let typical = try Self.value("typical_ratio", in: healthy)
        #expect(try Self.value("verdict", in: healthy) == 0)
        #expect(typical > UpdateRatio.band.low && typical < UpdateRatio.band.high)

        // Under gradient descent the ratio follows α: a factor of 10 down leaves the band (seed 1),
        // a factor of 10 up multiplies the ratio by about 10.
        let high = try Self.run(UpdateRatio(), ["learning-rate=0.1"])
        let low = try Self.run(UpdateRatio(), ["learning-rate=0.001"])
        #expect(try Self.value("verdict", in: low) == -1)
        let up = try Self.value("typical_ratio", in: high) / typical
        let down = typical / (try Self.value("typical_ratio", in: low))
        #expect(up > 3 && up < 30)
        #expect(down > 3 && down < 30)
    }
}

extension DebuggingTests {
    @Test func aLearningRateTooHighIsDetectedAsDivergenceNotACrash() throws {
        let sane = try Self.run(Exploding(), ["task=regression"])
        #expect(try Self.value("behaviour", in: sane) == Exploding.Behaviour.falls.rawValue)
        #expect(try Self.value("last_finite_cost", in: sane) < (try Self.value("first_cost", in: sane)) / 2)

        // Half a decade up (seed 1): the cost goes up on a good share of the steps but does not blow up.
        let edgy = try Self.run(Exploding(), ["task=regression", "learning-rate=0.316227766017"])
        #expect(try Self.value("rising_step_share", in: edgy) > 0.05)
        #expect(try Self.value("last_finite_cost", in: edgy).isFinite)

        for rate in ["1", "10", "100"] {
            let diverged = try Self.run(Exploding(), ["task=regression", "learning-rate=\(rate)"])
            #expect(try Self.value("behaviour", in: diverged) == Exploding.Behaviour.diverges.rawValue)
            let finding = try #require(diverged.findings.first { $0.values["diverged_at_step"] != nil })
            #expect(finding.tone == .bad)
            #expect(finding.text.contains("Diverged at step"))
            // The chart keeps the non-finite cost, so it can leave a gap and say so.
            guard case let .line(chart) = try #require(diverged.figures.first) else { Issue.record("no line chart"); continue }
            #expect(chart.series[0].y.last.map { !$0.isFinite } == true)
        }
    }
}

extension DebuggingTests {
    @Test func largeWeightsSaturateTheSigmoidsAndXavierDoesNot() throws {
        let large = try Self.run(Saturation())
        let xavier = try Self.run(Saturation(), ["init=xavier"])
        #expect(try Self.value("saturated_share_start", in: large) > 0.5)
        #expect(try Self.value("saturated_share_end", in: large) > 0.5)
        #expect(try Self.value("saturated_share_start", in: xavier) < 0.05)
        #expect(try Self.value("saturated_share_end", in: xavier) < (try Self.value("saturated_share_end", in: large)) / 2)
        // With less gradient reaching the hidden weights, the saturated network learns more slowly.
        #expect(try Self.value("final_cost", in: xavier) < (try Self.value("final_cost", in: large)) / 4)
        // Saturated units pass on a fraction of the gradient: σ′(z) far below its maximum of 0.25.
        #expect(try Self.value("mean_slope_start", in: large) < 0.25 * (try Self.value("mean_slope_start", in: xavier)))
    }

    @Test func sameSeedSameNumbers() throws {
        for experiment in [OverfitTiny(), Exploding(), Saturation()] as [any Experiment] {
            let first = try Self.run(experiment, seed: 3).findings.map(\.values)
            let second = try Self.run(experiment, seed: 3).findings.map(\.values)
            #expect(first == second, "\(experiment.id)")
        }
    }
}
