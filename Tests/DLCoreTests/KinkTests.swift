import Testing
@testable import DLCore

/// A correct ReLU backprop must never be called a bug because the two-sided difference straddles a
/// kink; a real bug must still be one.
@Suite struct KinkTests {
    /// The bug lab's problem: m = 100 examples from N(0, 1), labelled by a fixed rule, He-initialized
    /// ReLU layers with zero biases under a sigmoid output (units with all inputs off sit exactly on 0).
    static func reluProblem(_ sizes: [Int], seed: UInt64) throws -> (Network, Matrix, Matrix) {
        var rng = RandomSource(seed: seed)
        let m = 100
        let x = rng.normalMatrix(rows: sizes[0], columns: m)
        var y = Matrix(rows: 1, columns: m)
        for j in 0..<m { y[0, j] = x[0, j] * x[min(1, sizes[0] - 1), j] + 0.5 * x[0, j] > 0 ? 1 : 0 }
        let network = try Network(layerSizes: sizes, hidden: .relu, output: .sigmoid, loss: .binaryCrossEntropy,
                                  initializer: .he, rng: &rng)
        return (network, x, y)
    }

    /// J = 0.7 + slopes around θ: a kink (left slope 0, right slope 1) or a smooth cost of slope 0.5
    /// and curvature 2, with backprop's `analytic`.
    static func evidence(analytic: Double, kink: Bool, epsilon: Double = 1e-7) -> FiniteDifferenceEvidence {
        let cost = 0.7
        func j(_ h: Double) -> Double { kink ? cost + max(h, 0) : cost + 0.5 * h + h * h }
        return FiniteDifferenceEvidence(analytic: analytic, cost: cost, plus: j(epsilon), minus: j(-epsilon),
                                        halfPlus: j(epsilon / 2), halfMinus: j(-epsilon / 2), epsilon: epsilon)
    }

    @Test func theSlopesAtTwoStepsTellAKinkFromABug() {
        // Backprop took the left slope 0 of a kink whose right slope is 1: the central difference says 0.5.
        #expect(KinkTests.evidence(analytic: 0, kink: true).doubt == .kink)
        #expect(KinkTests.evidence(analytic: 1, kink: true).doubt == .kink)
        // A smooth cost of slope 0.5 with backprop twice too large, or with its sign flipped: bugs.
        #expect(KinkTests.evidence(analytic: 1, kink: false).doubt == nil)
        #expect(KinkTests.evidence(analytic: -0.5, kink: false).doubt == nil)
        // The smooth cost at a large step: slopes 0.5 ± ε differ, but by half as much at ε/2 — not a kink.
        #expect(KinkTests.evidence(analytic: 0.9, kink: false, epsilon: 0.1).doubt == nil)
        // Agreement is not examined at all.
        #expect(!FiniteDifferenceEvidence.needsExamination(analytic: 0.5, cost: 0.7, plus: 0.7 + 0.5e-7, minus: 0.7 - 0.5e-7, epsilon: 1e-7))
    }

    @Test func aUnitOnItsKinkIsSetAsideAndTheRestIsGreat() throws {
        // Seed 3 of the bug lab's [4,5,3,1] ReLU network reported "bug" (b2 0.039) before kinks were known.
        var found = false
        for seed in UInt64(1)...12 {
            let (network, x, y) = try KinkTests.reluProblem([4, 5, 3, 1], seed: seed)
            let report = try network.gradientCheck(x, y, settings: GradientCheck(epsilon: 1e-7))
            #expect(report.verdict == .great, "seed \(seed): \(report.summary)")
            #expect(report.relativeDifferenceWithoutSetAside < 1e-7, "seed \(seed): \(report.summary)")
            if report.setAside.contains(where: { $0.reason == .kink }) {
                found = true
                #expect(report.relativeDifference > report.relativeDifferenceWithoutSetAside, "seed \(seed)")
                #expect(report.segments.reduce(0) { $0 + $1.setAsideCount } == report.setAside.count)
            }
        }
        #expect(found, "some seed puts a unit on its kink (the case this test is about)")
    }

    @Test(arguments: [[4, 5, 3, 1], [4, 3, 1], [2, 3, 1], [4, 10, 5, 3, 1]])
    func aCorrectReLUBackpropIsNeverABug(_ sizes: [Int]) throws {
        for seed in UInt64(1)...20 {
            let (network, x, y) = try KinkTests.reluProblem(sizes, seed: seed)
            for epsilon in [1e-10, 1e-7, 1e-4, 1e-2] {
                for lambda in [0.0, 0.7, 3] {
                    let report = try network.gradientCheck(x, y, settings: GradientCheck(epsilon: epsilon, regularization: .l2(lambda)))
                    #expect(report.verdict != .bug, "\(sizes) seed \(seed) ε \(epsilon) λ \(lambda): \(report.summary)")
                    #expect(report.segments.allSatisfy { $0.verdict != .bug }, "\(sizes) seed \(seed) ε \(epsilon) λ \(lambda): \(report.summary)")
                }
            }
        }
    }

    @Test(arguments: [PlantedBug.scaledGradient(segment: "W2", factor: 2), .scaledGradient(segment: "b1", factor: 4),
                      .scaledGradient(segment: "b2", factor: -1), .missingOneOverM(layer: 1)])
    func aRealBugInAReLUNetworkIsStillABug(_ bug: PlantedBug) throws {
        for seed in UInt64(1)...20 {
            let (network, x, y) = try KinkTests.reluProblem([4, 5, 3, 1], seed: seed)
            let report = try network.gradientCheck(x, y, settings: GradientCheck(epsilon: 1e-7, bugs: [bug]))
            #expect(report.verdict == .bug, "seed \(seed), \(bug): \(report.summary)")
        }
    }

    @Test func smoothNetworksHaveNoKinks() throws {
        let (network, x, y) = try GradientCheckTests.setup()
        for epsilon in [1e-7, 1e-4] {
            let report = try network.gradientCheck(x, y, settings: GradientCheck(epsilon: epsilon))
            #expect(report.setAside.isEmpty, "ε \(epsilon): \(report.summary)")
        }
    }
}
