import Foundation
import Testing
@testable import DLCore

/// Every layer's backward pass against finite differences of the whole network's cost.
@Suite struct NetworkGradientTests {
    struct Case: Sendable, CustomStringConvertible {
        var sizes: [Int]
        var activations: [Activation]
        var loss: Loss
        var regularization: Regularization = .none
        var keepProb: Double? = nil
        var description: String { "\(sizes) \(activations) \(loss) \(regularization) keep \(keepProb ?? 1)" }
    }

    static let cases: [Case] = [
        Case(sizes: [3, 5, 1], activations: [.tanh, .sigmoid], loss: .binaryCrossEntropy),
        Case(sizes: [2, 4, 3, 1], activations: [.relu, .relu, .sigmoid], loss: .binaryCrossEntropy, regularization: .l2(0.5)),
        Case(sizes: [2, 6, 4], activations: [.sigmoid, .softmax], loss: .softmaxCrossEntropy(labelSmoothing: 0.1),
             regularization: .l1(0.2)),
        Case(sizes: [1, 5, 5, 2], activations: [.leakyReLU(slope: 0.05), .tanh, .linear], loss: .meanSquaredError,
             regularization: Regularization(l1: 0.1, l2: 0.3)),
        Case(sizes: [3, 6, 5, 1], activations: [.tanh, .relu, .sigmoid], loss: .binaryCrossEntropy, regularization: .l2(0.2),
             keepProb: 0.7),
        Case(sizes: [2, 4, 3], activations: [.linear, .softmax], loss: .meanSquaredError),
    ]

    @Test(arguments: 0..<cases.count)
    func backpropagationMatchesFiniteDifferences(_ index: Int) throws {
        let c = NetworkGradientTests.cases[index]
        var rng = RandomSource(seed: UInt64(100 + index))
        let network = try Network(layerSizes: c.sizes, activations: c.activations, loss: c.loss, initializer: .xavierNormal, rng: &rng)
        let (x, y) = randomData(inputs: c.sizes[0], outputs: c.sizes.last!, count: 7, loss: c.loss, rng: &rng)
        // With dropout the mask must be fixed, or the cost changes between the two evaluations.
        let masks = try c.keepProb.map { try Dropout(keepProb: $0).drawMasks(for: network, exampleCount: 7, rng: &rng) }
        let (_, gradients) = try network.costAndGradients(x, y, regularization: c.regularization, masks: masks)
        let numeric = try numericGradient(at: parameters(of: network)) { theta in
            try withParameters(network, theta).cost(x, y, regularization: c.regularization, masks: masks)
        }
        #expect(relativeDifference(flatten(gradients), numeric) < 1e-7, "\(c)")
    }

    @Test func largeLogitsKeepTheGradientCorrect() throws {
        // Output weights big enough to push the logits well past ±20, where a naive log(σ(z)) breaks.
        var rng = RandomSource(seed: 5)
        var network = try Network(layerSizes: [2, 4, 1], activations: [.tanh, .sigmoid], loss: .binaryCrossEntropy,
                                  initializer: .normal(standardDeviation: 3), rng: &rng)
        network.layers[1].weights = Matrix(row: [25, 20, 30, 15])
        let (x, y) = randomData(inputs: 2, outputs: 1, count: 6, loss: .binaryCrossEntropy, rng: &rng)
        let pass = try network.forward(x)
        #expect(pass.preActivations[1].maxAbs() > 20)
        let gradients = try network.backward(pass, targets: y)
        let numeric = try numericGradient(at: parameters(of: network), epsilon: 1e-5) { theta in
            try withParameters(network, theta).cost(x, y)
        }
        #expect(relativeDifference(flatten(gradients), numeric) < 1e-7)
    }

