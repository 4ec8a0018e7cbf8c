import DLCore
import FoundationEssentials
import Glibc
import TextCharts

/// `debug.update-ratio`: the update-to-weight ratio ‖α·dW[l]‖ / ‖W[l]‖ of every layer while a
/// [2, 16, 16, 16, 1] ReLU network learns the moons with mini-batch gradient descent (8 examples).
///
/// The lesson: in a healthy run each step changes the weights by about a thousandth (ratio ≈ 10⁻³,
/// within a factor of 10). Under gradient descent the ratio is proportional to the learning rate, so
/// every factor of 10 on α moves all the lines by a factor of 10: far below the band a layer is
/// barely learning, far above it the weights are rewritten at every step and training is unstable.
/// Costs are measured on all 300 training examples (the chart's and the findings'), never on one
/// mini-batch of 8, whose cost moves with the batch drawn even when the weights do not.
public struct UpdateRatio: Experiment {
    public init() {}

    public let id = "debug.update-ratio"
    public let title = Localized { $0.ratioTitle }
    public let summary = Localized { $0.ratioSummary }

    /// 1,000 steps on mini-batches of 8 take milliseconds; pausing lets the lines grow visibly.
    public let liveStepDelay = 0.04

    static let learningRate = NumberKnob(id: "learning-rate", text: Localized { $0.ratioLearningRate },
                                         range: 1e-6...10, step: 1, logarithmic: true, default: 0.01)
    public var knobs: [Knob] { [Self.learningRate.knob] }

