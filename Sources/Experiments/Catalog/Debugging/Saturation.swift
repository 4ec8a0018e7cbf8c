import DLCore
import FoundationEssentials
import TextCharts

/// `debug.saturation`: the inputs z of the sigmoid units of a [2, 32, 32, 1] network while it trains
/// on circles (full-batch Adam, α = 0.003), and the share of units that are saturated (|z| > 4).
///
/// The lesson: σ′(z) = σ(z)(1 − σ(z)) is at most 0.25 and only about 0.018 at |z| = 4, so a unit whose
/// input is usually large in magnitude passes almost no gradient back. Weights initialized too large
/// (here N(0,1)×10) put most units there from the first step and keep them there; Xavier starts them
/// in the sensitive middle. The distribution of z, per checkpoint, and the saturated share over time
/// are the diagnosis. (On this easy 2-D task the saturated network still fits the training set, more
/// slowly: its units act as fixed step functions the output layer can combine. What saturation takes
/// away is the gradient reaching the hidden weights, which the mean slope σ′(z) measures.)
public struct Saturation: Experiment {
    public init() {}

    public let id = "debug.saturation"
    public let title = Localized { $0.saturationTitle }
    public let summary = Localized { $0.saturationSummary }

    static let scheme = ChoiceKnob<Scheme>(id: "init", text: Localized { $0.saturationInit },
                                           default: .large)
    public var knobs: [Knob] { [Self.scheme.knob] }

    enum Scheme: String, CaseIterable, Sendable {
        case large, xavier

        var initializer: Initializer { self == .large ? .normal(standardDeviation: 10) : .xavierNormal }
        var label: String { self == .large ? "N(0,1)×10" : "Xavier" }
    }

