import DLCore
import FoundationEssentials
import TextCharts

/// `reg.early-stopping`: stop training when the dev cost has not improved for `patience` epochs, and
/// go back to the best epoch's weights.
///
/// The lesson: the training cost keeps falling while the dev cost falls, bottoms out and rises as the
/// network starts fitting noise; early stopping keeps the weights from the bottom. The run must go
/// `patience` epochs past the best one to know it *was* the best, so the best epoch and the stopping
/// epoch differ, and between them the dev cost climbs (a finding measures by how much). Mini-batch
/// training makes the dev curve noisy, and with patience 1 the first random bump stops the run long
/// before the real minimum.
public struct EarlyStoppingPatience: Experiment {
    public init() {}

    public let id = "reg.early-stopping"
    public let title = Localized { $0.stoppingTitle }
    public let summary = Localized { $0.stoppingSummary }

    static let patience = IntegerKnob(id: "patience", text: Localized { $0.stoppingPatience },
                                      range: 1...50, default: 10)
    public var knobs: [Knob] { [Self.patience.knob] }

    static let maxEpochs = 300
    static let trainCount = 100
    static let labelNoise = 0.1
    static let batchSize = 10
    /// Fast enough that the network fits the flipped labels within a few dozen epochs, so the dev cost
    /// climbs clearly in the `patience` epochs before the stop (at 0.01 it rose only a few per cent).
    static let learningRate = 0.03
    /// The rise before the stop is read from the mean dev cost of this many last epochs (fewer with a
    /// smaller patience), so one noisy epoch neither makes nor hides it.
    static let riseWindow = 5
    /// A mean dev cost this many per cent above the best is a rise a student can see on the chart.
    static let visibleRisePercent = 5.0
    /// Epochs per `step()`: a handful of 5-update epochs is a fraction of a millisecond.
    static let epochsPerStep = 5

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("best_epoch", .integer), .init("stopped_epoch", .integer), .init("restored_dev_accuracy_percent", .fixed(1))]
        let patience: Int
        private(set) var trainer: Trainer
        var isFinished: Bool { trainer.status.isFinished }

        init(_ context: RunContext) throws {
            strings = context.strings
            let patience = context.settings[EarlyStoppingPatience.patience], seed = context.seed
            self.patience = patience
            var rng = RandomSource(seed: seed)
            let split = try RegularizationData.overfittingCircles(
                trainCount: EarlyStoppingPatience.trainCount, devCount: 200, labelNoise: EarlyStoppingPatience.labelNoise, rng: &rng)
            let network = try Network(layerSizes: L2Penalty.layerSizes, hidden: .tanh, output: .sigmoid,
                                       loss: .binaryCrossEntropy, initializer: .xavierNormal, rng: &rng)
            trainer = try Trainer(network: network, train: split.train, dev: split.dev, configuration: TrainingConfiguration(
                optimizer: .adam(learningRate: EarlyStoppingPatience.learningRate), batchSize: EarlyStoppingPatience.batchSize,
                earlyStopping: EarlyStopping(patience: patience, restoreBestWeights: true),
                maxEpochs: EarlyStoppingPatience.maxEpochs, seed: seed))
        }

        func advance() {
            let target = trainer.epochCount + EarlyStoppingPatience.epochsPerStep
            while trainer.epochCount < target, trainer.step() != nil {}
        }

        /// The dev cost of every finished epoch, by epoch.
        var devCosts: [Double] { trainer.epochHistory.map { $0.devCost ?? .nan } }

        func makeFrame() -> Frame {
            let epochs = trainer.epochHistory.map { Double($0.epoch) }
            let train = Series(name: strings.trainCostMiniBatch, x: epochs, y: trainer.epochHistory.map(\.trainCost), color: .blue)
            let dev = Series(name: strings.devCost, x: epochs, y: devCosts, color: .red)
            var markers: [ReferenceLine] = []
            if let best = trainer.bestEpoch { markers.append(ReferenceLine(Double(best), label: strings.bestEpochLabel(best), color: .green)) }
            if case let .earlyStopped(_, stopped) = trainer.status {
                markers.append(ReferenceLine(Double(stopped), label: strings.stopEpochLabel(stopped), color: .yellow))
            }
            let chart = LineChart(
                title: strings.stoppingChartTitle(patience), series: [train, dev],
                xAxis: Axis(strings.epochAxis, range: 0...Double(max(trainer.epochCount, 10))), yAxis: Axis(strings.costAxis, scale: .log),
                verticalLines: markers)
            let progress = isFinished ? 1 : Double(trainer.epochCount) / Double(EarlyStoppingPatience.maxEpochs)
            return Frame(figures: [.line(chart)], findings: isFinished ? findings() : [], progress: progress)
        }

        private func findings() -> [Finding] {
            switch trainer.status {
            case let .diverged(step):
                return [Finding(strings.trainingDiverged(atStep: step), tone: .bad,
                                values: trainer.divergenceValues(step: step), claims: Trainer.divergenceClaims)]
            case let .earlyStopped(best, stopped):
                let bestCost = trainer.bestDevCost ?? .nan
                let trainAtBest = trainer.epochHistory[best - 1].trainCost
                let trainAtStop = trainer.epochHistory.last?.trainCost ?? .nan
                let restored = trainer.devData.flatMap { try? trainer.evaluate($0).accuracy } ?? .nan
                let window = devCosts.suffix(min(EarlyStoppingPatience.riseWindow, stopped - best))
                let beforeStop = window.reduce(0, +) / Double(max(window.count, 1))
                let rise = 100 * (beforeStop / bestCost - 1)
                let visible = EarlyStoppingPatience.visibleRisePercent
                let riseFinding = rise >= visible
                    ? Finding(strings.stoppingRose(NumberText.fixed(rise, 0), window.count), tone: .info,
                              values: ["dev_rise_percent": rise], claims: [.atLeast("dev_rise_percent", visible)])
                    : Finding(strings.stoppingBarelyRose(NumberText.fixed(rise, 1), window.count), tone: .warning,
                              values: ["dev_rise_percent": rise], claims: [.atMost("dev_rise_percent", visible)])
                return [
                    // "Stopped N epochs later": exactly `patience` epochs without a new best.
                    Finding(strings.stoppingStopped(NumberText.fixed(bestCost, 3), best, stopped),
                            tone: .good,
                            values: ["best_epoch": Double(best), "stopped_epoch": Double(stopped), "best_dev_cost": bestCost,
                                     "epochs_after_best": Double(stopped - best), "patience": Double(patience)],
                            claims: [.atLeast("epochs_after_best", Double(patience)), .atMost("epochs_after_best", Double(patience))]),
                    riseFinding,
                    .descriptive(strings.stoppingRestored(NumberText.fixed(100 * restored), NumberText.fixed(trainAtBest, 3), NumberText.fixed(trainAtStop, 3)),
                                 values: ["restored_dev_accuracy_percent": 100 * restored, "train_cost_at_best": trainAtBest,
                                          "train_cost_at_stop": trainAtStop],
                                 because: "the restored network's numbers, as measured"),
                ]
            default:
                let best = trainer.bestEpoch ?? 0
                // "No stop": the last best came fewer than `patience` epochs before the end.
                return [Finding(strings.stoppingNever(trainer.epochCount, best),
                                tone: .info,
                                values: ["best_epoch": Double(best), "stopped_epoch": Double(trainer.epochCount),
                                         "best_dev_cost": trainer.bestDevCost ?? .nan,
                                         "epochs_after_best": Double(trainer.epochCount - best)],
                                claims: [.atMost("epochs_after_best", Double(patience - 1))])]
            }
        }
    }
}
