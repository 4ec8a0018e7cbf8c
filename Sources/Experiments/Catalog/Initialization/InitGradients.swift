import DLCore
import FoundationEssentials
import Glibc
import TextCharts

/// `init.gradients`: the gradient reaching each layer of a deep network at initialization.
///
/// The lesson: backpropagation multiplies the gradient by one factor per layer on its way down
/// (Wᵀ and the activation's slope). With weights too small each factor shrinks it and the first
/// layers, farthest from the cost, get the least (vanishing gradients); with N(0, 1) the factors
/// exceed 1 and the gradient grows toward the input (exploding). Xavier for tanh and He for ReLU put
/// every factor near 1, so all layers get gradients of similar size.
public struct InitGradients: Experiment {
    public init() {}

    public let id = "init.gradients"
    public let title = Localized { $0.gradientsTitle }
    public let summary = Localized { $0.gradientsSummary }

    /// Each step is a fraction of a millisecond; pausing lets the bars fill in from the top layer down.
    public let liveStepDelay = 0.05

    static let activation = ChoiceKnob<InitializationActivation>(id: "activation", text: Localized { $0.gradientsActivation }, default: .tanh)
    static let scheme = ChoiceKnob<InitializationScheme>(
        id: "init", text: Localized { $0.initWeightsKnob }, default: .small)
    public var knobs: [Knob] { [Self.activation.knob, Self.scheme.knob] }

