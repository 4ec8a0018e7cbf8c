import Foundation
import Testing
@testable import DLCore

@Suite struct InitializerTests {
    @Test func orthogonalWeightsHaveOrthonormalRowsOrColumns() throws {
        var rng = RandomSource(seed: 2)
        for (rows, columns) in [(6, 4), (4, 6), (5, 5)] {
            let w = try Initializer.orthogonal(gain: 1).weights(layer: 0, rows: rows, columns: columns, rng: &rng)
            let gram = rows >= columns ? try w.transposedDot(w) : try w.dotTransposed(w)
            #expect(try gram.subtracting(.identity(min(rows, columns))).maxAbs() < 1e-12)
        }
    }

    @Test func qrReconstructsTheMatrix() throws {
        var rng = RandomSource(seed: 3)
        let a = rng.normalMatrix(rows: 7, columns: 4)
        let (q, r) = try a.qrDecomposition()
        #expect(try q.dot(r).subtracting(a).maxAbs() < 1e-12)
        for i in 0..<4 { #expect(r[i, i] > 0); for j in 0..<i { #expect(r[i, j] == 0) } }
    }

    @Test(arguments: [Initializer.he, .lecun, .xavierNormal, .xavierUniform, .normal(standardDeviation: 0.01), .uniform(range: 0.5)])
    func sampleSpreadMatchesTheScheme(_ initializer: Initializer) throws {
        var rng = RandomSource(seed: 4)
        let w = try initializer.weights(layer: 0, rows: 200, columns: 100, rng: &rng)
        let scale = initializer.scale(fanIn: 100, fanOut: 200)
        let isUniform = initializer == .xavierUniform || initializer == .uniform(range: 0.5)
        let expectedStd = isUniform ? scale / 3.0.squareRoot() : scale
        let std = (w.squaredNorm() / Double(w.count)).squareRoot()
        #expect(abs(std / expectedStd - 1) < 0.03)
        #expect(abs(w.mean()) < 0.03 * expectedStd * 10)
        if isUniform { #expect(w.maxAbs() <= scale) }
    }

    @Test func givenWeightsAreUsedAndCheckedForShape() throws {
        var rng = RandomSource(seed: 5)
        let w1 = rng.normalMatrix(rows: 3, columns: 2), w2 = rng.normalMatrix(rows: 1, columns: 3)
        let b1 = Matrix(column: [1, 2, 3])
        let net = try Network(layerSizes: [2, 3, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy,
                              initializer: .given(weights: [w1, w2], biases: [b1, Matrix(column: [0])]), rng: &rng)
        #expect(net.layers[0].weights == w1 && net.layers[1].weights == w2 && net.layers[0].bias == b1)
        #expect(throws: DLCoreError.self) {
            try Network(layerSizes: [2, 4, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy,
                        initializer: .given(weights: [w1, w2], biases: nil), rng: &rng)
        }
        let zeros = try Network(layerSizes: [2, 3, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy,
                                initializer: .zeros, rng: &rng)
        #expect(zeros.layers.allSatisfy { $0.weights.maxAbs() == 0 })
    }
}
