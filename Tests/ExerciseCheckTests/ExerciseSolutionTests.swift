import Foundation
import Testing
@testable import ExerciseCheck

/// Every starter exercise with its reference solution passes; each planted mistake fails on the right
/// arrays with the right hint.
@Suite struct ExerciseSolutionTests {
    static let networkExercises = ["ex1_activation_backward", "ex2_linear_backward", "ex3_backward_pass",
                                   "ex4_l2_regularization", "ex5_dropout"]

    @Test(arguments: networkExercises)
    func referenceSolutionPasses(_ exercise: String) throws {
        let report = try ExerciseFixture.check(try ExerciseFixture.program(exercise))
        #expect(report.passed, "\(exercise): \(report.comparison.segments.map { "\($0.name) \($0.relativeDifference)" })")
        #expect(report.comparison.overall < 1e-6)
        #expect(report.hint == nil)
        #expect(report.batched)
        #expect(report.analytic.map(\.name) == ["W1", "b1", "W2", "b2", "W3", "b3"])
        // Two costs per parameter of the [4, 5, 3, 1] network, a few more for kinks, plus cost and gradient.
        #expect(report.costEvaluations >= 2 * 47 + 2)
    }

    @Test func unsolvedStarterSaysWhichFunctionIsMissing() throws {
        let command = try ExerciseFixture.program("ex1_activation_backward", solved: false)
        #expect {
            try ExerciseFixture.check(command)
        } throws: { error in
            let text = "\(error)"
            return text.contains("NotImplementedError: sigmoid_backward") && text.contains("raise NotImplementedError(\"sigmoid_backward\")")
        }
    }

    @Test func wrongFactorOnOneArray() throws {
        let report = try ExerciseFixture.check(try ExerciseFixture.program("ex3_backward_pass", replacing: [
            ("grads[\"dW%d\" % l] = dZ @ A_prev.T / m", "grads[\"dW%d\" % l] = dZ @ A_prev.T / m * (2 if l == 2 else 1)"),
        ]))
        #expect(!report.passed)
        #expect(report.failingArrays == ["W2"])
        guard case .constantFactor(let array, let k, let measured) = report.hint else {
            Issue.record("hint \(String(describing: report.hint))")
            return
        }
        #expect(array == "W2")
        #expect(abs(k - 2) < 1e-4)
        // |k − 1|/(k + 1) = 1/3, as the bug lab teaches.
        #expect(abs(measured - 1.0 / 3) < 1e-4)
        #expect(report.hint!.text.contains("|k−1|/(k+1)"))
    }

    @Test func missingOneOverM() throws {
        let report = try ExerciseFixture.check(try ExerciseFixture.program("ex2_linear_backward", replacing: [
            ("dW = dZ @ A_prev.T / m", "dW = dZ @ A_prev.T"),
            ("db = np.sum(dZ, axis=1, keepdims=True) / m", "db = np.sum(dZ, axis=1, keepdims=True)"),
        ]))
        #expect(report.failingArrays == ["W1", "b1", "W2", "b2", "W3", "b3"])
        guard case .sharedFactor(let k) = report.hint else {
            Issue.record("hint \(String(describing: report.hint))")
            return
        }
        #expect(abs(k - 100) < 1e-3)
        #expect(report.hint!.text.contains("the 1/m is missing"))
    }

    @Test func wrongActivationDerivative() throws {
        // g(Z) instead of g′(Z): the classic slip.
        let report = try ExerciseFixture.check(try ExerciseFixture.program("ex1_activation_backward", replacing: [
            ("return dA * (Z > 0)", "return dA * network.relu(Z)"),
        ]))
        #expect(report.failingArrays == ["W1", "b1", "W2", "b2"])
        #expect(report.difference(of: "W3") < 1e-6)
        #expect(report.hint == .belowLayer(layer: 2, arrays: ["W1", "b1", "W2", "b2"]))
        #expect(report.hint!.text.contains("relu_backward"))
    }

    @Test func forgottenL2Gradient() throws {
        let report = try ExerciseFixture.check(try ExerciseFixture.program("ex4_l2_regularization", replacing: [
            ("return lambd / m * W", "return 0 * W"),
        ]))
        #expect(report.failingArrays == ["W1", "W2", "W3"])
        guard case .onlyWeights(let arrays, let coefficient) = report.hint else {
            Issue.record("hint \(String(describing: report.hint))")
            return
        }
        #expect(arrays == ["W1", "W2", "W3"])
        // λ/m = 0.7/100, missing from backprop.
        #expect(abs((coefficient ?? 0) + 0.007) < 1e-6)
        #expect(report.hint!.text.contains("the gradient of the L2 term is forgotten"))
    }

    @Test func dropoutMaskNotReused() throws {
        // Backprop draws a mask of its own instead of using the forward pass's.
        let report = try ExerciseFixture.check(try ExerciseFixture.program("ex5_dropout", replacing: [
            ("    return dA * D / keep_prob", "    return dA * (np.random.default_rng(9).random(D.shape) < keep_prob) / keep_prob"),
        ]))
        #expect(report.failingArrays == ["W1", "b1", "W2", "b2"])
        #expect(report.hint == .belowLayer(layer: 2, arrays: ["W1", "b1", "W2", "b2"]))
        #expect(report.hint!.text.contains("dropout mask"))
    }

    @Test func signError() throws {
        let report = try ExerciseFixture.check(try ExerciseFixture.program("ex3_backward_pass", replacing: [
            ("dZ = AL - Y", "dZ = Y - AL"),
        ]))
        #expect(report.failingArrays == ["W1", "b1", "W2", "b2", "W3", "b3"])
        #expect(report.hint == .signFlipped(arrays: ["W1", "b1", "W2", "b2", "W3", "b3"]))
        #expect(abs(report.comparison.overall - 1) < 1e-6)
    }

    @Test func tooLargeAnEpsilonIsSaidToBe() throws {
        // At ε = 1e-2 ReLUs switch inside the step for most components of W1: no smooth cost to compare with.
        let report = try ExerciseFixture.check(try ExerciseFixture.program("ex1_activation_backward"), epsilon: 1e-2)
        #expect(report.verdict == .inconclusive)
        #expect(report.frame.findings.contains { $0.text.contains("the check cannot tell") })
        #expect(report.hint == nil)
        #expect(!report.passed)
    }

    @Test func gradientCheckerExercise() throws {
        let outcome = try ProgramCheck().run(try ExerciseFixture.program("ex6_gradient_check"))
        guard case .checker(let report) = outcome else {
            Issue.record("expected a checker report")
            return
        }
        #expect(report.passed)
        #expect(report.rounds.count == 2)
        // With dW2 doubled, the difference the checker reports is the bug lab's kind of number, not 0.
        #expect(report.rounds[1].reportedDifference > 0.05)
    }

    @Test func oneSidedCheckerFails() throws {
        let outcome = try ProgramCheck().run(try ExerciseFixture.program("ex6_gradient_check", replacing: [
            ("gradient[index] = (plus - minus) / (2 * epsilon)", "gradient[index] = (plus - cost(parameters)) / epsilon"),
        ]))
        guard case .checker(let report) = outcome else {
            Issue.record("expected a checker report")
            return
        }
        #expect(!report.passed)
        #expect(!report.numericAgrees(report.rounds[1]))
    }

    @Test func checkerWithWrongDifferenceFails() throws {
        let outcome = try ProgramCheck().run(try ExerciseFixture.program("ex6_gradient_check", replacing: [
            ("return np.linalg.norm(n - a) / (np.linalg.norm(n) + np.linalg.norm(a))", "return np.linalg.norm(n - a)"),
        ]))
        guard case .checker(let report) = outcome else {
            Issue.record("expected a checker report")
            return
        }
        #expect(!report.passed)
        #expect(!report.differenceAgrees(report.rounds[1]))
    }
}
