import DLCore
import Foundation
import TextCharts

/// `gradcheck.dropout`: a gradient check of a correct network with dropout on its hidden layers.
///
/// The lesson: with a fresh dropout mask for every evaluation of J, J(θ + εeᵢ) and J(θ − εeᵢ) come
/// from two different networks, and their difference divided by a tiny 2ε is mask noise, so the check
/// fails although backprop is right. Fix the mask (one draw reused by every evaluation, which also
/// checks dropout's backward pass) or set keep-prob to 1, and the check passes.
public struct DropoutGradientCheck: Experiment {
    public init() {}

    public let id = "gradcheck.dropout"
    public let title = Localized.untranslated("Gradient checking with dropout")
    public let summary = Localized.untranslated("Dropout with a fresh mask per cost evaluation breaks the check; a fixed mask or keep-prob 1 repairs it.")

    static let keepProb = NumberKnob(id: "keep-prob", text: .untranslated(KnobText("keep_prob", "probability of keeping each hidden unit (1: no dropout)")),
                                     range: 0.5...1, step: 0.05, default: 0.8)
    static let fixMask = ToggleKnob(id: "fix-mask", text: .untranslated(KnobText("fixed mask", "reuse one dropout mask for every evaluation of J")), default: false)
    public var knobs: [Knob] { [Self.keepProb.knob, Self.fixMask.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings
        let keepProb: Double
        let fixMask: Bool
        let seed: UInt64
        private var shown = Frame()
        private(set) var isFinished = false

        init(_ context: RunContext) {
            strings = context.strings
            keepProb = context.settings[DropoutGradientCheck.keepProb]
            fixMask = context.settings[DropoutGradientCheck.fixMask]
            seed = context.seed
        }

        /// One step: 47 parameters, two full forward passes each when the masks are fresh.
        func advance() throws {
            isFinished = true
            let lab = try GradientCheckingLab(layerSizes: [4, 5, 3, 1], hidden: .tanh, initializer: .xavierNormal, seed: seed)
            let report = try GradientCheck(dropout: Dropout(keepProb: keepProb, fixedMask: fixMask), seed: seed)
                .run(network: lab.network, x: lab.x, y: lab.y)
            let comparison = GradientCheckingComparison(report: report)
            shown = lab.frame(showing: comparison, lambda: 0, cost: report.cost,
                              findings: dropoutFindings(comparison, evaluations: report.costEvaluations),
                              extra: [("keep_prob", .number(keepProb)), ("fixed_mask", .bool(fixMask)),
                                      ("epsilon", .number(report.epsilon)), ("method", .string("two-sided"))])
        }

        func makeFrame() -> Frame { shown }

        private func dropoutFindings(_ comparison: GradientCheckingComparison, evaluations: Int) -> [Finding] {
            let largestNumeric = comparison.numeric.values.map(abs).max() ?? .nan
            let largestAnalytic = comparison.analytic.values.map(abs).max() ?? .nan
            let values = ["largest_numeric_gradient": largestNumeric, "largest_analytic_gradient": largestAnalytic,
                          "cost_evaluations": Double(evaluations)]
            if keepProb >= 1 {
                return [Finding("keep_prob = 1 drops nothing: the ordinary check.", tone: .info, values: values)]
            }
            if fixMask {
                return [Finding("One mask for all \(evaluations) evaluations of J: the check covers dropout's backprop too.",
                                tone: .good, values: values)]
            }
            return [Finding("New mask per evaluation: numerical gradients reach \(NumberText.scientific(largestNumeric)), backprop's \(String(format: "%.2g", largestAnalytic)).",
                            tone: .warning, values: values)]
        }
    }
}
