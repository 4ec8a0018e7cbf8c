import Foundation
import Testing
@testable import DLCore

@Suite struct NormalizationTests {
    static func data() throws -> DataSplit {
        var rng = RandomSource(seed: 8)
        let data = try Dataset.misScaledFeatures(count: 300, rng: &rng)
        return try data.split(train: 0.6, dev: 0.2, test: 0.2, rng: &rng)
    }

    @Test func zScoreGivesTheTrainingSplitMeanZeroAndUnitVariance() throws {
        let (split, normalizer) = try NormalizationTests.data().normalized(.zScore)
        let x = split.train.x
        for i in 0..<x.rows {
            let row = x.row(i)
            let mean = row.reduce(0, +) / Double(row.count)
            let variance = row.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(row.count)
            #expect(abs(mean) < 1e-12 && abs(variance - 1) < 1e-12)
        }
        // Dev is transformed with the training statistics, so it is close to but not exactly standardized.
        let devMeans = split.dev.x.rowMeans()
        #expect(devMeans.maxAbs() < 0.5 && devMeans.maxAbs() > 0)
        #expect(normalizer.shift[1, 0] > 4000)
    }

    @Test func minMaxMapsTheTrainingRangeToZeroOne() throws {
        let (split, _) = try NormalizationTests.data().normalized(.minMax)
        for i in 0..<2 {
            let row = split.train.x.row(i)
            #expect(row.min()! == 0 && abs(row.max()! - 1) < 1e-15)
        }
    }

    @Test func pcaWhiteningDecorrelatesToIdentityCovariance() throws {
        var rng = RandomSource(seed: 9)
        // Strongly correlated features on different scales.
        var x = rng.normalMatrix(rows: 3, columns: 500)
        for j in 0..<500 {
            x[1, j] = 3 * x[0, j] + 0.5 * x[1, j] + 10
            x[2, j] = -0.2 * x[0, j] + 0.1 * x[2, j] * 100
        }
        let normalizer = try Normalizer.fit(.pcaWhitening(epsilon: 0), to: x)
        let white = try normalizer.apply(x)
        let covariance = try white.dotTransposed(white).scaled(by: 1 / 500)
        #expect(try covariance.subtracting(.identity(3)).maxAbs() < 1e-9)
        #expect(white.rowMeans().maxAbs() < 1e-12)
        #expect(normalizer.variances! == normalizer.variances!.sorted(by: >))
    }

    @Test func symmetricEigenReconstructsTheMatrix() throws {
        var rng = RandomSource(seed: 10)
        let b = rng.normalMatrix(rows: 5, columns: 5)
        let a = try b.adding(b.transposed())
        let (values, v) = try a.symmetricEigen()
        var lambda = Matrix(rows: 5, columns: 5)
        for i in 0..<5 { lambda[i, i] = values[i] }
        #expect(try v.dot(lambda).dotTransposed(v).subtracting(a).maxAbs() < 1e-10)
        #expect(try v.transposedDot(v).subtracting(.identity(5)).maxAbs() < 1e-12)
    }

    @Test func constantFeaturesAreNotDividedByZero() throws {
        let x = try Matrix([[1, 2, 3], [5, 5, 5]])
        for method in [NormalizationMethod.minMax, .zScore] {
            let y = try Normalizer.fit(method, to: x).apply(x)
            #expect(y.isFinite)
            #expect(y.row(1) == [0, 0, 0])
        }
        #expect(throws: DLCoreError.self) { try Normalizer.fit(.pcaWhitening(epsilon: 0), to: x) }
        #expect(try Normalizer.fit(.pcaWhitening(epsilon: 1e-5), to: x).apply(x).isFinite)
    }

    @Test func badInputThrows() throws {
        #expect(throws: DLCoreError.self) { try Normalizer.fit(.zScore, to: Matrix(rows: 2, columns: 0)) }
        let fitted = try Normalizer.fit(.zScore, to: Matrix([[1, 2], [3, 4]]))
        #expect(throws: DLCoreError.self) { try fitted.apply(Matrix(rows: 3, columns: 2)) }
        #expect(throws: DLCoreError.self) { try Normalizer.fit(.zScore, to: Matrix([[1, .nan]])) }
    }
}

