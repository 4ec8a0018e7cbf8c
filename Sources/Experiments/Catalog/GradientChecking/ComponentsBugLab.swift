import DLCore
import Localization
import FoundationEssentials
import TextCharts

/// `gradcheck.components`: the bug lab. A small network (by default [4, 5, 3, 1]) with a bug planted
/// in its backward pass, checked against two-sided differences of the cost, segment by segment.
///
/// The lesson: the overall relative difference says *whether* backprop is wrong, the segments say
/// *where*. A gradient k times too large in one segment gives that segment |k − 1|/(k + 1) (1/3 for a
/// doubled dW2, 3/5 for a db1 four times too large) while the other segments stay below 1e-6; a bug
/// shared by every layer (a forgotten 1/m) turns every bar red at once.
public struct ComponentsBugLab: Experiment {
    public init() {}

    public let id = "gradcheck.components"
    public let title = Localized { $0.bugLabTitle }
    public let summary = Localized { $0.bugLabSummary }

    /// The bugs a student can plant, by knob value.
    enum Bug: String, CaseIterable, Sendable {
        case none
        case dW2TimesTwo = "dW2-times-2"
        case db1TimesFour = "db1-times-4"
        case both
        case missingRegularization = "missing-regularization"
        case missingOneOverM = "missing-1/m"
        case tanhDerivative = "tanh-derivative"

        /// The bugs DLCore plants in the backward pass of a network with `layerCount` weight layers.
        func planted(layerCount: Int) -> [PlantedBug] {
            switch self {
            case .none: []
            case .dW2TimesTwo: [.scaledGradient(segment: "W2", factor: 2)]
            case .db1TimesFour: [.scaledGradient(segment: "b1", factor: 4)]
            case .both: [.scaledGradient(segment: "W2", factor: 2), .scaledGradient(segment: "b1", factor: 4)]
            case .missingRegularization: [.missingRegularizationGradient]
            // Forgotten in every layer, as when the 1/m is left out of the shared dZ of the loss.
            case .missingOneOverM: (1...layerCount).map { .missingOneOverM(layer: $0) }
            case .tanhDerivative: [.wrongTanhDerivative]
            }
        }
    }

    /// A network shape the student can pick, written as its layer sizes: "4,5,3,1".
    struct LayerSizes: RawRepresentable, Sendable {
        let rawValue: String

        init(rawValue: String) { self.rawValue = rawValue }

        var sizes: [Int] { rawValue.split(separator: ",").compactMap { Int($0) } }

        static let choices = ["4,5,3,1", "4,3,1", "2,3,1", "4,10,5,3,1"].map(LayerSizes.init(rawValue:))
    }

    /// The activation of the hidden layers.
    enum Hidden: String, CaseIterable, Sendable {
        case tanh, relu

        var activation: Activation { self == .relu ? .relu : .tanh }
    }

