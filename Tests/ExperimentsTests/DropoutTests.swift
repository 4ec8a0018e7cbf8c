import Testing
@testable import Experiments

/// Runs `experiment` to the end with `assignments` over its defaults.
private func finish(_ experiment: some Experiment, _ assignments: [String] = [], seed: UInt64 = 1) throws -> Frame {
    try experiment.run(assignments, seed: seed)
}

/// The first finding value called `name`.
private func value(_ frame: Frame, _ name: String) throws -> Double {
    try #require(frame.findingValue(name), "no finding has \(name)")
}

@Suite("Dropout experiments")
struct DropoutTests {
    @Test("dropout.keep-prob: dropout makes the training cost noisy and narrows the train–dev gap")
    func keepProbNarrowsTheGap() throws {
        let experiment = KeepProbability()
        let dropout = try finish(experiment)  // keep_prob = 0.8
        let none = try finish(experiment, ["keep-prob=1"])
        #expect(try value(none, "training_cost_roughness") < 0.001)
        #expect(try value(dropout, "training_cost_roughness") > 0.02)
        #expect(try value(none, "gap_points") > 15)
        #expect(try value(dropout, "gap_points") < value(none, "gap_points") - 8)
    }
}

extension DropoutTests {
    @Test("dropout.scaling: unscaled training sees keep_prob of the test-time input; inverted and at-test match")
    func scalingMatchesExpectedActivations() throws {
        let experiment = DropoutScaling()
        let none = try finish(experiment)  // keep_prob 0.8, scaling none
        #expect(abs(try value(none, "ratio") - 0.8) < 0.02)
        for scheme in ["inverted", "at-test"] {
            let frame = try finish(experiment, ["scaling=\(scheme)"])
            #expect(abs(try value(frame, "ratio") - 1) < 0.02, "scheme \(scheme)")
        }
        let half = try finish(experiment, ["keep-prob=0.5"])
        #expect(abs(try value(half, "ratio") - 0.5) < 0.02)
    }

    @Test("dropout.scaling is deterministic: the same seed gives the same findings")
    func scalingIsDeterministic() throws {
        let first = try finish(DropoutScaling(), ["scaling=inverted"], seed: 3)
        let second = try finish(DropoutScaling(), ["scaling=inverted"], seed: 3)
        #expect(first.findings.map(\.values) == second.findings.map(\.values))
    }
}
