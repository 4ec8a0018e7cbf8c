import Foundation
import Testing
@testable import DLCore

@Suite struct ActivationTests {
    static let elementwise: [Activation] = [.linear, .sigmoid, .tanh, .relu, .leakyReLU(slope: 0.01)]

    @Test(arguments: elementwise)
    func derivativeMatchesFiniteDifferences(_ activation: Activation) {
        var rng = RandomSource(seed: 11)
        // Random points plus large ones; none within ε of ReLU's kink.
        var points = (0..<50).map { _ in 3 * rng.normal() } + [-40, -12, 12, 40]
        points = points.filter { abs($0) > 1e-3 }
        let analytic = points.map { activation.derivative($0) }
        let numeric = points.enumerated().map { k, _ in
            numericGradient(at: [points[k]]) { activation.value($0[0]) }[0]
        }
        #expect(relativeDifference(analytic, numeric) < 1e-7)
    }

    @Test(arguments: elementwise + [.softmax])
    func matrixBackwardMatchesFiniteDifferences(_ activation: Activation) throws {
        // Checks dZ = dA ⊙ g'(Z) (the Jacobian-vector product for softmax) through f(Z) = Σ R ⊙ g(Z).
        var rng = RandomSource(seed: 12)
        let z = rng.normalMatrix(rows: 4, columns: 5, standardDeviation: 3)
        let r = rng.normalMatrix(rows: 4, columns: 5)
        let analytic = try activation.backward(dA: r, z: z)
        let numeric = try numericGradient(at: z.storage) { values in
            try activation.apply(Matrix(rows: 4, columns: 5, values: values)).hadamard(r).sum()
        }
        #expect(relativeDifference(analytic.storage, numeric) < 1e-7)
    }

    @Test func softmaxIsStableForHugeLogits() throws {
        let a = Activation.softmax.apply(try Matrix([[1000], [999], [-1000]]))
        #expect(a.isFinite)
        #expect(abs(a.sum() - 1) < 1e-15)
        #expect(abs(a[0, 0] - 1 / (1 + exp(-1.0))) < 1e-15)
        #expect(Activation.sigmoid(-1000) == 0 && Activation.sigmoid(1000) == 1)
    }
}

@Suite struct LossTests {
    static let cases: [(Loss, Activation, Int)] = [
        (.binaryCrossEntropy, .sigmoid, 1),
        (.softmaxCrossEntropy(labelSmoothing: 0), .softmax, 3),
        (.softmaxCrossEntropy(labelSmoothing: 0.1), .softmax, 4),
        (.meanSquaredError, .linear, 2),
        (.meanSquaredError, .sigmoid, 1),
        (.meanSquaredError, .tanh, 2),
        (.meanSquaredError, .softmax, 3),
    ]

    @Test(arguments: 0..<cases.count)
    func gradientMatchesFiniteDifferences(_ index: Int) throws {
        let (loss, activation, outputs) = LossTests.cases[index]
        var rng = RandomSource(seed: UInt64(20 + index))
        let (_, y) = randomData(inputs: 1, outputs: outputs, count: 6, loss: loss, rng: &rng)
        let z = rng.normalMatrix(rows: outputs, columns: 6, standardDeviation: 2)
        let analytic = try loss.gradient(preActivation: z, activation: activation, targets: y)
        let numeric = try numericGradient(at: z.storage) { values in
            try loss.cost(preActivation: Matrix(rows: outputs, columns: 6, values: values), activation: activation, targets: y)
        }
        #expect(relativeDifference(analytic.storage, numeric) < 1e-7)
    }

    @Test func crossEntropiesStayFiniteAndCorrectForLargeLogits() throws {
        // Confidently wrong by 30 and by 1000: the gradient is ≈ ±1 and finite differences still agree.
        let y = try Matrix([[0, 1, 0, 1]])
        let z = try Matrix([[30, -30, 1000, -1000]])
        let cost = try Loss.binaryCrossEntropy.cost(preActivation: z, activation: .sigmoid, targets: y)
        #expect(abs(cost - (30 + 30 + 1000 + 1000) / 4) < 1e-9)
        let analytic = try Loss.binaryCrossEntropy.gradient(preActivation: z, activation: .sigmoid, targets: y)
        let numeric = try numericGradient(at: z.storage) { v in
            try Loss.binaryCrossEntropy.cost(preActivation: Matrix(row: v), activation: .sigmoid, targets: y)
        }
        #expect(relativeDifference(analytic.storage, numeric) < 1e-7)

        let yc = try Matrix([[1, 0], [0, 1], [0, 0]])
        let zc = try Matrix([[-500, 800], [500, -800], [0, 0]])
        let softmaxLoss = Loss.softmaxCrossEntropy(labelSmoothing: 0.05)
        let costC = try softmaxLoss.cost(preActivation: zc, activation: .softmax, targets: yc)
        #expect(costC.isFinite && costC > 500)
        let analyticC = try softmaxLoss.gradient(preActivation: zc, activation: .softmax, targets: yc)
        // The cost is ≈ 650, so rounding in J is ≈ 1e-13; a wider ε keeps (J₊ − J₋)/2ε well above it.
        let numericC = try numericGradient(at: zc.storage, epsilon: 1e-4) { v in
            try softmaxLoss.cost(preActivation: Matrix(rows: 3, columns: 2, values: v), activation: .softmax, targets: yc)
        }
        #expect(relativeDifference(analyticC.storage, numericC) < 1e-7)
    }

    @Test func lossAndOutputActivationMustMatch() {
        let z = Matrix(rows: 1, columns: 2), y = Matrix(rows: 1, columns: 2)
        #expect(throws: DLCoreError.self) { try Loss.binaryCrossEntropy.cost(preActivation: z, activation: .tanh, targets: y) }
        #expect(throws: DLCoreError.self) {
            try Loss.binaryCrossEntropy.cost(preActivation: z, activation: .sigmoid, targets: Matrix(rows: 1, columns: 3))
        }
        #expect(throws: DLCoreError.self) {
            try Loss.softmaxCrossEntropy(labelSmoothing: 1.5).cost(preActivation: Matrix(rows: 2, columns: 2), activation: .softmax,
                                                                   targets: Matrix(rows: 2, columns: 2))
        }
    }
}

@Suite struct RegularizationTests {
    @Test(arguments: [Regularization.l2(0.7), .l1(0.3), Regularization(l1: 0.2, l2: 0.5)])
    func penaltyGradientMatchesFiniteDifferences(_ regularization: Regularization) throws {
        var rng = RandomSource(seed: 31)
        let w = rng.normalMatrix(rows: 3, columns: 4)
        let analytic = regularization.gradient(weights: w, exampleCount: 10)
        let numeric = try numericGradient(at: w.storage) { v in
            regularization.cost(weights: try Matrix(rows: 3, columns: 4, values: v), exampleCount: 10)
        }
        #expect(relativeDifference(analytic.storage, numeric) < 1e-7)
    }

    @Test func negativeStrengthsAreRejected() {
        #expect(throws: DLCoreError.negativeParameter(name: "L2 λ", value: -1)) { try Regularization.l2(-1).validate() }
        #expect(throws: DLCoreError.self) { try Regularization.l1(-0.1).validate() }
    }
}
