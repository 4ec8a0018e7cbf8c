import DLCore
import Foundation
import TextCharts

/// `init.orthogonal`: 200 inputs of length 1 pushed through a chain of 50 linear 64×64 layers, with
/// the spread of their lengths ‖x‖ after every layer.
///
/// The lesson: Gaussian weights with Var(w) = 1/n keep ‖x‖² right *in expectation*, but each random
/// matrix stretches some directions and shrinks others, and over many layers the lengths drift apart,
/// differently for each input. An orthogonal matrix (QᵀQ = I) preserves every length exactly, and so
/// does a product of them, however deep: all norms stay at their starting value.
public struct InitOrthogonal: Experiment {
    public init() {}

    public let id = "init.orthogonal"
    public let title = Localized.untranslated("Orthogonal vs Gaussian through depth")
    public let summary = Localized.untranslated("The lengths ‖x‖ of 200 unit inputs after each of 50 linear layers: Gaussian N(0, 1/n) weights let them drift apart, orthogonal ones keep them all at 1.")

    /// The whole chain takes a few milliseconds; pausing between steps lets the spread grow visibly.
    public let liveStepDelay = 0.03

    static let scheme = ChoiceKnob<Scheme>(id: "init", text: .untranslated(KnobText("init", "weights: Gaussian N(0, 1/n), or orthogonal (QR of a Gaussian matrix)")),
                                           default: .gaussian)
    public var knobs: [Knob] { [Self.scheme.knob] }

    enum Scheme: String, CaseIterable, Sendable {
        case gaussian, orthogonal

        var initializer: Initializer {
            switch self {
            case .gaussian: .lecun
            case .orthogonal: .orthogonal(gain: 1)
            }
        }

        var label: String { self == .gaussian ? "Gaussian N(0, 1/n)" : "orthogonal" }
    }

    static let depth = 50
    static let width = 64
    static let inputCount = 200
    static let layersPerStep = 2

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings
        let scheme: Scheme
        private var rng: RandomSource
        /// The signals, one column per input.
        private var x: Matrix
        private var lowest = Series(name: "min ‖x‖", color: .blue)
        private var median = Series(name: "median ‖x‖", color: .green)
        private var highest = Series(name: "max ‖x‖", color: .red)
        /// Mean of ‖x‖² after each layer applied so far.
        private var meanSquared: [Double] = []
        private var layersApplied = 0
        private(set) var norms: [Double]
        var isFinished: Bool { layersApplied == InitOrthogonal.depth }

        init(_ context: RunContext) {
            strings = context.strings
            scheme = context.settings[InitOrthogonal.scheme]
            rng = RandomSource(seed: context.seed)
            // Random directions, each scaled to length 1.
            x = rng.normalMatrix(rows: InitOrthogonal.width, columns: InitOrthogonal.inputCount)
            for j in 0..<x.columns {
                let length = x.column(j).reduce(0) { $0 + $1 * $1 }.squareRoot()
                for i in 0..<x.rows { x[i, j] /= length }
            }
            norms = Run.columnNorms(x)
            record(layer: 0)
        }

        func advance() throws {
            let n = InitOrthogonal.width
            for _ in 0..<InitOrthogonal.layersPerStep where layersApplied < InitOrthogonal.depth {
                do {
                    let weights = try scheme.initializer.weights(layer: layersApplied, rows: n, columns: n, rng: &rng)
                    x = try weights.dot(x)
                } catch {
                    throw RunFailure("could not apply layer \(layersApplied + 1): \(error)")
                }
                layersApplied += 1
                norms = Run.columnNorms(x)
                record(layer: layersApplied)
            }
        }

        private func record(layer: Int) {
            let sorted = norms.sorted()
            lowest.append(x: Double(layer), y: sorted[0])
            median.append(x: Double(layer), y: InitializationSupport.quantile(sorted, 0.5))
            highest.append(x: Double(layer), y: sorted[sorted.count - 1])
            meanSquared.append(norms.reduce(0) { $0 + $1 * $1 } / Double(norms.count))
        }

        static func columnNorms(_ x: Matrix) -> [Double] {
            var squares = [Double](repeating: 0, count: x.columns)
            for i in 0..<x.rows {
                for j in 0..<x.columns { squares[j] += x[i, j] * x[i, j] }
            }
            return squares.map { $0.squareRoot() }
        }

        func makeFrame() -> Frame {
            let chart = LineChart(
                title: "Spread of ‖x‖ after each layer (\(scheme.label), \(InitOrthogonal.width) units)",
                series: [highest, median, lowest],
                xAxis: Axis("layer", range: 0...Double(InitOrthogonal.depth)),
                yAxis: Axis("‖x‖", scale: .log),
                horizontalLines: [ReferenceLine(1, label: "start: ‖x‖ = 1")]
            )
            // At least 0.5…1.5, so that rounding noise around 1 is not blown up to fill the axis.
            let range = min(norms.min() ?? 1, 0.5)...max(norms.max() ?? 1, 1.5)
            let histogram = Histogram(title: "‖x‖ of the \(InitOrthogonal.inputCount) inputs after layer \(layersApplied)",
                                      values: norms, range: range, xAxis: Axis("‖x‖"), color: .blue)
            return Frame(
                figures: [.line(chart), .histogram(histogram)],
                findings: isFinished ? findings() : [],
                progress: Double(layersApplied) / Double(InitOrthogonal.depth)
            )
        }

        private func findings() -> [Finding] {
            typealias S = NumberText
            let sorted = norms.sorted()
            let low = sorted[0], high = sorted[sorted.count - 1], middle = InitializationSupport.quantile(sorted, 0.5)
            let deviation = norms.map { abs($0 - 1) }.max() ?? .nan
            let meanSquare = meanSquared.last ?? .nan
            var result = [Finding(
                "After \(layersApplied) layers ‖x‖ ranges from \(S.short(low)) to \(S.short(high)) (median \(S.short(middle))); every input started at 1.",
                tone: .info, values: ["min_norm": low, "max_norm": high, "median_norm": middle, "max_deviation": deviation])]
            result.append(Finding(
                "The mean of ‖x‖² over the inputs is \(S.short(meanSquare)) (1 at the start).",
                tone: .info, values: ["mean_squared_norm": meanSquare]))
            if deviation < 1e-9 {
                result.append(Finding(
                    "Every length preserved: the largest |‖x‖ − 1| is \(S.scientific(deviation)), rounding error only.",
                    tone: .good, values: ["max_deviation": deviation]))
            } else {
                result.append(Finding(
                    "The lengths drifted apart: the longest is \(S.short(high / low)) times the shortest.",
                    tone: .warning, values: ["max_to_min_ratio": high / low]))
            }
            return result
        }
    }
}
