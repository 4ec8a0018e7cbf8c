import DLCore
import Foundation
import Testing
@testable import Experiments

/// The experiments of the sources' topics (skip connections, reading the outputs, …) say only what
/// their numbers support: every claim of every finding holds at 20 seeds over their knob grids, and
/// each shows what its page teaches at every one of them.
@Suite struct SourcesTopicsExperimentTests {
    static let seeds: [UInt64] = Array(1...20)

    /// Every run of `experiment` over `grid` × the seeds, with its settings, after checking that each
    /// finding's claims hold for the values it carries.
    static func runs(_ experiment: some Experiment, _ grid: [[String]]) throws -> [(settings: [String], seed: UInt64, frame: Frame)] {
        var result: [([String], UInt64, Frame)] = []
        for settings in grid {
            for seed in seeds {
                let frame = try experiment.run(settings, seed: seed)
                #expect(!frame.findings.isEmpty, "\(experiment.id) \(settings) seed \(seed) has no findings")
                for finding in frame.findings {
                    for claim in finding.claims {
                        #expect(claim.holds(in: finding.values) == true,
                                "\(experiment.id) \(settings) seed \(seed): \(claim.formula) fails for \(finding.values) in “\(finding.text)”")
                    }
                }
                result.append((settings, seed, frame))
            }
        }
        return result
    }

    static func value(_ name: String, _ frame: Frame) throws -> Double {
        try #require(frame.findingValue(name), "no finding has \(name)")
    }

    @Test func skipsCarryTheGradientDownAtEverySeedAndSetting() throws {
        let grid = ["sigmoid", "tanh", "relu"].flatMap { activation in
            ["small", "xavier"].flatMap { scheme in
                [10, 20, 50].map { ["activation=\(activation)", "init=\(scheme)", "depth=\($0)"] }
            }
        }
        for (settings, seed, frame) in try Self.runs(InitResidual(), grid) {
            // The first layer always gets more gradient with the skips than without.
            #expect(try Self.value("residual_first", frame) > 5 * Self.value("plain_first", frame), "\(settings) seed \(seed)")
            if settings.contains("init=small") || settings.contains("activation=sigmoid") {
                #expect(try Self.value("plain_ratio", frame) < 1e-3, "\(settings) seed \(seed)")
            }
            if settings.contains("init=small") || settings == ["activation=sigmoid", "init=xavier", "depth=20"] {
                // What the page shows: where the plain stack loses its gradient, the skips keep it level.
                let residual = try Self.value("residual_ratio", frame)
                #expect(InitResidual.levelBand.contains(residual), "\(settings) seed \(seed): ×\(residual)")
            }
        }
    }

    @Test func aNinetyFivePercentMetricHidesAShuffledPipelineAndMislabelledDevData() throws {
        let grid = ReadOutputs.Pipeline.allCases.map { ["pipeline=\($0.rawValue)"] }
        for (settings, seed, frame) in try Self.runs(ReadOutputs(), grid) {
            let accuracy = try Self.value("dev_accuracy", frame)
            let label = "\(settings) seed \(seed)"
            switch settings[0] {
            case "pipeline=shuffled-labels":
                // About 95 %, exactly what answering 0 scores: the network never says 1.
                #expect(accuracy > 0.92 && accuracy < 0.98, "\(label): \(accuracy)")
                #expect(accuracy == (try Self.value("all_zero_accuracy", frame)), "\(label)")
                #expect(try Self.value("predicted_ones", frame) == 0, "\(label)")
                #expect(frame.tables.first?.rows.contains { $0[3] == "1" } == true, "\(label): the table shows a 1 it misses")
            case "pipeline=mislabelled-dev":
                #expect(accuracy > 0.91 && accuracy < 0.98, "\(label): \(accuracy)")
                #expect(try Self.value("confident_errors", frame) > Self.value("half_of_errors", frame), "\(label)")
            default:
                #expect(accuracy > 0.98, "\(label): \(accuracy)")
                #expect(try Self.value("positives_found", frame) > 0, "\(label)")
            }
        }
    }

    @Test func dropoutSpreadsMoreAwayFromTheDataAtEverySeedAndSetting() throws {
        let grid = [0.5, 0.8, 0.95].flatMap { keep in [10, 50].map { ["keep-prob=\(keep)", "passes=\($0)"] } }
        var fewPassesWider = 0, fewPassesRuns = 0
        for (settings, seed, frame) in try Self.runs(MonteCarloSpread(), grid) {
            let ratio = try Self.value("far_to_inside_ratio", frame)
            if settings[1] == "passes=10" {
                // Ten thinned networks are a small sample: their spread is a noisy estimate (the page
                // says so), and the finding says "not wider" when it is not, a claim checked above.
                fewPassesRuns += 1
                if ratio > 1.2 { fewPassesWider += 1 }
            } else {
                #expect(ratio > 1.2, "\(settings) seed \(seed)")
            }
        }
        #expect(fewPassesWider * 4 >= fewPassesRuns * 3, "10 passes: wider at \(fewPassesWider) of \(fewPassesRuns) runs")
    }

    /// The ±2σ band is smooth: one thinned network per pass over the whole grid, so the spread moves
    /// little between grid points 0.05 apart (with a mask per grid point, 50 passes estimate each
    /// point's σ to about 10 % independently, and neighbours differ by 30–50 % somewhere on the grid).
    @Test func theMonteCarloBandIsSmooth() throws {
        for seed: UInt64 in 1...5 {
            let frame = try MonteCarloSpread().run(["passes=50"], seed: seed)
            guard case .object(let members)? = frame.details, case .array(let values)? = members.first(where: { $0.0 == "standard_deviation" })?.1 else {
                Issue.record("no standard_deviation in the details")
                return
            }
            let spread = values.compactMap { if case .number(let v) = $0 { v } else { nil } }
            #expect(spread.count == 161)
            let mean = spread.reduce(0, +) / Double(spread.count)
            let step = zip(spread, spread.dropFirst()).map { abs($1 - $0) }.max() ?? .infinity
            #expect(step < 0.15 * mean, "seed \(seed): a step of \(step) against a mean spread of \(mean)")
        }
    }

    @Test func lOneLandsOnTheAxesFarMoreOftenThanLTwoAtEverySeedAndSetting() throws {
        let grid: [[String]] = ["0.5", "1", "2"].flatMap { budget in ["1", "4", "10"].map { ["budget=\(budget)", "elongation=\($0)"] } }
        for (settings, seed, frame) in try Self.runs(ConstraintGeometry(), grid) {
            #expect(try Self.value("l1_axis_share", frame) > 0.3, "\(settings) seed \(seed)")
            #expect(try Self.value("l2_axis_share", frame) == 0, "\(settings) seed \(seed)")
        }
    }

    @Test func theExactSolutionsLieOnTheirRegionsAndBeatEveryOtherPointThere() {
        var rng = RandomSource(seed: 3)
        for _ in 0..<50 {
            let problem = ConstraintGeometry.Problem(budget: 1, elongation: 5, rng: &rng)
            let l1 = problem.l1Solution(1), l2 = problem.l2Solution(1)
            #expect(abs(abs(l1.0) + abs(l1.1) - 1) < 1e-12)
            #expect(abs((l2.0 * l2.0 + l2.1 * l2.1).squareRoot() - 1) < 1e-9)
            // No point of either boundary (every 0.1°) costs less than the solution.
            for k in 0..<3600 {
                let a = Double(k) / 3600 * 2 * Double.pi, c = cos(a), s = sin(a)
                #expect(problem.cost(c, s) >= problem.cost(l2.0, l2.1) - 1e-12)
                let scale = 1 / (abs(c) + abs(s))
                #expect(problem.cost(c * scale, s * scale) >= problem.cost(l1.0, l1.1) - 1e-12)
            }
        }
    }

    @Test func uniformAndSVDOrthogonalInitializationAreSelectable() throws {
        let uniform = try InitGradients().run(["init=xavier-uniform"])
        let ratio = try Self.value("first_to_last_ratio", uniform)
        #expect(ratio > 0.1 && ratio < 10, "Xavier uniform keeps the gradients level: ×\(ratio)")
        let activations = try InitActivations().run(["init=xavier-uniform"])
        #expect(try Self.value("std_layer_10", activations) > 0.1 * Self.value("std_layer_1", activations))
        // The page: a uniform draw with Xavier's variance gives the same standard deviations layer by layer.
        for seed in Self.seeds {
            let normal = try InitActivations().run(["activation=tanh", "init=xavier"], seed: seed)
            let uniform = try InitActivations().run(["activation=tanh", "init=xavier-uniform"], seed: seed)
            for layer in [1, 5, 10] {
                let ratio = try Self.value("std_layer_\(layer)", uniform) / Self.value("std_layer_\(layer)", normal)
                #expect(abs(ratio - 1) < 0.1, "seed \(seed) layer \(layer): ×\(ratio)")
            }
        }
        let svd = try InitOrthogonal().run(["init=orthogonal-svd"])
        #expect(try Self.value("max_deviation", svd) < 1e-9)
    }

    @Test func bothSmoothingConventionsGiveTheSameTargetsWithTheConvertedEpsilon() throws {
        let grid: [[String]] = ["0", "0.1", "0.45"].flatMap { e in ["2", "3", "10"].map { ["epsilon=\(e)", "classes=\($0)"] } }
        for (settings, _, frame) in try Self.runs(SmoothingConventions(), grid) where frame.findings.count == 3 {
            let total = try Self.value("over_others_true", frame) + (Self.value("over_others_other", frame)) * Double(Int(settings[1].dropFirst(8))! - 1)
            #expect(abs(total - 1) < 1e-12, "\(settings): the targets add up to 1")
        }
        let frame = try SmoothingConventions().run(["epsilon=0.1", "classes=5"])
        #expect(abs(try Self.value("over_others_other", frame) - 0.025) < 1e-12)
    }

    @Test func sameSeedSameNumbers() throws {
        for experiment in [InitResidual(), ReadOutputs(), MonteCarloSpread(), ConstraintGeometry()] as [any Experiment] {
            #expect(try experiment.run(seed: 7).findings == experiment.run(seed: 7).findings, "\(experiment.id)")
        }
    }
}
