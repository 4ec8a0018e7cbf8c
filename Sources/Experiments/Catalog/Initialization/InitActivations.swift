import DLCore
import FoundationEssentials
import Glibc
import TextCharts

/// `init.activations`: 1,000 random inputs sent forward through 10 layers of 500 units, with the
/// distribution and the standard deviation of the activations in every layer.
///
/// The lesson: each layer multiplies the variance of its signal by about n·Var(w) (times a factor
/// for the activation). With N(0, 0.01²) and n = 500 that factor is √(500·0.0001) ≈ 0.22 on the
/// standard deviation, the same at every layer, so tanh activations collapse geometrically to 0;
/// with N(0, 1) they saturate at ±1; Xavier (Var(w) ≈ 1/n) keeps tanh within one order of magnitude
/// through all ten layers. ReLU halves the variance, so with Xavier it shrinks by about √2 per layer
/// and He (Var(w) = 2/n) gives that factor back.
public struct InitActivations: Experiment {
    public init() {}

    public let id = "init.activations"
    public let title = Localized { $0.activationsTitle }
    public let summary = Localized { $0.activationsSummary }

    static let activation = ChoiceKnob<InitializationActivation>(id: "activation", text: Localized { $0.activationsActivation }, default: .tanh)
    static let scheme = ChoiceKnob<InitializationScheme>(
        id: "init", text: Localized { $0.initWeightsKnob }, default: .small)
    public var knobs: [Knob] { [Self.activation.knob, Self.scheme.knob] }

