import DLCore
import FoundationEssentials
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
    public let title = Localized { $0.orthogonalTitle }
    public let summary = Localized { $0.orthogonalSummary }

    /// The whole chain takes a few milliseconds; pausing between steps lets the spread grow visibly.
    public let liveStepDelay = 0.03

    static let scheme = ChoiceKnob<Scheme>(id: "init", text: Localized { $0.orthogonalInit },
                                           default: .gaussian)
    public var knobs: [Knob] { [Self.scheme.knob] }

    enum Scheme: String, CaseIterable, Sendable {
        case gaussian, orthogonal
        /// The orthogonal factor U·Vᵀ of a Gaussian matrix's SVD instead of QR's Q.
        case orthogonalSVD = "orthogonal-svd"

        var initializer: Initializer {
            switch self {
            case .gaussian: .lecun
            case .orthogonal: .orthogonal(gain: 1)
            case .orthogonalSVD: .orthogonalSVD(gain: 1)
            }
        }

    }

    static let depth = 50
    static let width = 64
    static let inputCount = 200
    static let layersPerStep = 2

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("median_norm", .short), .init("max_to_min_ratio", .fixed(1))]
        let scheme: Scheme
        private var rng: RandomSource
        /// The signals, one column per input.
        private var x: Matrix
        private var lowest: Series
        private var median: Series
        private var highest: Series
        /// Mean of ‖x‖² after each layer applied so far.
        private var meanSquared: [Double] = []
        private var layersApplied = 0
        private(set) var norms: [Double]
        var isFinished: Bool { layersApplied == InitOrthogonal.depth }

        init(_ context: RunContext) {
            strings = context.strings
            lowest = Series(name: strings.minNorm, color: .blue)
            median = Series(name: strings.medianNorm, color: .green)
            highest = Series(name: strings.maxNorm, color: .red)
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
                    throw RunFailure(strings.layerFailed(layersApplied + 1, String(describing: error)))
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
                title: strings.orthogonalChartTitle(strings.schemeLabel(scheme), InitOrthogonal.width),
                series: [highest, median, lowest],
                xAxis: Axis(strings.layerAxis, range: 0...Double(InitOrthogonal.depth)),
                yAxis: Axis("‖x‖", scale: .log),
                horizontalLines: [ReferenceLine(1, label: strings.startNormLabel)]
            )
            // At least 0.5…1.5, so that rounding noise around 1 is not blown up to fill the axis.
            let range = min(norms.min() ?? 1, 0.5)...max(norms.max() ?? 1, 1.5)
            let histogram = Histogram(title: strings.orthogonalHistogramTitle(InitOrthogonal.inputCount, layersApplied),
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
            var result = [Finding.descriptive(
                strings.orthogonalRange(layersApplied, S.short(low), S.short(high), S.short(middle)),
                values: ["min_norm": low, "max_norm": high, "median_norm": middle, "max_deviation": deviation],
                because: "the norms as measured; whether they kept their length is the verdict finding")]
            result.append(.descriptive(
                strings.orthogonalMeanSquare(S.short(meanSquare)),
                values: ["mean_squared_norm": meanSquare], because: "the mean square as measured, beside its start"))
            if deviation < 1e-9 {
                result.append(Finding(
                    strings.orthogonalPreserved(S.scientific(deviation)),
                    tone: .good, values: ["max_deviation": deviation], claims: [.atMost("max_deviation", 1e-9)]))
            } else {
                result.append(Finding(
                    strings.orthogonalDrifted(S.short(high / low)),
                    tone: .warning, values: ["max_to_min_ratio": high / low, "max_deviation": deviation],
                    claims: [.atLeast("max_deviation", 1e-9)]))
            }
            return result
        }
    }
}
