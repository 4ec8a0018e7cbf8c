import DLCore
import TextSupport
import Localization
import FoundationEssentials
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
    public let title = Localized { $0.dropoutCheckTitle }
    public let summary = Localized { $0.dropoutCheckSummary }

    static let keepProb = NumberKnob(id: "keep-prob", text: Localized { $0.dropoutCheckKeepProb },
                                     range: 0.5...1, step: 0.05, default: 0.8)
    static let fixMask = ToggleKnob(id: "fix-mask", text: Localized { $0.dropoutCheckFixMask }, default: false)
    public var knobs: [Knob] { [Self.keepProb.knob, Self.fixMask.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings
        let language: Language

        static let headlines: [HeadlineSpec] = [.init("relative_difference", .scientific(1))]
        let keepProb: Double
        let fixMask: Bool
        let seed: UInt64
        private var shown = Frame()
        private(set) var isFinished = false

        init(_ context: RunContext) {
            strings = context.strings
            language = context.language
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
                                      ("epsilon", .number(report.epsilon)), ("method", .string("two-sided")),
                                      ("dropout_masks", Self.masksJSON(report.dropoutMasks))], language: language)
        }

        func makeFrame() -> Frame { shown }

        /// The masks backprop used, one per hidden layer as rows (units × examples) of 0 for a dropped unit and
        /// 1/keepProb for a kept one (inverted dropout: a unit's activation is multiplied by its entry); null
        /// without dropout (keepProb 1).
        /// With a fixed mask every cost evaluation used these same masks, so another tool can redo the check.
        static func masksJSON(_ masks: DropoutMasks?) -> JSONValue {
            guard let masks else { return .null }
            return .array(masks.masks.compactMap { $0.map(GradientCheckingComparison.matrixJSON) })
        }

        private func dropoutFindings(_ comparison: GradientCheckingComparison, evaluations: Int) -> [Finding] {
            let largestNumeric = comparison.numeric.values.map(abs).max() ?? .nan
            let largestAnalytic = comparison.analytic.values.map(abs).max() ?? .nan
            let values = ["largest_numeric_gradient": largestNumeric, "largest_analytic_gradient": largestAnalytic,
                          "cost_evaluations": Double(evaluations), "relative_difference": comparison.overall]
            if keepProb >= 1 {
                return [.descriptive(strings.dropoutCheckOrdinary, values: values,
                                     because: "it names the setting; the verdict on the check is its own finding")]
            }
            if fixMask {
                // "The check covers dropout's backprop": with one mask the check passes as on any correct backprop.
                return [Finding(strings.dropoutCheckFixed(evaluations), tone: .good, values: values,
                                claims: [.atMost("relative_difference", GradientCheckVerdict.bugAtOrAbove)])]
            }
            return [Finding(strings.dropoutCheckFresh(NumberText.scientific(largestNumeric), String(printf: "%.2g", largestAnalytic)),
                            tone: .warning, values: values,
                            claims: [.less("largest_analytic_gradient", than: "largest_numeric_gradient")])]
        }
    }
}
