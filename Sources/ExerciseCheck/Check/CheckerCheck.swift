import DLCore
import Experiments

/// Checks a student's numerical gradient checker (a program answering `{"role": "checker"}`) against
/// dltutor's own, on a network whose gradients dltutor knows exactly: DLCore's [4, 5, 3, 1] tanh network
/// with a sigmoid output and binary cross-entropy on fixed data.
///
/// Two requests: at ε = 1e-7 with the true backprop (the checker must find the gradients and a
/// difference below 1e-7), and at ε = 1e-3 with a backprop whose dW2 is doubled (its numbers must
/// match two-sided differences at that ε — a one-sided checker is off by about ε there — and its
/// relative difference must be ‖n − a‖/(‖n‖ + ‖a‖)).
struct CheckerCheck {
    let client: ProtocolClient
    let epsilon: Double

    static let layerSizes = [4, 5, 3, 1]
    static let exampleCount = 20
    static let seed: UInt64 = 17

    /// One request to the checker and what it answered beside dltutor's answer.
    struct Round: Sendable {
        var epsilon: Double
        var planted: String?
        /// The checker's numerical gradient against DLCore's two-sided differences at the same ε.
        var numericComparison: GradientCheckingComparison
        /// The checker's relative difference and the one its own gradient gives by the formula.
        var reportedDifference: Double
        var expectedDifference: Double
    }

    func run() throws(ProgramFailure) -> CheckerCheckReport {
        var rng = RandomSource(seed: CheckerCheck.seed)
        let x = rng.normalMatrix(rows: CheckerCheck.layerSizes[0], columns: CheckerCheck.exampleCount)
        var y = Matrix(rows: 1, columns: CheckerCheck.exampleCount)
        for j in 0..<CheckerCheck.exampleCount { y[0, j] = x[0, j] * x[1, j] + 0.5 * x[2, j] > 0 ? 1 : 0 }
        let network: Network
        do {
            network = try Network(layerSizes: CheckerCheck.layerSizes, hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy,
                                  initializer: .xavierNormal, rng: &rng)
        } catch {
            // Fixed sizes that DLCore accepts: cannot happen.
            fatalError("the checker's network: \(error)")
        }
        let description = JSONValue.object([
            ("layer_sizes", .numbers(CheckerCheck.layerSizes.map(Double.init))),
            ("hidden_activation", .string("tanh")), ("output_activation", .string("sigmoid")),
            ("loss", .string("binary_cross_entropy")),
            ("X", GradientCheckingComparison.matrixJSON(x)), ("Y", GradientCheckingComparison.matrixJSON(y)),
        ])
        let theta = network.parameterVector
        let parameters = arrays(theta)
        let layout = ArrayLayout(parameters)
        var rounds: [Round] = []
        for (step, planted) in [(epsilon, nil), (1e-3, "W2")] as [(Double, String?)] {
            let report: GradientCheckReport
            do {
                report = try GradientCheck(epsilon: step).run(network: network, x: x, y: y)
            } catch {
                fatalError("the checker's reference check: \(error)")
            }
            var backprop = report.analytic
            if let planted, let segment = backprop.segment(named: planted) {
                for i in segment.range { backprop.values[i] *= 2 }
            }
            let answer = try client.numericalGradient(network: description, parameters: parameters, epsilon: step,
                                                      backprop: arrays(backprop), layout: layout)
            let studentNumeric = layout.vector(answer.gradients)
            rounds.append(Round(epsilon: step, planted: planted,
                                numericComparison: GradientCheckingComparison(analytic: studentNumeric, numeric: report.numeric),
                                reportedDifference: answer.difference,
                                expectedDifference: GradientCheckReport.relativeDifference(studentNumeric.values[...], backprop.values[...])))
        }
        return CheckerCheckReport(rounds: rounds)
    }

    /// θ (or dθ) as the protocol's named arrays: W as n[l]×n[l−1], b as n[l]×1.
    private func arrays(_ vector: ParameterVector) -> [NamedArray] {
        vector.segments.map { NamedArray(name: $0.name, shape: [$0.rows, $0.columns], values: Array(vector.values[$0.range])) }
    }
}
