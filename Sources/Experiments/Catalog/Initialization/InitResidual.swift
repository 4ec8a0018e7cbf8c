import DLCore
import FoundationEssentials
import TextCharts

/// `init.residual`: the gradient reaching each layer of a deep plain network and of the same network
/// with identity skip connections, A[l] = g(Z[l]) + A[l−1].
///
/// The lesson: in a plain stack backpropagation multiplies the gradient by Wᵀ and g′ once per layer,
/// so with sigmoid units (slope ≤ ¼) or small weights the first layers get almost nothing. A skip
/// adds dA[l] itself to what reaches A[l−1], so the gradient has a path down that no factor shrinks.
/// Both networks start from the same weights; only the skips differ.
public struct InitResidual: Experiment {
    public init() {}

    public let id = "init.residual"
    public let title = Localized { $0.residualTitle }
    public let summary = Localized { $0.residualSummary }

    static let activation = ChoiceKnob<Hidden>(id: "activation", text: Localized { $0.residualActivation }, default: .sigmoid)
    static let scheme = ChoiceKnob<Scheme>(id: "init", text: Localized { $0.residualInit }, default: .xavier)
    static let depth = IntegerKnob(id: "depth", text: Localized { $0.residualDepth }, range: 10...50, step: 10, default: 20)
    public var knobs: [Knob] { [Self.activation.knob, Self.scheme.knob, Self.depth.knob] }

    enum Hidden: String, CaseIterable, Sendable {
        case sigmoid, tanh, relu

        var activation: Activation {
            switch self {
            case .sigmoid: .sigmoid
            case .tanh: .tanh
            case .relu: .relu
            }
        }
    }

    enum Scheme: String, CaseIterable, Sendable {
        case small, xavier

        var initializer: Initializer { self == .small ? .normal(standardDeviation: 0.01) : .xavierNormal }
    }

    /// Every hidden layer as wide as the input, so every hidden layer can have a skip.
    static let width = 40
    static let exampleCount = 100
    /// Below ×0.1 from the last hidden layer to the first the gradient has vanished, above ×10 exploded.
    static let levelBand = 0.1...10.0

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    /// How the gradient changes from the last hidden layer down to the first.
    enum Trend {
        case vanishing, level, growing

        init(ratio: Double) {
            self = ratio < InitResidual.levelBand.lowerBound ? .vanishing : ratio > InitResidual.levelBand.upperBound ? .growing : .level
        }

