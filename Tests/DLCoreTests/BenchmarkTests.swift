import Testing
@testable import DLCore

/// The benchmark workloads run and do what they say; their timings are not asserted.
@Suite struct BenchmarkTests {
    @Test func trainWorkloadRunsTheSpecifiedNetwork() {
        let outcome = CoreBenchmarks.runTrain(iterations: 50)
        #expect(outcome.seconds.isFinite && outcome.seconds >= 0)
        #expect(outcome.detail.hasPrefix("50 steps"))
    }

    @Test func gradcheckWorkloadChecksAll4417ParametersAndFindsThemCorrect() throws {
        let outcome = CoreBenchmarks.runGradcheck()
        #expect(outcome.detail.hasPrefix("4417 parameters, 8834 cost evaluations"))
        let difference = Double(outcome.detail.split(separator: " ").last!)!
        #expect(difference < GradientCheckVerdict.greatBelow)
    }

    @Test func fastCheckEqualsNaiveOnTheBenchmarkShape() throws {
        // The benchmark's architecture, narrower and on fewer points so the naive check stays quick.
        var rng = RandomSource(seed: 2024)
        let data = try Dataset.circles(count: 60, rng: &rng)
        let network = try Network(layerSizes: [2, 12, 12, 1], hidden: .relu, output: .sigmoid, loss: .binaryCrossEntropy,
                                  initializer: .xavierNormal, rng: &rng)
        let fast = try GradientCheck(strategy: .fast).run(network: network, data: data)
        let naive = try GradientCheck(strategy: .naive).run(network: network, data: data)
        let noise = max(abs(naive.cost), 1) * 1e-16 / 1e-7 * 64
        #expect(zip(fast.numeric.values, naive.numeric.values).allSatisfy { abs($0 - $1) <= noise })
        #expect(fast.verdict == naive.verdict)
    }

    @Test func gridCoversTheRectangle() throws {
        let g = try Matrix.grid(x: -1...1, y: 0...2, columns: 3, rows: 2)
        #expect(g.row(0) == [-1, 0, 1, -1, 0, 1])
        #expect(g.row(1) == [0, 0, 0, 2, 2, 2])
        var rng = RandomSource(seed: 1)
        let net = try Network(layerSizes: [2, 20, 3, 1], hidden: .relu, output: .sigmoid, loss: .binaryCrossEntropy, rng: &rng)
        #expect(net.description == "[2, 20, 3, 1] ReLU/ReLU/sigmoid, binary cross-entropy")
    }
}