    static let bug = ChoiceKnob<Bug>(id: "bug", text: Localized { $0.bugLabBug }, default: .none)
    static let layers = ChoiceKnob<LayerSizes>(id: "layers", text: Localized { $0.bugLabLayers },
                                               choices: LayerSizes.choices, default: LayerSizes(rawValue: "4,5,3,1"))
    static let hidden = ChoiceKnob<Hidden>(id: "hidden", text: Localized { $0.bugLabHidden }, default: .tanh)
    // λ stays 0 by default so that a forgotten 1/m scales every segment by exactly the same factor.
    static let lambda = NumberKnob(id: "lambda", text: Localized { $0.bugLabLambda },
                                   range: 0...3, step: 0.1, default: 0)
    static let epsilon = NumberKnob(id: "epsilon", text: Localized { $0.bugLabEpsilon },
                                    range: 1e-10...1e-2, step: 1, logarithmic: true, default: 1e-7)
    public var knobs: [Knob] { [Self.bug.knob, Self.layers.knob, Self.hidden.knob, Self.lambda.knob, Self.epsilon.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings
        let language: Language

        static let headlines: [HeadlineSpec] = [.init("relative_difference", .scientific(1))]
        let bug: Bug
        let layerSizes: [Int]
        let hidden: Activation
        let lambda: Double
        let epsilon: Double
        let seed: UInt64
        private var shown = Frame()
        private(set) var isFinished = false

        init(_ context: RunContext) {
            strings = context.strings
            language = context.language
            let settings = context.settings
            bug = settings[ComponentsBugLab.bug]
            layerSizes = settings[ComponentsBugLab.layers].sizes
            hidden = settings[ComponentsBugLab.hidden].activation
            lambda = settings[ComponentsBugLab.lambda]
            epsilon = settings[ComponentsBugLab.epsilon]
            seed = context.seed
        }

        /// The whole check is one step: about a hundred parameters, two cached cost evaluations each.
        func advance() throws {
            isFinished = true
            // Xavier suits tanh and He suits ReLU: units neither saturated nor dead, as in a real check.
            let lab = try GradientCheckingLab(layerSizes: layerSizes, hidden: hidden,
                                              initializer: hidden == .relu ? .he : .xavierNormal, seed: seed)
            let planted = bug.planted(layerCount: lab.network.layers.count)
            let report = try GradientCheck(epsilon: epsilon, regularization: .l2(lambda), bugs: planted)
                .run(network: lab.network, x: lab.x, y: lab.y)
            let comparison = GradientCheckingComparison(report: report)
            shown = lab.frame(showing: comparison, lambda: lambda, cost: report.cost,
                              findings: bugFindings(comparison, network: lab.network),
                              extra: [("epsilon", .number(epsilon)), ("method", .string("two-sided")),
                                      ("bug", .string(bug.rawValue))], language: language)
        }

        func makeFrame() -> Frame { shown }

        /// What the planted bug predicts, set beside what the check measured.
        private func bugFindings(_ comparison: GradientCheckingComparison, network: Network) -> [Finding] {
            let m = Double(GradientCheckingLab.exampleCount)
            let segments = comparison.segments.map(\.name)
            var segmentValues: [String: Double] = ["lambda": lambda,
                                            "largest_segment_difference": comparison.segments.map(\.relativeDifference).max() ?? .nan]
            for segment in comparison.segments { segmentValues["difference_\(segment.name)"] = segment.relativeDifference }
            switch bug {
            case .none:
                return []
            case .dW2TimesTwo, .db1TimesFour, .both:
                // One line for both bugs: |k − 1|/(k + 1) predicted beside what the check measured.
                var parts: [String] = [], values: [String: Double] = [:], claims: [Claim] = []
                for (segment, k) in [("W2", 2.0), ("b1", 4.0)] where bug == .both || bug.rawValue.hasPrefix("d\(segment)") {
                    let predicted = abs(k - 1) / (k + 1), measured = comparison.difference(of: segment)
                    parts.append("\(segment) \(NumberText.fixed(predicted, 4)) (k = \(Int(k)))")
                    values["predicted_\(segment)"] = predicted
                    values["measured_\(segment)"] = measured
                    // Exact for the segment, ‖kg − g‖ / (‖kg‖ + ‖g‖) = |k − 1|/(k + 1), up to the finite difference's own error
                    // (within 5 % even at ε = 0.01 on a ReLU network, where a few kinks are crossed).
                    claims.append(.near("measured_\(segment)", predicted, relativeTolerance: 0.05))
                }
                return [Finding(strings.bugLabScaled(parts),
                                tone: .info, values: values, claims: claims)]
            case .missingOneOverM:
                let predicted = (m - 1) / (m + 1)
                let spread = comparison.segments.map(\.relativeDifference)
                let text = strings.bugLabMissingOneOverM(Int(m), NumberText.fixed(predicted, 4), withPenalty: lambda != 0)
                // Without a penalty every segment is off by exactly (m−1)/(m+1); with one, the b segments still are
                // (the penalty touches only W).
                var oneOverMValues = segmentValues
                oneOverMValues["predicted_difference"] = predicted
                oneOverMValues["smallest_segment_difference"] = spread.min() ?? .nan
                oneOverMValues["largest_segment_difference"] = spread.max() ?? .nan
                return [Finding(text, tone: .info, values: oneOverMValues,
                                claims: lambda != 0
                                    ? segments.filter { $0.hasPrefix("b") }.map { .near("difference_\($0)", predicted, relativeTolerance: 0.05) }
                                    : [.near("smallest_segment_difference", predicted, relativeTolerance: 0.05),
                                       .near("largest_segment_difference", predicted, relativeTolerance: 0.05)])]
            case .missingRegularization:
                // No penalty: the check passes as it would on a correct backprop. With one: only the W segments
                // carry (λ/m)·W, so no b segment may fail.
                guard lambda > 0 else {
                    return [Finding(strings.bugLabNoPenalty, tone: .warning, values: segmentValues,
                                    claims: [.atMost("largest_segment_difference", GradientCheckVerdict.bugAtOrAbove)])]
                }
                return [Finding(strings.bugLabOnlyW, tone: .info, values: segmentValues,
                                claims: segments.filter { $0.hasPrefix("b") }.map { .atMost("difference_\($0)", GradientCheckVerdict.bugAtOrAbove) })]
            case .tanhDerivative:
                guard let lastTanh = network.layers.lastIndex(where: { $0.activation == .tanh }) else {
                    return [Finding(strings.bugLabNoTanh, tone: .warning, values: segmentValues,
                                    claims: [.atMost("largest_segment_difference", GradientCheckVerdict.bugAtOrAbove)])]
                }
                // The last tanh layer's own segments and every segment below fail; the layers above it are right.
                let claims: [Claim] = network.layers.indices.flatMap { index -> [Claim] in
                    ["W\(index + 1)", "b\(index + 1)"].map { name in
                        index <= lastTanh ? .atLeast("difference_\(name)", GradientCheckVerdict.bugAtOrAbove)
                                          : .atMost("difference_\(name)", GradientCheckVerdict.bugAtOrAbove)
                    }
                }
                return [Finding(strings.bugLabTanh, tone: .info, values: segmentValues, claims: claims)]
            }
        }
    }
}