    static let layerSizes = [2, 16, 16, 16, 1]
    static let iterations = 1000
    /// Small mini-batches, as in practice; their noisier gradients put α = 0.01 near the healthy 1e-3.
    static let batchSize = 8
    static let iterationsPerStep = 100
    /// Iterations averaged into one chart point.
    static let window = 20
    /// The healthy band: a factor of 10 either side of 10⁻³. Half a decade was too narrow for this
    /// network: α = 0.1 puts the typical ratio near 4·10⁻³ and ends with the lowest full-data cost of
    /// every α at every seed, so a band that called it "too high" contradicted its own run. With this
    /// band the advice ("raise α", "lower α") points to where a lower final cost is, at every seed the
    /// tests try.
    static let band = (low: 1e-4, high: 1e-2)

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("typical_ratio", .scientific(1)), .init("final_cost", .short)]
        let learningRate: Double
        private var trainer: Trainer
        private var ratios: [Series]
        private var cost: Series
        /// The ratio of every update, per layer.
        private var stepRatios: [[Double]]
        /// The training set: costs are judged on all of it, not on the last mini-batch of 8.
        private let data: Dataset
        /// The full-data cost before the first step.
        private let initialCost: Double
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            strings = context.strings
            cost = Series(name: strings.ratioCostSeries, color: .blue)
            let learningRate = context.settings[UpdateRatio.learningRate], seed = context.seed
            self.learningRate = learningRate
            let colors: [Color] = [.blue, .green, .magenta, .red]
            ratios = (1..<UpdateRatio.layerSizes.count).map { l in
                Series(name: "W\(l)", color: colors[(l - 1) % colors.count])
            }
            stepRatios = Array(repeating: [], count: ratios.count)
            var rng = RandomSource(seed: seed)
            let data = try Dataset.moons(count: 300, noise: 0.2, rng: &rng)
            self.data = data
            let network = try Network(layerSizes: UpdateRatio.layerSizes, hidden: .relu, output: .sigmoid,
                                      loss: .binaryCrossEntropy, initializer: .he, rng: &rng)
            initialCost = try network.cost(data.x, data.y)
            cost.append(x: 0, y: initialCost)
            trainer = try Trainer(network: network, train: data,
                                  configuration: TrainingConfiguration(optimizer: .gradientDescent(learningRate: learningRate),
                                                                       batchSize: UpdateRatio.batchSize, seed: seed))
        }

        func advance() {
            for _ in 0..<UpdateRatio.iterationsPerStep {
                guard let report = trainer.step() else { break }
                if case .diverged = report.status {
                    // No update was made; the non-finite cost goes on the chart, which leaves a gap there.
                    cost.append(x: Double(report.step), y: report.cost)
                    break
                }
                // ‖ΔW‖ of this step's update over ‖W‖ after it.
                let norms = trainer.optimizerState.lastUpdateNorms
                for l in stepRatios.indices where l < norms.count {
                    stepRatios[l].append(norms[l] / trainer.network.layers[l].weights.norm())
                }
                if report.step % UpdateRatio.window == 0 { closeWindow(at: report.step) }
            }
            if trainer.status.isFinished || trainer.stepCount >= UpdateRatio.iterations { isFinished = true }
        }

        /// One chart point per window: mini-batch ratios are noisy, their window means are not; the cost
        /// is that of all the training examples.
        private func closeWindow(at step: Int) {
            for l in ratios.indices {
                let recent = stepRatios[l].suffix(UpdateRatio.window)
                ratios[l].append(x: Double(step), y: recent.reduce(0, +) / Double(max(recent.count, 1)))
            }
            cost.append(x: Double(step), y: fullCost)
        }

        /// The cost of the current weights on all the training examples (∞ when it is no number).
        private var fullCost: Double { (try? trainer.network.cost(data.x, data.y)) ?? .infinity }

        func makeFrame() -> Frame {
            let ratioChart = LineChart(
                title: strings.ratioChartTitle(KnobValue.number(learningRate).description),
                series: ratios,
                xAxis: Axis(strings.iterationAxis, range: 0...Double(UpdateRatio.iterations)),
                yAxis: Axis(strings.ratioAxis, scale: .log),
                horizontalLines: [ReferenceLine(UpdateRatio.band.high, label: "1e-2", color: .green),
                                  ReferenceLine(1e-3, label: strings.healthyLabel, color: .green),
                                  ReferenceLine(UpdateRatio.band.low, label: "1e-4", color: .green)]
            )
            let costChart = LineChart(
                title: strings.trainingCostTitle, series: [cost],
                xAxis: Axis(strings.iterationAxis, range: 0...Double(UpdateRatio.iterations)), yAxis: Axis(strings.costAxis, scale: .log))
            return Frame(figures: [.line(ratioChart), .line(costChart)],
                         findings: isFinished ? findings(trainer) : [],
                         progress: Double(trainer.stepCount) / Double(UpdateRatio.iterations))
        }

        private func findings(_ trainer: Trainer) -> [Finding] {
            typealias S = NumberText
            var result: [Finding] = []
            let medians = stepRatios.map { ratios in
                let finite = ratios.filter(\.isFinite).sorted()
                return finite.isEmpty ? Double.nan : finite[finite.count / 2]
            }
            let peak = stepRatios.flatMap { $0 }.filter(\.isFinite).max() ?? .nan
            var values: [String: Double] = [:]
            for (l, median) in medians.enumerated() { values["median_ratio_layer_\(l + 1)"] = median }
            let positive = medians.filter { $0.isFinite && $0 > 0 }
            let lowest = positive.min() ?? .nan, highest = positive.max() ?? .nan
            // The typical layer: the geometric mean of the layers' medians (ratios live on a log scale).
            let typical = positive.count == medians.count
                ? exp(positive.map { log($0) }.reduce(0, +) / Double(positive.count)) : .nan
            values["lowest_median_ratio"] = lowest
            values["highest_median_ratio"] = highest
            values["typical_ratio"] = typical
            result.append(Finding.descriptive(
                strings.ratioMedians(medians.enumerated().map { "W\($0.offset + 1) \(S.scientific($0.element))" },
                                     typical.isFinite ? S.scientific(typical) : nil),
                values: values, because: "the ratios as measured; the verdict on the typical one is the next finding"))

            if case let .diverged(step) = trainer.status {
                result.append(Finding(strings.divergedWithCost(step, S.short(trainer.lastCost ?? .nan)), tone: .bad,
                                      values: trainer.divergenceValues(step: step), claims: Trainer.divergenceClaims))
            }
            let band = UpdateRatio.band
            let stopped = medians.enumerated().filter { $0.element == 0 }.map { "W\($0.offset + 1)" }
            if !stopped.isEmpty {
                var stoppedValues = values
                stoppedValues["verdict"] = 1
                stoppedValues["peak_ratio"] = peak
                result.append(Finding(strings.ratioStopped(stopped, S.short(peak)),
                                      tone: .bad, values: stoppedValues,
                                      claims: medians.indices.filter { medians[$0] == 0 }.map { .atMost("median_ratio_layer_\($0 + 1)", 0) }
                                          + [.atLeast("peak_ratio", band.high)]))
            } else if !typical.isFinite {
                result.append(Finding(strings.ratioNotFinite,
                                      tone: .bad, values: ["verdict": .nan, "typical_ratio": typical],
                                      claims: [.notFinite("typical_ratio")]))
            } else if typical > band.high {
                result.append(Finding(strings.ratioTooHigh(S.percent(typical)), tone: .bad,
                                      values: ["verdict": 1, "typical_ratio": typical],
                                      claims: [.atLeast("typical_ratio", band.high)]))
            } else if typical < band.low {
                result.append(Finding(strings.ratioTooLow(S.scientific(typical)), tone: .warning,
                                      values: ["verdict": -1, "typical_ratio": typical],
                                      claims: [.atMost("typical_ratio", band.low)]))
            } else {
                result.append(Finding(strings.ratioHealthy(S.scientific(typical)), tone: .good,
                                      values: ["verdict": 0, "typical_ratio": typical],
                                      claims: [.atLeast("typical_ratio", band.low), .atMost("typical_ratio", band.high)]))
            }
            let finalCost = fullCost
            result.append(Finding.descriptive(strings.ratioCosts(S.short(initialCost), S.short(finalCost), trainer.stepCount),
                                              values: ["first_cost": initialCost, "final_cost": finalCost],
                                              because: "the full-data cost before and after, as measured"))
            return result
        }
    }
}
