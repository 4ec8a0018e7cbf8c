import Foundation
import Testing
@testable import DLCore

/// The pieces behind the course sources' topics: SVD-orthogonal initialization, smooth L1, the two
/// label-smoothing conventions, Monte-Carlo dropout and residual connections — each checked against
/// its definition, and every new gradient against finite differences.
@Suite struct SourcesTopicsTests {
    @Test(arguments: [(5, 3), (3, 5), (4, 4), (8, 1)])
    func singularValueDecompositionReconstructs(_ shape: (Int, Int)) throws {
        var rng = RandomSource(seed: 11)
        let g = rng.normalMatrix(rows: max(shape.0, shape.1), columns: min(shape.0, shape.1))
        let svd = try g.singularValueDecomposition()
        #expect(svd.singularValues == svd.singularValues.sorted(by: >))
        var sigma = Matrix(rows: g.columns, columns: g.columns)
        for i in 0..<g.columns { sigma[i, i] = svd.singularValues[i] }
        let rebuilt = try svd.u.dot(sigma).dot(svd.v.transposed())
        #expect(try rebuilt.subtracting(g).maxAbs() < 1e-12)
        #expect(try svd.u.transposed().dot(svd.u).subtracting(.identity(g.columns)).maxAbs() < 1e-12)
        #expect(try svd.v.transposed().dot(svd.v).subtracting(.identity(g.columns)).maxAbs() < 1e-12)
    }

