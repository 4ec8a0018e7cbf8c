import Testing
@testable import Experiments

/// Runs `experiment` to the end with `assignments` over its defaults.
private func finish(_ experiment: some Experiment, _ assignments: [String] = [], seed: UInt64 = 1) throws -> Frame {
    let settings = try KnobSettings(experiment: experiment, assignments: assignments)
    return experiment.start(settings: settings, seed: seed).runToCompletion()
}

/// The first finding value called `name`.
private func value(_ frame: Frame, _ name: String) throws -> Double {
    try #require(frame.findings.lazy.compactMap { $0.values[name] }.first, "no finding has \(name)")
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
