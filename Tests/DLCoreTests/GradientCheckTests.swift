import Foundation
import Testing
@testable import DLCore

@Suite struct GradientCheckTests {
    static func setup(_ sizes: [Int] = [3, 5, 4, 1], hidden: Activation = .tanh, output: Activation = .sigmoid,
                      loss: Loss = .binaryCrossEntropy, count: Int = 20, seed: UInt64 = 1) throws -> (Network, Matrix, Matrix) {
        var rng = RandomSource(seed: seed)
        let network = try Network(layerSizes: sizes, hidden: hidden, output: output, loss: loss, initializer: .xavierNormal, rng: &rng)
        let (x, y) = randomData(inputs: sizes[0], outputs: sizes.last!, count: count, loss: loss, rng: &rng)
        // Non-zero biases, so the bias gradients are not trivially small.
        var shifted = network
        for l in shifted.layers.indices { shifted.layers[l].bias = rng.normalMatrix(rows: shifted.layers[l].unitCount, columns: 1, standardDeviation: 0.3) }
        return (shifted, x, y)
    }

    @Test func flatteningRoundTripsWithNamedSegments() throws {
        let (network, _, _) = try GradientCheckTests.setup()
        let theta = network.parameterVector
        #expect(theta.segments.map(\.name) == ["W1", "b1", "W2", "b2", "W3", "b3"])
        #expect(theta.count == network.parameterCount && theta.count == 5 * 3 + 5 + 4 * 5 + 4 + 4 + 1)
        #expect(theta.componentName(16) == "b1[1]")
        #expect(theta.componentName(20 + 7) == "W2[1, 2]")
        #expect(theta.values(of: "W2")! == network.layers[1].weights.storage[...])
        #expect(try network.withParameters(theta) == network)
        var changed = theta
        changed.values[0] = 42
        #expect(try network.withParameters(changed).layers[0].weights[0, 0] == 42)
        var rng = RandomSource(seed: 2)
        let other = try Network(layerSizes: [3, 6, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy, rng: &rng)
        #expect(throws: DLCoreError.self) { try other.withParameters(theta) }
    }

    @Test(arguments: [GradientCheck.Strategy.fast, .naive])
    func correctBackpropIsGreat(_ strategy: GradientCheck.Strategy) throws {
        let (network, x, y) = try GradientCheckTests.setup()
        let report = try network.gradientCheck(x, y, settings: GradientCheck(strategy: strategy, regularization: .l2(0.7)))
        #expect(report.relativeDifference < 1e-7)
        #expect(report.verdict == .great)
        #expect(report.segments.allSatisfy { $0.verdict == .great })
        #expect(report.costEvaluations >= 2 * network.parameterCount)
        // The checked cost includes the penalty.
        #expect(abs(report.cost - (try network.cost(x, y, regularization: .l2(0.7)))) < 1e-12)
    }

    @Test func oneSidedDifferencesAreLessAccurateThanTwoSided() throws {
        let (network, x, y) = try GradientCheckTests.setup()
        let two = try network.gradientCheck(x, y, settings: GradientCheck(epsilon: 1e-4, method: .twoSided))
        let one = try network.gradientCheck(x, y, settings: GradientCheck(epsilon: 1e-4, method: .oneSided))
        #expect(two.relativeDifference < 1e-7)
        #expect(one.relativeDifference > 100 * two.relativeDifference)
    }

    @Test(arguments: [("W2", 2.0), ("b1", 4.0), ("W3", 0.5), ("b3", -1.0)])
    func aScaledSegmentShowsUpAsKMinusOneOverKPlusOne(_ segment: String, _ k: Double) throws {
        let (network, x, y) = try GradientCheckTests.setup()
        let report = try network.gradientCheck(x, y, settings: GradientCheck(bugs: [.scaledGradient(segment: segment, factor: k)]))
        // ‖kg − g‖ / (‖kg‖ + ‖g‖) = |k − 1| / (|k| + 1), i.e. |k−1|/(k+1) for k > 0.
        let expected = abs(k - 1) / (abs(k) + 1)
        #expect(abs(report.segment(named: segment)!.relativeDifference - expected) < 1e-6)
        for other in report.segments where other.name != segment {
            #expect(other.relativeDifference < 1e-7, "\(other.name)")
        }
        #expect(report.worstSegment?.name == segment)
        let size = report.analytic.segment(named: segment)!.range.count
        #expect(report.worstComponents.prefix(size).allSatisfy { $0.segment == segment })
        #expect(report.verdict == .bug)
    }

    @Test func missingRegularizationGradientHitsOnlyTheWeights() throws {
        let (network, x, y) = try GradientCheckTests.setup()
        let report = try network.gradientCheck(x, y, settings: GradientCheck(regularization: .l2(5),
                                                                             bugs: [.missingRegularizationGradient]))
        #expect(report.verdict == .bug)
        for s in report.segments {
            if s.name.hasPrefix("W") { #expect(s.verdict == .bug, "\(s.name)") } else { #expect(s.verdict == .great, "\(s.name)") }
        }
    }

    @Test func wrongTanhDerivativeIsCaughtBelowTheFirstTanhLayer() throws {
        let (network, x, y) = try GradientCheckTests.setup()
        let report = try network.gradientCheck(x, y, settings: GradientCheck(bugs: [.wrongTanhDerivative]))
        #expect(report.verdict == .bug)
        #expect(report.segment(named: "W1")!.verdict == .bug)
        #expect(report.segment(named: "W3")!.verdict == .great)
        #expect(report.segment(named: "b3")!.verdict == .great)
    }

    @Test func missingOneOverMScalesThatLayerByM() throws {
        let (network, x, y) = try GradientCheckTests.setup(count: 20)
        let report = try network.gradientCheck(x, y, settings: GradientCheck(bugs: [.missingOneOverM(layer: 2)]))
        #expect(abs(report.segment(named: "W2")!.relativeDifference - 19.0 / 21.0) < 1e-6)
        #expect(abs(report.segment(named: "b2")!.relativeDifference - 19.0 / 21.0) < 1e-6)
        #expect(report.segment(named: "W1")!.relativeDifference < 1e-7)
    }

    @Test func dropoutMakesTheCheckMeaninglessUnlessTheMaskIsFixed() throws {
        let (network, x, y) = try GradientCheckTests.setup([3, 8, 8, 1])
        let random = try network.gradientCheck(x, y, settings: GradientCheck(dropout: Dropout(keepProb: 0.6)))
        #expect(random.verdict == .notMeaningful)
        #expect(!random.isMeaningful)
        #expect(random.warnings.contains { $0.contains("not meaningful") })
        #expect(random.relativeDifference > 1e-3)

        let fixed = try network.gradientCheck(x, y, settings: GradientCheck(dropout: Dropout(keepProb: 0.6, fixedMask: true)))
        #expect(fixed.isMeaningful)
        #expect(fixed.verdict == .great)

        let keepAll = try network.gradientCheck(x, y, settings: GradientCheck(dropout: Dropout(keepProb: 1)))
        #expect(keepAll.isMeaningful && keepAll.verdict == .great && keepAll.warnings.isEmpty)
    }

    struct Case: Sendable {
        var sizes: [Int]
        var hidden: Activation
        var output: Activation
        var loss: Loss
        var check: GradientCheck
    }

    static let equalityCases: [Case] = [
        Case(sizes: [2, 6, 5, 1], hidden: .relu, output: .sigmoid, loss: .binaryCrossEntropy, check: GradientCheck()),
        Case(sizes: [3, 5, 4, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy,
             check: GradientCheck(regularization: Regularization(l1: 0.3, l2: 0.5))),
        Case(sizes: [2, 7, 3], hidden: .sigmoid, output: .softmax, loss: .softmaxCrossEntropy(labelSmoothing: 0.1),
             check: GradientCheck(method: .oneSided)),
        Case(sizes: [1, 4, 6, 5, 2], hidden: .leakyReLU(slope: 0.1), output: .linear, loss: .meanSquaredError,
             check: GradientCheck(regularization: .l2(0.2), dropout: Dropout(keepProb: 0.7, fixedMask: true))),
        Case(sizes: [2, 5, 3], hidden: .tanh, output: .softmax, loss: .meanSquaredError,
             check: GradientCheck(bugs: [.scaledGradient(segment: "W1", factor: 3)])),
    ]

    /// The fast check gives the same differences as the naive one, up to the rounding noise of
    /// finite differences (≈ machine ε · J / ε, about 1e-9 here).
    @Test(arguments: 0..<equalityCases.count)
    func fastCheckEqualsNaiveCheck(_ index: Int) throws {
        let c = GradientCheckTests.equalityCases[index]
        let (network, x, y) = try GradientCheckTests.setup(c.sizes, hidden: c.hidden, output: c.output, loss: c.loss, seed: UInt64(index))
        var fastSettings = c.check, naiveSettings = c.check
        fastSettings.strategy = .fast
        naiveSettings.strategy = .naive
        let fast = try network.gradientCheck(x, y, settings: fastSettings)
        let naive = try network.gradientCheck(x, y, settings: naiveSettings)
        let scale = max(abs(fast.cost), 1) * 1e-16 / c.check.epsilon * 64
        for k in 0..<fast.numeric.count {
            #expect(abs(fast.numeric.values[k] - naive.numeric.values[k]) <= scale, "\(fast.numeric.componentName(k))")
        }
        #expect(fast.analytic == naive.analytic)
        #expect(fast.cost == naive.cost)
        // The relative differences can then differ by at most about the two numeric vectors' own
        // relative difference (triangle inequality), which the line above bounds by rounding noise.
        let noise = relativeDifference(fast.numeric.values, naive.numeric.values)
        #expect(abs(fast.relativeDifference - naive.relativeDifference) <= 2 * noise + 1e-15)
        for (a, b) in zip(fast.segments, naive.segments) {
            #expect(a.verdict == b.verdict)
            let range = fast.numeric.segment(named: a.name)!.range
            let segmentNoise = relativeDifference(Array(fast.numeric.values[range]), Array(naive.numeric.values[range]))
            #expect(abs(a.relativeDifference - b.relativeDifference) <= 2 * segmentNoise + 1e-15)
        }
    }

    @Test func badSettingsThrow() throws {
        let (network, x, y) = try GradientCheckTests.setup()
        #expect(throws: DLCoreError.nonPositiveParameter(name: "gradient-check ε", value: 0)) {
            try network.gradientCheck(x, y, settings: GradientCheck(epsilon: 0))
        }
        #expect(throws: DLCoreError.self) { try network.gradientCheck(x, y, settings: GradientCheck(epsilon: -1e-7)) }
        #expect(throws: DLCoreError.self) { try network.gradientCheck(x, y, settings: GradientCheck(regularization: .l2(-1))) }
        #expect(throws: DLCoreError.self) { try network.gradientCheck(x, Matrix(rows: 1, columns: 3)) }
        #expect(throws: DLCoreError.self) { try network.gradientCheck(x, y, settings: GradientCheck(dropout: Dropout(keepProb: 2))) }
    }
}

@Suite struct GradientCheckSessionTests {
    @Test(arguments: [GradientCheck.Strategy.fast, .naive])
    func advancingInPiecesGivesTheSameReportAsOneRun(_ strategy: GradientCheck.Strategy) throws {
        let (network, x, y) = try GradientCheckTests.setup()
        let settings = GradientCheck(strategy: strategy, regularization: .l2(0.3), bugs: [.scaledGradient(segment: "b2", factor: 3)])
        var session = try GradientCheckSession(settings: settings, network: network, x: x, y: y)
        #expect(session.parameterCount == network.parameterCount && session.checkedCount == 0 && !session.isFinished)
        var steps = 0
        while !session.isFinished {
            #expect(session.advance(parameters: 7) == min(7, session.parameterCount - steps * 7))
            steps += 1
        }
        #expect(steps == (network.parameterCount + 6) / 7)
        #expect(session.advance(parameters: 7) == 0)
        #expect(session.finish() == (try settings.run(network: network, x: x, y: y)))
    }
}

@Suite struct LogisticRegressionTests {
    /// A network with no hidden layer (logistic regression) trains and checks like any other.
    @Test func singleLayerNetworkTrainsAndPassesTheCheck() throws {
        var rng = RandomSource(seed: 5)
        let data = try Dataset.blobs(count: 120, centers: [(-1, -1), (1, 1)], spread: 0.5, rng: &rng)
        let binary = try Dataset(x: data.x, y: Matrix(row: data.classIndices.map(Double.init)), name: "two blobs")
        let network = try Network(layerSizes: [2, 1], activations: [.sigmoid], loss: .binaryCrossEntropy, initializer: .zeros, rng: &rng)
        var trainer = try Trainer(network: network, train: binary,
                                  configuration: .init(optimizer: .gradientDescent(learningRate: 1), dropout: Dropout(keepProb: 0.5)))
        trainer.train(steps: 100)
        #expect(try trainer.evaluate(binary).accuracy! > 0.95)
        let fast = try GradientCheck(regularization: .l1(0.1)).run(network: trainer.network, data: binary)
        let naive = try GradientCheck(strategy: .naive, regularization: .l1(0.1)).run(network: trainer.network, data: binary)
        #expect(fast.verdict == .great && naive.verdict == .great)
        #expect(fast.segments.map(\.name) == ["W1", "b1"])
    }
}