    @Test func badInputThrows() throws {
        var rng = RandomSource(seed: 1)
        let network = try Network(layerSizes: [2, 3, 1], hidden: .relu, output: .sigmoid, loss: .binaryCrossEntropy, rng: &rng)
        #expect(throws: DLCoreError.self) { try network.forward(Matrix(rows: 3, columns: 4)) }
        #expect(throws: DLCoreError.self) { try network.forward(Matrix(rows: 2, columns: 0)) }
        #expect(throws: DLCoreError.self) { try network.cost(Matrix(rows: 2, columns: 4), Matrix(rows: 1, columns: 5)) }
        #expect(throws: DLCoreError.self) {
            try Network(layerSizes: [2, 3, 1], hidden: .relu, output: .tanh, loss: .binaryCrossEntropy, rng: &rng)
        }
        #expect(throws: DLCoreError.self) {
            try Network(layerSizes: [2, 3, 1], activations: [.relu], loss: .meanSquaredError, rng: &rng)
        }
        #expect(throws: DLCoreError.invalidKeepProbability(0)) { try Dropout(keepProb: 0).validate() }
        #expect(throws: DLCoreError.invalidKeepProbability(1.5)) {
            try Dropout(keepProb: 1.5).drawMasks(for: network, exampleCount: 3, rng: &rng)
        }
        #expect(throws: DLCoreError.self) {
            try network.forward(Matrix(rows: 2, columns: 4), masks: DropoutMasks(masks: [Matrix(rows: 3, columns: 5), nil]))
        }
    }
}

@Suite struct ForwardPassTests {
    @Test(arguments: [1, 2])
    func fusedSigmoidCrossEntropyEqualsForwardThenLoss(_ outputs: Int) throws {
        var rng = RandomSource(seed: 77)
        let network = try Network(layerSizes: [3, 6, outputs], hidden: .relu, output: .sigmoid, loss: .binaryCrossEntropy,
                                  initializer: .normal(standardDeviation: 4), rng: &rng)
        let (x, y) = randomData(inputs: 3, outputs: outputs, count: 37, loss: .binaryCrossEntropy, rng: &rng)
        var fusedPass = ForwardPass(layerCount: 2)
        let fused = network.forwardAndCost(x, masks: nil, targets: y, into: &fusedPass)
        let plain = try network.forward(x)
        #expect(fused == network.unregularizedCost(of: plain, targets: y))
        #expect(fusedPass.output == plain.output)
        #expect(fusedPass.preActivations == plain.preActivations)
    }

    @Test func nonFiniteInputIsRejected() throws {
        var rng = RandomSource(seed: 78)
        let network = try Network(layerSizes: [2, 3, 1], hidden: .relu, output: .sigmoid, loss: .binaryCrossEntropy, rng: &rng)
        let x = try Matrix([[1, .nan], [0, 1]])
        #expect(throws: DLCoreError.nonFiniteValue("the input contains NaN or ∞")) { try network.forward(x) }
        let data = try Dataset(x: Matrix([[1, 2], [0, 1]]), y: Matrix([[0, .infinity]]))
        #expect(throws: DLCoreError.self) {
            _ = try Trainer(network: network, train: data, configuration: .init(optimizer: .adam()))
        }
    }
}

@Suite struct FusedReLUTests {
    /// ReLU layers fuse `relu(Z)` into the product and `⊙ 1[Z > 0]` into `Wᵀ·dZ`; a dropout mask of ones
    /// takes the unfused path, so comparing the two shows the fusion changes no bit.
    @Test func fusedAndUnfusedReLUPassesAgreeBitForBit() throws {
        var rng = RandomSource(seed: 91)
        let network = try Network(layerSizes: [3, 9, 7, 2], hidden: .relu, output: .softmax, loss: .crossEntropy, rng: &rng)
        let (x, y) = randomData(inputs: 3, outputs: 2, count: 23, loss: .crossEntropy, rng: &rng)
        let ones = try Dropout(keepProb: 1).drawMasks(for: network, exampleCount: 23, rng: &rng)
        let fused = try network.forward(x)
        let unfused = try network.forward(x, masks: ones)
        #expect(fused.activations == unfused.activations)
        #expect(fused.activations[0] == Activation.relu.apply(fused.preActivations[0]))
        #expect(try network.backward(fused, targets: y) == network.backward(unfused, targets: y))
    }
}
