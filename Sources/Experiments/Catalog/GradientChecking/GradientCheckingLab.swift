import DLCore
import FoundationEssentials
import Localization

/// The small problem the gradient-checking experiments check on: m = 100 examples whose n⁰ features
/// are drawn from N(0, 1) and labelled by a fixed nonlinear rule, and a small network with hidden
/// layers of one activation, a sigmoid output and binary cross-entropy.
///
/// Small on purpose: a full two-sided check costs two cost evaluations per parameter, and the lesson
/// is about where the differences are, not about scale. With m = 100, a forgotten 1/m makes every
/// gradient 100 times too large, the case the debugging lesson's checkpoint computes.
struct GradientCheckingLab {
    static let exampleCount = 100

    let network: Network
    let x: Matrix
    let y: Matrix

    /// Data first, then the weights, both from `seed`: the same seed gives the same problem.
    init(layerSizes: [Int], hidden: Activation, initializer: Initializer, seed: UInt64) throws {
        var rng = RandomSource(seed: seed)
        let inputs = layerSizes[0], m = GradientCheckingLab.exampleCount
        x = rng.normalMatrix(rows: inputs, columns: m)
        var labels = Matrix(rows: 1, columns: m)
        for j in 0..<m {
            // An interaction term the hidden layers must learn, plus a linear part.
            var score = inputs >= 2 ? x[0, j] * x[1, j] : 0
            for i in 0..<inputs { score += (i % 2 == 0 ? 0.5 : -0.5) * x[i, j] }
            labels[0, j] = score > 0 ? 1 : 0
        }
        y = labels
        network = try Network(layerSizes: layerSizes, hidden: hidden, output: .sigmoid, loss: .binaryCrossEntropy,
                              initializer: initializer, rng: &rng)
    }

    /// What a student needs to redo the check with another tool: the architecture, the loss, λ, the
    /// data and every parameter by name, followed by `extra` (the gradients and the differences).
    static func details(network: Network, x: Matrix, y: Matrix, lambda: Double, cost: Double,
                        extra: [(String, JSONValue)]) -> JSONValue {
        var parameters: [(String, JSONValue)] = []
        for (l, layer) in network.layers.enumerated() {
            parameters.append(("W\(l + 1)", GradientCheckingComparison.matrixJSON(layer.weights)))
            parameters.append(("b\(l + 1)", GradientCheckingComparison.matrixJSON(layer.bias)))
        }
        let members: [(String, JSONValue)] = [
            ("layout", .string("X is n0×m with one column per example, Y is 1×m; W[l] is n[l]×n[l−1] and b[l] is n[l]×1; "
                + "Z[l] = W[l]·A[l−1] + b[l]; J = (1/m)·Σ cross-entropy + (λ/2m)·Σ‖W[l]‖²")),
            ("layer_sizes", .numbers(network.layerSizes.map(Double.init))),
            ("activations", .array(network.layers.map { .string($0.activation.description) })),
            ("loss", .string(network.loss.description)),
            ("lambda", .number(lambda)),
            ("cost", .number(cost)),
            ("X", GradientCheckingComparison.matrixJSON(x)),
            ("Y", GradientCheckingComparison.matrixJSON(y)),
            ("parameters", .object(parameters)),
        ]
        return .object(members + extra)
    }

    /// The frame of an experiment whose whole check is one step (`gradcheck.components`, `.dropout`,
    /// `.regularization`): the per-segment bars, the five worst components, the verdict followed by
    /// `findings`, and the details with `extra` before the comparison's own members.
    func frame(showing comparison: GradientCheckingComparison, lambda: Double, cost: Double, findings: [Finding],
               extra: [(String, JSONValue)], language: Language) -> Frame {
        Frame(figures: [.bar(comparison.barChart(language: language))],
              tables: [comparison.worstTable(count: 5, language: language)],
              findings: comparison.verdictFindings(language: language) + findings,

              progress: 1,
              details: GradientCheckingLab.details(network: network, x: x, y: y, lambda: lambda, cost: cost,
                                                   extra: extra + comparison.detailsMembers()))
    }
}