@Suite struct DiagnosticsTests {
    @Test func saturationAndDeadUnitsAreCounted() throws {
        var rng = RandomSource(seed: 12)
        let data = try Dataset.circles(count: 100, rng: &rng)
        // Huge tanh weights saturate; ReLU with very negative biases is dead.
        var tanhNet = try Network(layerSizes: [2, 10, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy,
                                  initializer: .normal(standardDeviation: 50), rng: &rng)
        var reluNet = try Network(layerSizes: [2, 10, 1], hidden: .relu, output: .sigmoid, loss: .binaryCrossEntropy, rng: &rng)
        reluNet.layers[0].bias = Matrix(rows: 10, columns: 1, repeating: -100)
        let tanhStats = try tanhNet.diagnostics(data.x, data.y)
        let reluStats = try reluNet.diagnostics(data.x, data.y)
        #expect(tanhStats[0].saturatedFraction! > 0.9)
        #expect(reluStats[0].zeroFraction == 1 && reluStats[0].deadUnitFraction == 1)
        #expect(reluStats[0].gradientNorm == 0)
        #expect(reluStats[0].saturatedFraction == nil && tanhStats[0].zeroFraction == nil)

        tanhNet.layers[0].weights = tanhNet.layers[0].weights.scaled(by: 0.001)
        let calm = try tanhNet.diagnostics(data.x, data.y)
        #expect(calm[0].saturatedFraction == 0)
        let a = try tanhNet.forward(data.x).activations[0]
        #expect(abs(calm[0].activationMean - a.mean()) < 1e-15)
    }

    @Test func trainerReportsTheUpdateToWeightRatio() throws {
        var rng = RandomSource(seed: 13)
        let data = try Dataset.moons(count: 80, rng: &rng)
        let net = try Network(layerSizes: [2, 6, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy, rng: &rng)
        var trainer = try Trainer(network: net, train: data, configuration: .init(optimizer: .gradientDescent(learningRate: 0.5)))
        #expect(trainer.layerDiagnostics().isEmpty)
        let before = trainer.network
        trainer.step()
        let stats = trainer.layerDiagnostics()
        #expect(stats.count == 2)
        for l in 0..<2 {
            let delta = try trainer.network.layers[l].weights.subtracting(before.layers[l].weights).norm()
            let expected = delta / trainer.network.layers[l].weights.norm()
            #expect(abs(stats[l].updateToWeightRatio! - expected) < 1e-12 * max(expected, 1))
            #expect(abs(stats[l].gradientNorm * 0.5 - delta) < 1e-12)
        }
    }
}

@Suite struct TrainerDiagnosticsTests {
    @Test func reportsCarryDiagnosticsAtTheRequestedInterval() throws {
        var rng = RandomSource(seed: 14)
        let data = try Dataset.moons(count: 60, rng: &rng)
        let net = try Network(layerSizes: [2, 5, 1], hidden: .relu, output: .sigmoid, loss: .binaryCrossEntropy, rng: &rng)
        var trainer = try Trainer(network: net, train: data,
                                  configuration: .init(optimizer: .adam(learningRate: 0.01), batchSize: 16, diagnosticsInterval: 3))
        let reports = trainer.trainReporting(steps: 9)
        #expect(reports.map { $0.layerDiagnostics != nil } == [false, false, true, false, false, true, false, false, true])
        #expect(reports[8].layerDiagnostics! == trainer.layerDiagnostics())
        // 60 examples in batches of 16: the fourth step is the short last batch and ends epoch 1.
        #expect(reports[3].epochSummary?.epoch == 1 && reports.compactMap(\.epochSummary).count == 2)
        #expect(trainer.lastForwardPass?.exampleCount == 16)
    }
}
