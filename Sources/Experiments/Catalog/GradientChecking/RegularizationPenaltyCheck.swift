import DLCore
import Localization
import FoundationEssentials
import TextCharts

/// `gradcheck.regularization`: a correct backprop with L2 regularization, checked against a cost
/// that forgot the penalty (λ/2m)·Σ‖W[l]‖².
///
/// The lesson: the numerical check differentiates whatever cost it is handed. Without the penalty
/// it measures the gradient of another function, so every W segment fails although backprop is
/// right, while the b segments, which the penalty does not touch, pass. Include the penalty (check
/// the same J you minimize), or set λ = 0, and everything passes.
public struct RegularizationPenaltyCheck: Experiment {
    public init() {}

    public let id = "gradcheck.regularization"
    public let title = Localized { $0.penaltyTitle }
    public let summary = Localized { $0.penaltySummary }

    static let lambda = NumberKnob(id: "lambda", text: Localized { $0.penaltyLambda },
                                   range: 0...3, step: 0.1, default: 0.7)
    static let includePenalty = ToggleKnob(id: "include-penalty", text: Localized { $0.penaltyInclude }, default: false)
    public var knobs: [Knob] { [Self.lambda.knob, Self.includePenalty.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings
        let language: Language

        static let headlines: [HeadlineSpec] = [.init("relative_difference", .scientific(1))]
        let lambda: Double
        let includePenalty: Bool
        let seed: UInt64
        private var shown = Frame()
        private(set) var isFinished = false

        init(_ context: RunContext) {
            strings = context.strings
            language = context.language
            lambda = context.settings[RegularizationPenaltyCheck.lambda]
            includePenalty = context.settings[RegularizationPenaltyCheck.includePenalty]
            seed = context.seed
        }

        func advance() throws {
            isFinished = true
            let lab = try GradientCheckingLab(layerSizes: [4, 5, 3, 1], hidden: .tanh, initializer: .xavierNormal, seed: seed)
            let regularization = Regularization.l2(lambda)
            // Backprop is correct: it always adds (λ/m)·W to dW.
            let gradients = try lab.network.costAndGradients(lab.x, lab.y, regularization: regularization).gradients
            let analytic = try ParameterVector(gradients, shapedLike: lab.network)
            // The check's numerical gradient, of the cost with or without the penalty.
            let check = try GradientCheck(regularization: includePenalty ? regularization : .none)
                .run(network: lab.network, x: lab.x, y: lab.y)
            let comparison = GradientCheckingComparison(analytic: analytic, numeric: check.numeric)
            shown = lab.frame(showing: comparison, lambda: lambda, cost: check.cost, findings: penaltyFindings(comparison),
                              extra: [("check_cost_includes_penalty", .bool(includePenalty)),
                                      ("epsilon", .number(check.epsilon)), ("method", .string("two-sided"))], language: language)
        }

        func makeFrame() -> Frame { shown }

        /// How the W segments, which the penalty touches, compare with the b segments, which it does not.
        private func penaltyFindings(_ comparison: GradientCheckingComparison) -> [Finding] {
            let weights = comparison.segments.filter { $0.name.hasPrefix("W") }.map(\.relativeDifference)
            let biases = comparison.segments.filter { $0.name.hasPrefix("b") }.map(\.relativeDifference)
            let smallestW = weights.min() ?? .nan, largestW = weights.max() ?? .nan, largestB = biases.max() ?? .nan
            let values = ["smallest_w_difference": smallestW, "largest_w_difference": largestW, "largest_b_difference": largestB]
            if lambda == 0 {
                // "Changes nothing": the check passes as on a correct backprop.
                return [Finding(strings.penaltyNone, tone: .info, values: values,
                                claims: [.atMost("largest_w_difference", GradientCheckVerdict.bugAtOrAbove)])]
            }
            if includePenalty {
                return [Finding(strings.penaltySame, tone: .good, values: values,
                                claims: [.atMost("largest_w_difference", GradientCheckVerdict.bugAtOrAbove)])]
            }
            return [Finding(strings.penaltyMissing, tone: .warning, values: values,
                            claims: [.atLeast("smallest_w_difference", GradientCheckVerdict.bugAtOrAbove),
                                     .atMost("largest_b_difference", GradientCheckVerdict.bugAtOrAbove)])]
        }
    }
}