    static let depth = 10
    static let width = 500
    static let inputCount = 1000
    /// Examples per step: one step is one layer's product for this many examples (~25M multiply-adds).
    static let blockSize = 100
    /// Every n-th activation of a layer (2,000 of 500,000) is kept to draw its histogram; the
    /// statistics use them all.
    static let histogramStride = 250

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    /// Statistics of one layer's activations, over all examples and units.
    struct LayerStatistics {
        var mean: Double
        var std: Double
        /// tanh: share with |a| > 0.99; ReLU: share exactly 0.
        var stuckFraction: Double
        /// Every `histogramStride`-th activation, for the histogram.
        var sample: [Double]
    }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("std_layer_10", .short), .init("mean_layer_factor", .fixed(3))]
        let activation: InitializationActivation
        let scheme: InitializationScheme
        private var rng: RandomSource
        /// The current layer's input, in column blocks of `blockSize` examples.
        private var blocks: [Matrix] = []
        private var weights = Matrix(rows: 0, columns: 0)
        private var layer = 0
        private var block = 0
        private(set) var layers: [LayerStatistics] = []
        var isFinished: Bool { layers.count == InitActivations.depth }

        init(_ context: RunContext) {
            strings = context.strings
            let activation = context.settings[InitActivations.activation], scheme = context.settings[InitActivations.scheme]
            let seed = context.seed
            self.activation = activation
            self.scheme = scheme
            rng = RandomSource(seed: seed)
        }

        func advance() {
            if blocks.isEmpty {
                // The inputs: 1,000 examples of 500 standard-normal features, drawn in the first step.
                let count = InitActivations.inputCount / InitActivations.blockSize
                blocks = (0..<count).map { _ in
                    rng.normalMatrix(rows: InitActivations.width, columns: InitActivations.blockSize)
                }
                return
            }
            if block == 0 {
                let n = InitActivations.width
                weights = (try? scheme.initializer.weights(layer: layer, rows: n, columns: n, rng: &rng))
                    ?? Matrix(rows: n, columns: n)
            }
            // Z = W·A (biases are 0), then A = g(Z), for one block of examples.
            if let z = try? weights.dot(blocks[block]) {
                blocks[block] = activation.activation.apply(z)
            }
            block += 1
            if block == blocks.count {
                layers.append(statistics())
                layer += 1
                block = 0
            }
        }

        private func statistics() -> LayerStatistics {
            var sum = 0.0, count = 0, stuck = 0
            var sample: [Double] = []
            var index = 0
            for matrix in blocks {
                for value in matrix.storage {
                    sum += value
                    count += 1
                    if activation.isStuck(value) { stuck += 1 }
                    if index % InitActivations.histogramStride == 0 { sample.append(value) }
                    index += 1
                }
            }
            let mean = sum / Double(count)
            var squares = 0.0
            for matrix in blocks {
                for value in matrix.storage { squares += (value - mean) * (value - mean) }
            }
            return LayerStatistics(mean: mean, std: (squares / Double(count)).squareRoot(),
                                   stuckFraction: Double(stuck) / Double(count), sample: sample)
        }

        func makeFrame() -> Frame {
            let stdSeries = Series(name: strings.stdOfActivations,
                                   x: layers.indices.map { Double($0 + 1) }, y: layers.map(\.std), color: .blue)
            let stdChart = LineChart(
                title: strings.stdChartTitle(activation.rawValue, strings.schemeLabel(scheme)),
                series: [stdSeries],
                xAxis: Axis(strings.layerAxis, range: 1...Double(InitActivations.depth)),
                yAxis: Axis(strings.stdAxis, scale: .log)
            )
            let range = histogramRange()
            let panels: [Figure] = layers.enumerated().map { l, statistics in
                // The chart bins the values to fit its width; values beyond the range go to the end bins.
                let clamped = statistics.sample.map { min(max($0, range.lowerBound), range.upperBound) }
                return .histogram(Histogram(title: "L\(l + 1) σ=\(NumberText.short(statistics.std))",
                                            values: clamped, range: range, color: .blue))
            }
            let histograms = SmallMultiples(title: strings.activationsPanelsTitle(NumberText.short(range.lowerBound), NumberText.short(range.upperBound)),
                                            panels: panels, columns: 5, minimumPanelWidth: 12)
            let total = InitActivations.depth * (InitActivations.inputCount / InitActivations.blockSize) + 1
            let done = blocks.isEmpty ? 0 : 1 + layer * (InitActivations.inputCount / InitActivations.blockSize) + block
            return Frame(
                figures: [.smallMultiples(histograms), .line(stdChart)],
                findings: isFinished ? findings() : [],
                progress: Double(done) / Double(total),
                details: .object([("layer_std", .numbers(layers.map(\.std))),
                                  ("layer_mean", .numbers(layers.map(\.mean)))])
            )
        }

        /// tanh lives in −1…1. ReLU's scale changes with depth, so all layers share the range of the
        /// widest one (its 99th percentile), and larger values are counted in the last bin.
        private func histogramRange() -> ClosedRange<Double> {
            switch activation {
            case .tanh: return -1...1
            case .relu:
                let top = layers.map { InitializationSupport.quantile($0.sample.sorted(), 0.99) }.max() ?? 1
                return 0...(top > 0 && top.isFinite ? top : 1)
            }
        }

        private func findings() -> [Finding] {
            typealias S = NumberText
            let stds = layers.map(\.std)
            let factors = zip(stds.dropFirst(), stds).map { $0 / $1 }
            let geometricFactor = pow(stds[stds.count - 1] / stds[0], 1 / Double(stds.count - 1))
            let overall = stds[stds.count - 1] / stds[0]
            var values: [String: Double] = [:]
            for (l, std) in stds.enumerated() { values["std_layer_\(l + 1)"] = std }
            var result = [Finding.descriptive(
                strings.activationsStd(S.short(stds[0]), S.short(stds[stds.count - 1]), S.short(overall)),
                values: values, because: "the standard deviations as measured; what they mean is the verdict finding")]
            result.append(.descriptive(
                strings.activationsFactors(S.short(factors.min() ?? .nan), S.short(factors.max() ?? .nan), S.short(geometricFactor)),
                values: ["min_layer_factor": factors.min() ?? .nan, "max_layer_factor": factors.max() ?? .nan,
                         "mean_layer_factor": geometricFactor],
                because: "the layer-to-layer factors as measured"))
            let lastStuck = layers[layers.count - 1].stuckFraction
            switch activation {
            case .tanh:
                // The bad tone flags more than a fifth of the units saturated.
                let text = strings.activationsSaturated(S.percent(lastStuck)), values = ["saturated_fraction_layer_10": lastStuck]
                result.append(lastStuck > 0.2
                    ? Finding(text, tone: .bad, values: values, claims: [.atLeast("saturated_fraction_layer_10", 0.2)])
                    : .descriptive(text, values: values, because: "a fifth or less saturated is reported, not flagged"))
            case .relu:
                result.append(.descriptive(strings.activationsZero(S.percent(lastStuck)),
                                           values: ["zero_fraction_layer_10": lastStuck],
                                           because: "the share of zero outputs as measured (about half is what ReLU does)"))
            }
            let spread = (stds.max() ?? .nan) / (stds.min() ?? .nan)
            if activation == .tanh && lastStuck > 0.2 {
                result.append(Finding(strings.activationsSaturating,
                                      tone: .bad, values: ["std_spread": spread, "saturated_fraction_layer_10": lastStuck],
                                      claims: [.atLeast("saturated_fraction_layer_10", 0.2)]))
            } else if overall < 0.1 {
                result.append(Finding(strings.activationsVanishing(S.short(geometricFactor), S.short(stds[stds.count - 1])),
                                      tone: .bad, values: ["std_spread": spread, "overall_ratio": overall], claims: [.atMost("overall_ratio", 0.1)]))
            } else if overall > 10 {
                result.append(Finding(strings.activationsExploding(S.short(geometricFactor), S.short(stds[stds.count - 1])),
                                      tone: .bad, values: ["std_spread": spread, "overall_ratio": overall], claims: [.atLeast("overall_ratio", 10)]))
            } else {
                result.append(Finding(strings.activationsHealthy(S.short(spread)),
                                      tone: .good, values: ["std_spread": spread, "overall_ratio": overall],
                                      claims: [.atLeast("overall_ratio", 0.1), .atMost("overall_ratio", 10)]))
            }
            return result
        }
    }
}
