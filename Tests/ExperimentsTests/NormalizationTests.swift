import DLCore
import Testing
@testable import Experiments

/// The `norm.*` experiments, each run to the end and checked against the principle it teaches.
@Suite struct NormalizationTests {
    private func run(_ experiment: some Experiment, seed: UInt64 = 1, _ assignments: [String] = []) throws -> Frame {
        try experiment.run(assignments, seed: seed)
    }

    private func value(_ frame: Frame, _ name: String) -> Double? {
        frame.findingValue(name)
    }

    @Test func normalizedInputsConvergeFasterAndOnlyWhiteningMakesRoundContours() throws {
        let raw = try run(FeatureScales())
        let none = try #require(value(raw, "iterations_none"))
        let minMax = try #require(value(raw, "iterations_min_max"))
        let standardized = try #require(value(raw, "iterations_standardize"))
        let whitened = try #require(value(raw, "iterations_whiten"))
        #expect(none > minMax && minMax > standardized && standardized >= whitened)
        #expect(standardized.isFinite && 10 * standardized < minMax)
        #expect(try #require(value(raw, "contour_axis_ratio")) > 10)

        let standardize = try run(FeatureScales(), ["scaling=standardize"])
        let whiten = try run(FeatureScales(), ["scaling=whiten"])
        #expect(try #require(value(standardize, "contour_axis_ratio")) > 2)
        #expect(try #require(value(whiten, "contour_axis_ratio")) < 1.01)
        #expect(standardize.findings.first?.tone == .good)

        // A step up the learning-rate scale, unnormalized inputs diverge; standardized ones still converge.
        let fast = try run(FeatureScales(), ["learning-rate=0.1"])
        #expect(fast.findings.first?.tone == .bad)
        #expect(value(fast, "diverged_at") != nil)
        let fastStandardized = try run(FeatureScales(), ["scaling=standardize", "learning-rate=0.1"])
        #expect(fastStandardized.findings.first?.tone == .good)
    }

    @Test func sufficientStatisticsGiveTheNetworksGradient() throws {
        var rng = RandomSource(seed: 3)
        let data = FeatureScales.makeData(rng: &rng)
        let problem = try FeatureScales.Problem(x: data.x, y: data.y)
        let theta = [0.3, -2.0, 0.7]
        let layer = try DenseLayer(weights: Matrix([[theta[0], theta[1]]]), bias: Matrix(column: [theta[2]]), activation: .linear)
        let network = try Network(layers: [layer], loss: .meanSquaredError)
        let (cost, gradients) = try network.costAndGradients(data.x, Matrix(row: data.y))
        let expected = [gradients.weights[0][0, 0], gradients.weights[0][0, 1], gradients.biases[0][0, 0]]
        #expect(abs(problem.cost(theta) - cost) <= 1e-9 * abs(cost))
        for (mine, theirs) in zip(problem.gradient(theta), expected) {
            #expect(abs(mine - theirs) <= 1e-9 * max(abs(theirs), 1))
        }
    }

    @Test func trainingStatisticsGiveDevAndTestScoresThatMatchNewData() throws {
        let honest = try run(StatisticsLeak())
        let all = try run(StatisticsLeak(), ["fit-on=all"])
        // Fitted on the training set, dev/test estimate the new-data accuracy within the noise of the draws.
        let optimism = try #require(value(honest, "optimism"))
        let error = try #require(value(honest, "optimism_standard_error"))
        #expect(abs(optimism) <= 2 * error + 0.005)
        #expect(try #require(value(honest, "new_accuracy")) > 0.8)
        // Fitting μ and σ on all data moves the statistics only a little, and with them the scores.
        #expect(try #require(value(all, "mean_shift_in_sd")) < 0.1)
        #expect(abs(try #require(value(all, "dev_test_change_all_vs_train"))) < 0.01)
        // Both runs see the same draws: the new-data score does not depend on how dev/test were scored.
        #expect(abs(try #require(value(all, "new_accuracy")) - (try #require(value(honest, "new_accuracy")))) < 0.01)
    }

    @Test func sameSeedGivesTheSameFindings() throws {
        let first = try run(StatisticsLeak(), seed: 5, ["fit-on=all"])
        let second = try run(StatisticsLeak(), seed: 5, ["fit-on=all"])
        #expect(first.findings.map(\.values) == second.findings.map(\.values))
        let third = try run(FeatureScales(), seed: 5, ["scaling=min-max", "learning-rate=0.1"])
        let fourth = try run(FeatureScales(), seed: 5, ["scaling=min-max", "learning-rate=0.1"])
        #expect(third.findings.map(\.values) == fourth.findings.map(\.values))
    }
}