    static let depth = 10
    static let width = 100
    static let exampleCount = 500

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("first_to_last_ratio", .short)]
        let activation: InitializationActivation
        let scheme: InitializationScheme
        private let network: Network
        private let data: Dataset
        private var pass: ForwardPass?
        /// ∂J/∂Z of the layer the backward pass has reached (J is the mean cost over the examples).
        private var delta: Matrix?
        /// ‖∂J/∂Z[l]‖ of the hidden layers, filled from the top down; index 0 is layer 1.
        private(set) var deltaNorms: [Double?] = Array(repeating: nil, count: InitGradients.depth)
        /// ‖∂J/∂W[l]‖ of the hidden layers, from DLCore's backward pass.
        private(set) var weightGradientNorms: [Double] = []
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            strings = context.strings
            let activation = context.settings[InitGradients.activation], scheme = context.settings[InitGradients.scheme]
            let seed = context.seed
            self.activation = activation
            self.scheme = scheme
            var rng = RandomSource(seed: seed)
            let n = InitGradients.width, m = InitGradients.exampleCount
            let x = rng.normalMatrix(rows: n, columns: m)
            // Random 0/1 labels: at initialization only the size of the gradient matters.
            let y = Matrix(rows: 1, columns: m) { _, _ in rng.uniform() < 0.5 ? 0 : 1 }
            data = try Dataset(x: x, y: y, name: "random inputs")
            network = try Network(
                layerSizes: [n] + Array(repeating: n, count: InitGradients.depth) + [1],
                hidden: activation.activation, output: .sigmoid, loss: .binaryCrossEntropy,
                initializer: scheme.initializer, rng: &rng)
        }

        /// First the forward pass, then one hidden layer of the backward pass per step, from the top.
        func advance() throws {
            guard let pass else {
                let forward = try network.forward(data.x)
                pass = forward
                // Sigmoid with cross-entropy: ∂J/∂Z of the output is (A − Y)/m.
                delta = try forward.output.subtracting(data.y).scaled(by: 1 / Double(data.count))
                weightGradientNorms = try network.backward(forward, targets: data.y).weights
                    .dropLast().map { $0.norm() }
                return
            }
            guard let above = delta, let l = deltaNorms.lastIndex(where: { $0 == nil }) else { return }
            // ∂J/∂A[l] = W[l+1]ᵀ · ∂J/∂Z[l+1], then ∂J/∂Z[l] = ∂J/∂A[l] ⊙ g′(Z[l]).
            let dA = try network.layers[l + 1].weights.transposedDot(above)
            let dZ = try network.layers[l].activation.backward(dA: dA, z: pass.preActivations[l])
            delta = dZ
            deltaNorms[l] = dZ.norm()
            if l == 0 { isFinished = true }
        }

        func makeFrame() -> Frame {
            let bars = deltaNorms.enumerated().reversed().map { l, norm in
                Bar(strings.layerBar(l + 1), norm ?? .nan)
            }
            let chart = BarChart(title: strings.gradientsChartTitle(activation.rawValue, strings.schemeLabel(scheme)),
                                 bars: bars, scale: .log, range: barRange(), color: .blue)
            let done = deltaNorms.filter { $0 != nil }.count + (pass == nil ? 0 : 1)
            return Frame(
                figures: [.bar(chart)],
                tables: isFinished ? [table()] : [],
                findings: isFinished ? findings() : [],
                progress: Double(done) / Double(InitGradients.depth + 1),
                details: .object([("delta_norms", .numbers(deltaNorms.map { $0 ?? .nan })),
                                  ("weight_gradient_norms", .numbers(weightGradientNorms))])
            )
        }

        /// Whole decades from one below the smallest norm to the largest, so that level bars look level
        /// and the shortest bar still shows.
        private func barRange() -> ClosedRange<Double>? {
            let known = deltaNorms.compactMap { $0 }.filter { $0 > 0 && $0.isFinite }
            guard let low = known.min(), let high = known.max() else { return nil }
            return pow(10, floor(log10(low)) - 1)...pow(10, max(ceil(log10(high)), floor(log10(low))))
        }

        private func table() -> ResultTable {
            typealias S = NumberText
            return ResultTable(
                title: strings.perHiddenLayer,
                columns: [strings.layerColumn, "‖∂J/∂Z‖", "‖∂J/∂W‖"],
                rows: deltaNorms.indices.map { l in
                    ["\(l + 1)", S.short(deltaNorms[l] ?? .nan),
                     l < weightGradientNorms.count ? S.short(weightGradientNorms[l]) : "–"]
                })
        }

        private func findings() -> [Finding] {
            typealias S = NumberText
            let norms = deltaNorms.map { $0 ?? .nan }
            let first = norms[0], last = norms[norms.count - 1]
            let ratio = first / last
            let perLayer = pow(ratio, 1 / Double(norms.count - 1))
            var values: [String: Double] = ["first_to_last_ratio": ratio, "factor_per_layer": perLayer]
            for (l, norm) in norms.enumerated() { values["delta_norm_layer_\(l + 1)"] = norm }
            var result = [Finding.descriptive(
                strings.gradientsTrend(S.short(last), S.short(first), S.short(perLayer)),
                values: values, because: "the gradient norms as measured; the verdict on their ratio is the next finding")]
            if !ratio.isFinite || ratio == 0 {
                result.append(Finding(strings.gradientsNotFinite, tone: .bad,
                                      values: ["first_to_last_ratio": ratio],
                                      claims: [.either(.notFinite("first_to_last_ratio"), or: .atMost("first_to_last_ratio", 0))]))
            } else if ratio < 0.1 {
                result.append(Finding(strings.gradientsVanishing(S.short(ratio)),
                                      tone: .bad, values: ["first_to_last_ratio": ratio], claims: [.atMost("first_to_last_ratio", 0.1)]))
            } else if ratio > 10 {
                result.append(Finding(strings.gradientsExploding(S.short(ratio)),
                                      tone: .bad, values: ["first_to_last_ratio": ratio], claims: [.atLeast("first_to_last_ratio", 10)]))
            } else {
                result.append(Finding(strings.gradientsLevel(S.short(max(ratio, 1 / ratio))),
                                      tone: .good, values: ["first_to_last_ratio": ratio],
                                      claims: [.atLeast("first_to_last_ratio", 0.1), .atMost("first_to_last_ratio", 10)]))
            }
            if let low = weightGradientNorms.min(), let high = weightGradientNorms.max() {
                // ∂J/∂W[l] = ∂J/∂Z[l]·A[l−1]ᵀ also scales with the layer's input, so its trend can differ.
                result.append(.descriptive(
                    strings.gradientsWeights(S.short(low), S.short(high)),
                    values: ["smallest_weight_gradient": low, "largest_weight_gradient": high],
                    because: "the range of the weight gradients, shown in the table"))
            }
            return result
        }
    }
}
