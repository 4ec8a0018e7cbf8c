import DLCore
import FoundationEssentials
import TextCharts

/// `dropout.keep-prob`: the over-fitting network of `reg.l2`, regularized by inverted dropout instead.
///
/// The lesson: with keep_prob = 1 the network memorises the noisy training set (a wide train–dev gap
/// and small islands around single points); lowering keep_prob trains a different thinned network
/// on every pass, which narrows the gap and smooths the boundary. The price is a *noisy* training
/// cost: every update evaluates J on a different random network, so "J falls at every step" no
/// longer holds, which is why one debugs with keep_prob = 1 first.
public struct KeepProbability: Experiment {
    public init() {}

    public let id = "dropout.keep-prob"
    public let title = Localized { $0.keepProbTitle }
    public let summary = Localized { $0.keepProbSummary }

    static let keepProb = NumberKnob(id: "keep-prob", text: Localized { $0.keepProbKnob },
                                     range: 0.5...1, step: 0.05, default: 0.8)
    public var knobs: [Knob] { [Self.keepProb.knob] }

    static let steps = 1500
    static let learningRate = 0.01

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("train_error_percent", .fixed(1)), .init("dev_error_percent", .fixed(1)), .init("gap_points", .fixed(1))]
        let keepProb: Double
        private var track: RegularizationTrainingTrack
        let ranges: (x: ClosedRange<Double>, y: ClosedRange<Double>)
        var isFinished: Bool { track.isFinished }

        init(_ context: RunContext) throws {
            strings = context.strings
            let keepProb = context.settings[KeepProbability.keepProb], seed = context.seed
            self.keepProb = keepProb
            var rng = RandomSource(seed: seed)
            let split = try RegularizationData.overfittingMoons(rng: &rng)
            ranges = RegularizationData.plotRanges(split.train)
            let network = try Network(layerSizes: L2Penalty.layerSizes, hidden: .tanh, output: .sigmoid,
                                       loss: .binaryCrossEntropy, initializer: .xavierNormal, rng: &rng)
            let trainer = try Trainer(network: network, train: split.train, configuration: TrainingConfiguration(
                optimizer: .adam(learningRate: KeepProbability.learningRate),
                dropout: keepProb < 1 ? Dropout(keepProb: keepProb) : nil, seed: seed))
            track = RegularizationTrainingTrack(trainer: trainer, train: split.train, dev: split.dev,
                                                totalSteps: KeepProbability.steps, interval: 25, strings: strings)
        }

        func advance() {
            track.advance(steps: 50)
        }

        /// The cost each update saw (with its dropout mask): the curve that turns noisy.
        private var trainingCostSeries: Series {
            let costs = track.trainer.costHistory
            return Series(name: strings.trainingCostAsTrained, x: costs.indices.map { Double($0 + 1) }, y: costs, color: .blue)
        }

        func makeFrame() -> Frame {
            let keepText = KnobValue.number(keepProb).description
            var devCost = track.devCost
            devCost.name = strings.devCostNoDropout
            let chart = LineChart(title: strings.keepProbCostTitle(keepText), series: [trainingCostSeries, devCost],
                                  xAxis: Axis(strings.stepAxis, range: 0...Double(track.totalSteps)), yAxis: Axis(strings.costAxis, scale: .log))
            return Frame(
                figures: [
                    .line(chart),
                    .heatmap(RegularizationPlots.boundary(of: track.network, points: track.train,
                                                          title: strings.boundaryAtTestTime, ranges: ranges, strings: strings)),
                ],
                findings: isFinished ? findings() : [],
                progress: track.progress)
        }

        private func findings() -> [Finding] {
            if track.hasDiverged {
                return [Finding(strings.trainingDiverged(atStep: track.stepCount), tone: .bad,
                                values: track.trainer.divergenceValues(step: track.stepCount), claims: Trainer.divergenceClaims)]
            }
            let train = track.finalTrainError, dev = track.finalDevError, gap = dev - train
            let noise = KeepProbability.roughness(track.trainer.costHistory)
            // "Jumps" and "smooth" are read against the roughness itself: dropout's thinned networks jitter the cost
            // by several per cent from step to step, a full network's descent by hundredths of a per cent.
            let noiseFinding = keepProb < 1
                ? Finding(strings.keepProbJumps(NumberText.fixed(100 * noise, 1)),
                          tone: .info, values: ["training_cost_roughness": noise],
                          claims: [.atLeast("training_cost_roughness", KeepProbability.jumpingRoughness)])
                : Finding(strings.keepProbSmooth(NumberText.fixed(100 * noise, 2)),
                          tone: .info, values: ["training_cost_roughness": noise],
                          claims: [.atMost("training_cost_roughness", KeepProbability.smoothRoughness)])
            // The gap is a warning only above 5 points and beyond 2 standard errors of the difference (100 training,
            // 300 dev examples): below 5 it is a good fit, in between the finding says it cannot tell.
            let gapSE = SampleStatistics.differenceStandardErrorPoints(train, track.train.count, dev, track.dev.count)
            let values = ["train_error_percent": train, "dev_error_percent": dev, "gap_points": gap, "gap_se_points": gapSE]
            let clear = gap > KeepProbability.gapThreshold && gap > 2 * gapSE
            let unclear = gap > KeepProbability.gapThreshold && !clear
            let gapClaims: [Claim] = clear
                ? [.atLeast("gap_points", KeepProbability.gapThreshold), .beyondNoise("gap_points", standardError: "gap_se_points", factor: 2)]
                : unclear ? [.atLeast("gap_points", KeepProbability.gapThreshold), .withinNoise("gap_points", standardError: "gap_se_points", factor: 2)]
                : [.atMost("gap_points", KeepProbability.gapThreshold)]
            return [
                Finding(strings.keepProbErrors(KnobValue.number(keepProb).description, NumberText.fixed(train), NumberText.fixed(dev),
                                               NumberText.fixed(gap), NumberText.fixed(gapSE), unclear: unclear),
                        tone: clear ? .warning : unclear ? .info : .good, values: values, claims: gapClaims),
                noiseFinding,
            ]
        }
    }

    /// A train–dev gap above this many points (and beyond 2 standard errors) is a warning.
    static let gapThreshold = 5.0
    /// The roughness "jumps" claims at least, and the roughness "smooth" claims at most.
    static let jumpingRoughness = 0.01
    static let smoothRoughness = 0.001

    /// How jagged a cost curve is: the mean of |cₜ − (cₜ₋₁ + cₜ₊₁)/2| relative to cₜ, over the second
    /// half of training. A smooth descent scores near 0 however fast it falls; dropout's per-step
    /// noise scores by its size.
    static func roughness(_ costs: [Double]) -> Double {
        let start = max(costs.count / 2, 1)
        guard costs.count >= 3, start < costs.count - 1 else { return .nan }
        var total = 0.0
        for t in start..<(costs.count - 1) {
            total += abs(costs[t] - (costs[t - 1] + costs[t + 1]) / 2) / max(abs(costs[t]), 1e-12)
        }
        return total / Double(costs.count - 1 - start)
    }
}