    static let layerSizes = [2, 32, 32, 1]
    static let iterations = 1500
    static let iterationsPerStep = 50
    /// The distribution of z is drawn at these iterations.
    static let checkpoints = [0, 500, 1000, 1500]
    /// |z| above this counts as saturated: σ′(4) ≈ 0.018, a fourteenth of the slope at 0.
    static let saturationThreshold = 4.0

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("saturated_share_end", .percent), .init("final_cost", .short)]
        let scheme: Scheme
        private var trainer: Trainer
        private var data: Dataset?
        /// Saturated share per hidden layer, and for all hidden units together, over iterations.
        private var shares: [Series]
        /// The z of every hidden unit on every example, at each checkpoint reached.
        private var snapshots: [(iteration: Int, z: [Double])] = []
        private(set) var isFinished = false

        init(_ context: RunContext) throws {
            strings = context.strings
            let scheme = context.settings[Saturation.scheme], seed = context.seed
            self.scheme = scheme
            let hiddenLayers = Saturation.layerSizes.count - 2
            shares = (1...hiddenLayers).map { Series(name: context.strings.layerBar($0), color: $0 == 1 ? .blue : .magenta) }
                + [Series(name: strings.allHiddenUnits, color: .red)]
            var rng = RandomSource(seed: seed)
            let data = try Dataset.circles(count: 300, noise: 0.08, factor: 0.5, rng: &rng)
            let network = try Network(layerSizes: Saturation.layerSizes, hidden: .sigmoid, output: .sigmoid,
                                      loss: .binaryCrossEntropy, initializer: scheme.initializer, rng: &rng)
            trainer = try Trainer(network: network, train: data,
                                  configuration: TrainingConfiguration(optimizer: .adam(learningRate: 0.003), seed: seed))
            self.data = data
            observe(network, at: 0)
        }

        func advance() {
            trainer.train(steps: Saturation.iterationsPerStep)
            observe(trainer.network, at: trainer.stepCount)
            if trainer.status.isFinished || trainer.stepCount >= Saturation.iterations { isFinished = true }
        }

        /// Records the saturated shares, and the whole distribution at a checkpoint.
        private func observe(_ network: Network, at iteration: Int) {
            guard let data, let pass = try? network.forward(data.x) else { return }
            let hidden = pass.preActivations.dropLast()
            var all: [Double] = []
            for (l, z) in hidden.enumerated() {
                let saturated = z.storage.filter { abs($0) > Saturation.saturationThreshold }.count
                shares[l].append(x: Double(iteration), y: Double(saturated) / Double(z.count))
                all.append(contentsOf: z.storage)
            }
            let saturated = all.filter { abs($0) > Saturation.saturationThreshold }.count
            shares[shares.count - 1].append(x: Double(iteration), y: Double(saturated) / Double(max(all.count, 1)))
            if Saturation.checkpoints.contains(iteration) { snapshots.append((iteration, all)) }
        }

        func makeFrame() -> Frame {
            // One shared axis for every checkpoint: wide enough for the largest |z| seen, at least ±8.
            let largest = snapshots.flatMap(\.z).filter(\.isFinite).map(abs).max() ?? 8
            let edge = max(8, largest)
            let panels: [Figure] = snapshots.map { snapshot in
                .histogram(Histogram(title: strings.zAtIteration(snapshot.iteration), values: snapshot.z,
                                     range: -edge...edge, xAxis: Axis("z"), color: .blue))
            }
            let histograms = SmallMultiples(title: strings.saturationPanelsTitle(scheme.label),
                                            panels: panels, columns: 2, minimumPanelWidth: 20)
            let chart = LineChart(
                title: strings.saturationShareTitle,
                series: shares,
                xAxis: Axis(strings.iterationAxis, range: 0...Double(Saturation.iterations)),
                yAxis: Axis(strings.shareAxis, range: 0...1)
            )
            return Frame(figures: [.smallMultiples(histograms), .line(chart)],
                         findings: isFinished ? findings(trainer) : [],
                         progress: Double(trainer.stepCount) / Double(Saturation.iterations))
        }

        private func findings(_ trainer: Trainer) -> [Finding] {
            typealias S = NumberText
            let overall = shares[shares.count - 1].y
            let start = overall.first ?? .nan, end = overall.last ?? .nan
            // The tone is the label: more than half saturated at the start is bad, more than a tenth a warning.
            let shareClaims: [Claim] = start > 0.5 ? [.atLeast("saturated_share_start", 0.5)]
                : start > 0.1 ? [.atLeast("saturated_share_start", 0.1), .atMost("saturated_share_start", 0.5)]
                : [.atMost("saturated_share_start", 0.1)]
            var result = [Finding(
                strings.saturationShares(S.percent(start), S.percent(end), trainer.stepCount),
                tone: start > 0.5 ? .bad : (start > 0.1 ? .warning : .good),
                values: ["saturated_share_start": start, "saturated_share_end": end], claims: shareClaims)]
            // The average slope σ′(z) over the hidden units: how much gradient gets through a unit.
            if let data, let pass = try? trainer.network.forward(data.x), let initial = snapshots.first {
                let slope = { (z: [Double]) -> Double in
                    z.reduce(0) { $0 + Activation.sigmoid.derivative($1) } / Double(max(z.count, 1))
                }
                let now = slope(pass.preActivations.dropLast().flatMap(\.storage))
                let before = slope(initial.z)
                result.append(Finding(
                    strings.saturationSlope(S.short(before), S.short(now)),
                    tone: before < 0.05 ? .bad : .info, values: ["mean_slope_start": before, "mean_slope_end": now],
                    claims: [.atMost("mean_slope_start", 0.25), .atMost("mean_slope_end", 0.25)]))
            }
            let evaluation = data.flatMap { try? trainer.evaluate($0) }
            let accuracy = evaluation?.accuracy ?? .nan
            result.append(Finding.descriptive(
                strings.saturationCosts(S.short(trainer.costHistory.first ?? .nan), S.short(evaluation?.cost ?? .nan), S.percent(accuracy)),
                values: ["first_cost": trainer.costHistory.first ?? .nan, "final_cost": evaluation?.cost ?? .nan,
                         "train_accuracy": accuracy],
                because: "the cost and the accuracy as measured, beside the saturation findings that judge them"))
            if case let .diverged(step) = trainer.status {
                result.append(Finding(strings.divergedAtStep(step), tone: .bad,
                                      values: trainer.divergenceValues(step: step), claims: Trainer.divergenceClaims))
            }
            return result
        }
    }
}
