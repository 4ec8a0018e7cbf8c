import Foundation
import Testing
@testable import DLCore

/// The single-pass step of small binary classifiers (`BinaryClassifierStep`, C kernel
/// `dl_binary_classifier_step`) must compute what the layer-by-layer passes compute, and every
/// instruction-set path of the C kernels must give the same bits.
@Suite struct SinglePassStepTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var sizes: [Int]
        var hidden: Activation
        var examples: Int
        var regularization: Regularization
        var bugs: [PlantedBug]
        var testDescription: String { "\(sizes) \(hidden), m = \(examples), \(bugs.count) bugs" }
    }

    // Example counts that fill whole groups of 64, end in a partial group, or fit in one partial group.
    static let cases: [Case] = [
        Case(sizes: [2, 20, 3, 1], hidden: .relu, examples: 300, regularization: .none, bugs: []),
        Case(sizes: [2, 8, 8, 1], hidden: .relu, examples: 64, regularization: .l2(0.7), bugs: []),
        Case(sizes: [2, 6, 1], hidden: .linear, examples: 7, regularization: .l1(0.3), bugs: []),
        Case(sizes: [2, 5, 4, 1], hidden: .relu, examples: 130, regularization: .l2(0.2),
             bugs: [.scaledGradient(segment: "W2", factor: 2), .missingOneOverM(layer: 1), .missingRegularizationGradient]),
    ]

    static func problem(_ c: Case, seed: UInt64) throws -> (Network, Dataset) {
        var rng = RandomSource(seed: seed)
        let data = try Dataset.moons(count: c.examples, noise: 0.2, rng: &rng)
        let network = try Network(layerSizes: c.sizes, hidden: c.hidden, output: .sigmoid, loss: .binaryCrossEntropy,
                                  initializer: .he, rng: &rng)
        return (network, data)
    }

    @Test(arguments: cases)
    func agreesWithTheLayerByLayerPasses(_ c: Case) throws {
        let (network, data) = try Self.problem(c, seed: 31)
        #expect(BinaryClassifierStep.supports(network, dropout: false))
        var step = BinaryClassifierStep()
        var pass = ForwardPass(layerCount: network.layers.count)
        var gradients = Gradients(zerosLike: network)
        let result = step.run(network, data.x, targets: data.y, regularization: c.regularization, bugs: c.bugs,
                              recordingPass: true, pass: &pass, gradients: &gradients)

        let reference = try network.costAndGradients(data.x, data.y, regularization: c.regularization, bugs: c.bugs)
        let cost = result.cost + network.regularizationCost(c.regularization, exampleCount: data.count)
        #expect(abs(cost - reference.cost) <= 1e-13 * abs(reference.cost))
        let flat = { (g: Gradients) in zip(g.weights, g.biases).flatMap { $0.storage + $1.storage } }
        #expect(relativeDifference(flat(gradients), flat(reference.gradients)) < 1e-13)

        let layered = try network.forward(data.x)
        #expect(result.correct == Network.correctCount(output: layered.output, targets: data.y))
        for l in network.layers.indices {
            #expect(pass.preActivations[l].rows == layered.preActivations[l].rows && pass.preActivations[l].columns == layered.preActivations[l].columns)
            #expect(relativeDifference(pass.preActivations[l].storage, layered.preActivations[l].storage) < 1e-14)
            #expect(relativeDifference(pass.activations[l].storage, layered.activations[l].storage) < 1e-14)
        }

        // Not writing the pass out changes nothing else, to the bit.
        var quiet = BinaryClassifierStep()
        var untouched = ForwardPass(layerCount: network.layers.count)
        var sameGradients = Gradients(zerosLike: network)
        let quietResult = quiet.run(network, data.x, targets: data.y, regularization: c.regularization, bugs: c.bugs,
                                    recordingPass: false, pass: &untouched, gradients: &sameGradients)
        #expect(quietResult.cost == result.cost && quietResult.correct == result.correct)
        #expect(sameGradients == gradients)
        #expect(untouched.preActivations.allSatisfy { $0.count == 0 })
    }

    @Test func supportsOnlySmallSigmoidClassifiersWithoutDropout() throws {
        var rng = RandomSource(seed: 2)
        func network(_ sizes: [Int], hidden: Activation = .relu, output: Activation = .sigmoid,
                     loss: Loss = .binaryCrossEntropy) throws -> Network {
            try Network(layerSizes: sizes, hidden: hidden, output: output, loss: loss, rng: &rng)
        }
        #expect(BinaryClassifierStep.supports(try network([2, 20, 3, 1]), dropout: false))
        #expect(!BinaryClassifierStep.supports(try network([2, 20, 3, 1]), dropout: true))
        #expect(!BinaryClassifierStep.supports(try network([2, 20, 1], hidden: .tanh), dropout: false))
        #expect(!BinaryClassifierStep.supports(try network([2, 20, 3], output: .softmax, loss: .softmaxCrossEntropy(labelSmoothing: 0)),
                                               dropout: false))
        #expect(!BinaryClassifierStep.supports(try network([2, 64, 64, 1]), dropout: false)) // 4,224 weights: layer by layer
    }

    /// Without diagnostics the step does not write its forward pass out; asking for it afterwards
    /// recomputes it from the weights the step started from.
    @Test func lastForwardPassIsTheStepsOwnEvenWhenNotRecorded() throws {
        let (network, data) = try Self.problem(Self.cases[0], seed: 5)
        var trainer = try Trainer(network: network, train: data, configuration: .init(optimizer: .gradientDescent(learningRate: 0.5)))
        trainer.train(steps: 3)
        let before = trainer.network
        trainer.step()
        let pass = try #require(trainer.lastForwardPass)
        #expect(pass.activations == (try before.forward(data.x)).activations)
        #expect(pass.activations != (try trainer.network.forward(data.x)).activations)
        #expect(!trainer.layerDiagnostics().isEmpty)
    }

    /// "Same seed, same numbers on every machine": every path of the C kernels this machine can run
    /// (SSE2, AVX2, AVX-512, each with its own group size) trains to the same bits, through the
    /// single-pass step and the products. 150 examples end in a partial group on every path.
    @Test func everyInstructionSetGivesTheSameBits() throws {
        defer { VectorInstructionSet.use(.best) }
        let available = VectorInstructionSet.allCases.filter { $0.rawValue <= VectorInstructionSet.best.rawValue }
        var results: [VectorInstructionSet: [Network]] = [:]
        for set in available {
            #expect(VectorInstructionSet.use(set) == set)
            var trained: [Network] = []
            for hidden in [Activation.relu, .tanh] { // the single-pass step, then the layer-by-layer products
                var rng = RandomSource(seed: 77)
                let data = try Dataset.circles(count: 150, rng: &rng)
                let network = try Network(layerSizes: [2, 12, 5, 1], hidden: hidden, output: .sigmoid, loss: .binaryCrossEntropy,
                                          rng: &rng)
                // Every 7th step records its forward pass (computed in place), the others do not (in scratch).
                var trainer = try Trainer(network: network, train: data,
                                          configuration: .init(optimizer: .adam(learningRate: 0.02), regularization: .l2(0.1),
                                                               diagnosticsInterval: 7))
                trainer.train(steps: 200)
                trained.append(trainer.network)
            }
            results[set] = trained
        }
        let reference = try #require(results[.baseline])
        for set in available { #expect(results[set] == reference, "\(set) differs from SSE2") }
    }

    @Test func expMatchesLibmWithinTwoUnitsInTheLastPlace() {
        var xs: [Double] = [0, -0.0, -1e-300, -1e-17, -1e-9, -0.5, -0.6931471805599453, -1, -20, -700, -708.5, -745, -745.2, -800,
                            -.infinity]
        for k in 0..<20_000 { xs.append(-Double(k) * 0.03727) } // down to −745, across every binade
        let ours = VectorMath.expNonPositive(xs)
        for (x, value) in zip(xs, ours) {
            let expected = Foundation.exp(x)
            #expect(abs(value - expected) <= 2 * max(expected.ulp, Double.leastNonzeroMagnitude), "exp(\(x)) = \(value), libm \(expected)")
        }
        #expect(VectorMath.expNonPositive([.nan])[0].isNaN)
    }

    @Test func log1pMatchesLibmWithinTwoUnitsInTheLastPlace() {
        var xs: [Double] = [0, 1e-300, 1e-20, 1e-16, 2.2e-16, 1e-8, 0.4142135623730951, 0.41421356237309515, 0.5, 1]
        for k in 0...20_000 { xs.append(Double(k) / 20_000) }
        for e in stride(from: -300.0, through: 0, by: 0.5) { xs.append(Foundation.pow(10, e)) }
        let ours = VectorMath.log1pUnit(xs)
        for (x, value) in zip(xs, ours) {
            let expected = Foundation.log1p(x)
            #expect(abs(value - expected) <= 2 * max(expected.ulp, Double.leastNonzeroMagnitude), "log1p(\(x)) = \(value), libm \(expected)")
        }
        #expect(VectorMath.log1pUnit([.nan])[0].isNaN)
    }
}