        /// What the label commits to about `ratio` (the first-to-last ratio named `name`).
        func claims(_ name: String) -> [Claim] {
            switch self {
            case .vanishing: [.less(name, than: "level_band_low")]
            case .level: [.atLeast(name, InitResidual.levelBand.lowerBound), .atMost(name, InitResidual.levelBand.upperBound)]
            case .growing: [.less("level_band_high", than: name)]
            }
        }
    }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("plain_ratio", .short), .init("residual_ratio", .short)]
        let hidden: Hidden
        let scheme: Scheme
        let depth: Int
        private let data: Dataset
        private let network: Network
        /// ‖∂J/∂Z[l]‖ of the hidden layers (index 0 is layer 1), without and with the skips.
        private(set) var plain: [Double]?
        private(set) var residual: [Double]?
        var isFinished: Bool { residual != nil }

        init(_ context: RunContext) throws {
            strings = context.strings
            hidden = context.settings[InitResidual.activation]
            scheme = context.settings[InitResidual.scheme]
            depth = context.settings[InitResidual.depth]
            var rng = RandomSource(seed: context.seed)
            let n = InitResidual.width, m = InitResidual.exampleCount
            let x = rng.normalMatrix(rows: n, columns: m)
            // Random 0/1 labels: at initialization only the size of the gradient matters.
            let y = Matrix(rows: 1, columns: m) { _, _ in rng.uniform() < 0.5 ? 0 : 1 }
            data = try Dataset(x: x, y: y, name: "random inputs")
            network = try Network(layerSizes: [n] + Array(repeating: n, count: depth) + [1],
                                  hidden: hidden.activation, output: .sigmoid, loss: .binaryCrossEntropy,
                                  initializer: scheme.initializer, rng: &rng)
        }

        /// One backward pass a step: the plain network, then the same weights with skips.
        func advance() throws {
            let skips = plain != nil
            let norms = try ResidualNetwork(network: network, skipConnections: skips)
                .layerGradientNorms(data.x, data.y).preActivations.dropLast()
            if skips { residual = Array(norms) } else { plain = Array(norms) }
        }

        func makeFrame() -> Frame {
            let layers = (1...depth).map(Double.init)
            var series: [Series] = []
            if let plain { series.append(Series(name: strings.residualPlainSeries, x: layers, y: plain, color: .red, marker: "x")) }
            if let residual { series.append(Series(name: strings.residualSkipSeries, x: layers, y: residual, color: .green, marker: "o")) }
            let chart = LineChart(
                title: strings.residualChartTitle(hidden.rawValue, strings.residualSchemeLabel(scheme), depth),
                series: series,
                xAxis: Axis(strings.layerAxis, range: 1...Double(depth)),
                yAxis: Axis("‖∂J/∂Z‖", scale: .log))
            return Frame(
                figures: [.line(chart)],
                findings: isFinished ? findings() : [],
                progress: Double(series.count) / 2,
                details: .object([("plain_delta_norms", .numbers(plain ?? [])),
                                  ("residual_delta_norms", .numbers(residual ?? []))]))
        }

        private func findings() -> [Finding] {
            typealias S = NumberText
            guard let plain, let residual, let plainFirst = plain.first, let plainLast = plain.last,
                  let residualFirst = residual.first, let residualLast = residual.last else { return [] }
            let plainRatio = plainFirst / plainLast, residualRatio = residualFirst / residualLast
            guard [plainRatio, residualRatio].allSatisfy({ $0.isFinite && $0 > 0 }) else {
                let unusable = { (name: String) in Claim.either(.notFinite(name), or: .atMost(name, 0)) }
                return [Finding(strings.gradientsNotFinite, tone: .bad,
                                values: ["plain_ratio": plainRatio, "residual_ratio": residualRatio],
                                claims: [.either(unusable("plain_ratio"), or: unusable("residual_ratio"))])]
            }
            let band: [String: Double] = ["level_band_low": InitResidual.levelBand.lowerBound,
                                          "level_band_high": InitResidual.levelBand.upperBound]
            let plainTrend = Trend(ratio: plainRatio), residualTrend = Trend(ratio: residualRatio)
            let lift = residualFirst / plainFirst
            return [
                Finding(strings.residualPlain(S.short(plainLast), S.short(plainFirst), depth, S.short(plainRatio), plainTrend),
                        tone: plainTrend == .level ? .good : .bad,
                        values: band.merging(["plain_first": plainFirst, "plain_last": plainLast, "plain_ratio": plainRatio]) { $1 },
                        claims: plainTrend.claims("plain_ratio")),
                Finding(strings.residualSkips(S.short(residualLast), S.short(residualFirst), depth, S.short(residualRatio), residualTrend),
                        tone: residualTrend == .level ? .good : .warning,
                        values: band.merging(["residual_first": residualFirst, "residual_last": residualLast,
                                              "residual_ratio": residualRatio]) { $1 },
                        claims: residualTrend.claims("residual_ratio")),
                Finding(lift > 1 ? strings.residualLift(S.short(lift)) : strings.residualNoLift(S.short(lift)),
                        tone: lift > 1 ? .good : .info,
                        values: ["plain_first": plainFirst, "residual_first": residualFirst, "first_layer_lift": lift],
                        claims: lift > 1 ? [.less("plain_first", than: "residual_first")] : [.atMost("first_layer_lift", 1)]),
            ]
        }
    }
}