    @Test func singularValuesMatchTheEigenvaluesOfTheGramMatrix() throws {
        var rng = RandomSource(seed: 3)
        let g = rng.normalMatrix(rows: 7, columns: 4)
        let svd = try g.singularValueDecomposition()
        let eigen = try g.transposed().dot(g).symmetricEigen()
        for (s, e) in zip(svd.singularValues, eigen.values) { #expect(abs(s * s - e) < 1e-10 * max(e, 1)) }
    }

    @Test(arguments: [(6, 4), (4, 6), (5, 5)])
    func svdOrthogonalInitializationIsOrthogonalAndDeterministic(_ shape: (Int, Int)) throws {
        var rng = RandomSource(seed: 21)
        let w = try Initializer.orthogonalSVD(gain: 2).weights(layer: 0, rows: shape.0, columns: shape.1, rng: &rng)
        #expect(w.rows == shape.0 && w.columns == shape.1)
        // W·Wᵀ or Wᵀ·W (the smaller one) is gain² · I.
        let gram = shape.0 <= shape.1 ? try w.dot(w.transposed()) : try w.transposed().dot(w)
        #expect(try gram.subtracting(Matrix.identity(gram.rows).scaled(by: 4)).maxAbs() < 1e-12)
        var again = RandomSource(seed: 21)
        #expect(try Initializer.orthogonalSVD(gain: 2).weights(layer: 0, rows: shape.0, columns: shape.1, rng: &again) == w)
        // The polar factor of the same draw is not the QR factor: the two ways are different matrices.
        var qrRng = RandomSource(seed: 21)
        let q = try Initializer.orthogonal(gain: 2).weights(layer: 0, rows: shape.0, columns: shape.1, rng: &qrRng)
        #expect(try q.subtracting(w).maxAbs() > 1e-3)
    }

    @Test func smoothL1ApproachesL1AndIsDifferentiableAtZero() throws {
        let e = 1e-4
        for w in [-2.0, -0.3, 0, 0.01, 1.5] {
            let smooth = Regularization.smoothL1Penalty(w, e)
            #expect(smooth <= abs(w) + 1e-15 && abs(w) - smooth <= e.squareRoot())
            // Each penalty beside its derivative: centred differences of the penalty itself.
            let h = 1e-6
            let numeric = (Regularization.smoothL1Penalty(w + h, e) - Regularization.smoothL1Penalty(w - h, e)) / (2 * h)
            #expect(abs(numeric - Regularization.smoothL1PenaltyDerivative(w, e)) < 1e-6)
        }
        #expect(Regularization.smoothL1PenaltyDerivative(0, e) == 0)
        #expect(Regularization(l1: 0.2, l1Smoothing: e).description == "smooth L1 (ε=0.0001) λ=0.2")
        #expect(throws: DLCoreError.self) { try Regularization(l1: 1, l1Smoothing: -1).validate() }
    }

    @Test func smoothL1NetworkGradientMatchesFiniteDifferences() throws {
        var rng = RandomSource(seed: 8)
        var network = try Network(layerSizes: [3, 5, 1], activations: [.tanh, .sigmoid], loss: .binaryCrossEntropy,
                                  initializer: .xavierNormal, rng: &rng)
        network.layers[0].weights[0, 0] = 0 // on |w|'s kink: the smooth term has a gradient there
        let (x, y) = randomData(inputs: 3, outputs: 1, count: 9, loss: .binaryCrossEntropy, rng: &rng)
        let regularization = Regularization(l1: 0.5, l1Smoothing: 1e-3)
        let (_, gradients) = try network.costAndGradients(x, y, regularization: regularization)
        let numeric = try numericGradient(at: parameters(of: network)) { theta in
            try withParameters(network, theta).cost(x, y, regularization: regularization)
        }
        #expect(relativeDifference(flatten(gradients), numeric) < 1e-7)
        // The fast evaluator of the gradient check prices a one-weight change the same way.
        let check = try GradientCheck(regularization: regularization).run(network: network, data: Dataset(x: x, y: y))
        #expect(check.relativeDifference < 1e-7)
    }

    @Test func labelSmoothingConventionsAreTheSameFamily() throws {
        for k in [2, 3, 10] {
            for e in [0.0, 0.1, 0.3] {
                let all = try LabelSmoothingConvention.overAllClasses.targets(epsilon: e, classCount: k)
                let others = try LabelSmoothingConvention.overOtherClasses.targets(epsilon: e, classCount: k)
                #expect(abs(all.trueClass + Double(k - 1) * all.otherClass - 1) < 1e-15)
                #expect(abs(others.trueClass + Double(k - 1) * others.otherClass - 1) < 1e-15)
                #expect(abs(others.trueClass - (1 - e)) < 1e-15)
                let converted = try LabelSmoothingConvention.overOtherClasses.uniformEpsilon(e, classCount: k)
                let same = try LabelSmoothingConvention.overAllClasses.targets(epsilon: converted, classCount: k)
                #expect(abs(same.trueClass - others.trueClass) < 1e-15 && abs(same.otherClass - others.otherClass) < 1e-15)
            }
        }
        #expect(throws: DLCoreError.self) { try LabelSmoothingConvention.overAllClasses.targets(epsilon: 1, classCount: 3) }
        #expect(throws: DLCoreError.self) { try LabelSmoothingConvention.overOtherClasses.targets(epsilon: 0.1, classCount: 1) }
    }

    @Test func monteCarloDropoutSpreadsWhereDropoutMatters() throws {
        var rng = RandomSource(seed: 4)
        let network = try Network(layerSizes: [2, 30, 1], activations: [.relu, .sigmoid], loss: .binaryCrossEntropy,
                                  initializer: .he, rng: &rng)
        let x = rng.normalMatrix(rows: 2, columns: 5)
        let off = try network.monteCarloDropoutPrediction(x, dropout: Dropout(keepProb: 1), passes: 10, rng: &rng)
        #expect(off.standardDeviation.maxAbs() == 0)
        #expect(try off.mean.subtracting(network.predict(x)).maxAbs() < 1e-15)
        let on = try network.monteCarloDropoutPrediction(x, dropout: Dropout(keepProb: 0.5), passes: 200, rng: &rng)
        #expect(on.standardDeviation.storage.allSatisfy { $0 > 0 })
        // Inverted dropout keeps each pre-activation's mean, so the mean output stays near the plain one.
        #expect(try on.mean.subtracting(network.predict(x)).maxAbs() < 0.15)
        #expect(throws: DLCoreError.self) { try network.monteCarloDropoutPrediction(x, dropout: Dropout(keepProb: 0.5), passes: 1, rng: &rng) }
    }

    @Test(arguments: [Activation.tanh, .relu, .sigmoid])
    func residualBackpropagationMatchesFiniteDifferences(_ hidden: Activation) throws {
        var rng = RandomSource(seed: 12)
        let network = try Network(layerSizes: [3, 4, 4, 4, 1], hidden: hidden, output: .sigmoid, loss: .binaryCrossEntropy,
                                  initializer: .xavierNormal, rng: &rng)
        let residual = ResidualNetwork(network: network, skipConnections: true)
        #expect(residual.skips == [false, true, true, false])
        let (x, y) = randomData(inputs: 3, outputs: 1, count: 6, loss: .binaryCrossEntropy, rng: &rng)
        let (_, gradients) = try residual.costAndGradients(x, y, regularization: .l2(0.3))
        let numeric = try numericGradient(at: parameters(of: network)) { theta in
            try ResidualNetwork(network: withParameters(network, theta), skipConnections: true).cost(x, y, regularization: .l2(0.3))
        }
        #expect(relativeDifference(flatten(gradients), numeric) < 1e-7)
    }

    @Test func withoutSkipsTheResidualNetworkIsThePlainOne() throws {
        var rng = RandomSource(seed: 2)
        let network = try Network(layerSizes: [2, 5, 5, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy, rng: &rng)
        let (x, y) = randomData(inputs: 2, outputs: 1, count: 8, loss: .binaryCrossEntropy, rng: &rng)
        let plain = ResidualNetwork(network: network, skipConnections: false)
        #expect(plain.skipCount == 0)
        let (cost, gradients) = try plain.costAndGradients(x, y)
        let (expectedCost, expected) = try network.costAndGradients(x, y)
        #expect(abs(cost - expectedCost) < 1e-14)
        #expect(relativeDifference(flatten(gradients), flatten(expected)) < 1e-13)
    }

    @Test func skipConnectionsKeepTheGradientOfADeepStack() throws {
        // 20 sigmoid layers: the plain stack's first-layer gradient is orders of magnitude below its
        // last; with skips the first layer still gets a gradient of the same order.
        var rng = RandomSource(seed: 5)
        let sizes = [4] + Array(repeating: 8, count: 20) + [1]
        let network = try Network(layerSizes: sizes, hidden: .sigmoid, output: .sigmoid, loss: .binaryCrossEntropy,
                                  initializer: .xavierNormal, rng: &rng)
        let (x, y) = randomData(inputs: 4, outputs: 1, count: 32, loss: .binaryCrossEntropy, rng: &rng)
        let plain = try ResidualNetwork(network: network, skipConnections: false).weightGradientNorms(x, y)
        let skipped = try ResidualNetwork(network: network, skipConnections: true).weightGradientNorms(x, y)
        let last = plain.count - 2
        #expect(plain[1] / plain[last] < 1e-3)
        #expect(skipped[1] / skipped[last] > 1e-1)
    }

    @Test func layerGradientNormsAreTheNormsOfTheBackwardPass() throws {
        // With one example db[l] = ∂J/∂Z[l], so its norm is the pre-activation gradient's norm.
        var rng = RandomSource(seed: 9)
        let network = try Network(layerSizes: [4, 4, 4, 4, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy,
                                  initializer: .xavierNormal, rng: &rng)
        let (x, y) = randomData(inputs: 4, outputs: 1, count: 1, loss: .binaryCrossEntropy, rng: &rng)
        for skips in [false, true] {
            let residual = ResidualNetwork(network: network, skipConnections: skips)
            let norms = try residual.layerGradientNorms(x, y)
            let gradients = try residual.costAndGradients(x, y).gradients
            #expect(norms.preActivations.count == 4)
            for l in 0..<4 {
                #expect(abs(norms.preActivations[l] - gradients.biases[l].squaredNorm().squareRoot()) < 1e-15)
                #expect(norms.weights[l] == gradients.weights[l].squaredNorm().squareRoot())
            }
        }
    }
}
