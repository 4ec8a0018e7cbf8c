import DLCore
import TextSupport
import FoundationEssentials
import TextCharts

/// `norm.leak`: standardization statistics (μ, σ) fitted on the training set only, or on train, dev
/// and test together; the dev and test scores of the trained network beside its score on truly new
/// data that no statistic has seen. Averaged over several random draws of the data, because one draw
/// of a few hundred examples is noisier than the effect being measured.
///
/// The lesson: μ and σ belong to the model and are fitted on the training set; fitting them on all
/// data lets dev and test into preprocessing, so the dev/test scores no longer estimate how the
/// model does on data it has never seen. The run measures how far the dev/test scores move away from
/// the new-data score in each case, with the spread of that difference over the draws — so the
/// student sees the size of the effect, not an assumed one.
public struct StatisticsLeak: Experiment {
    public init() {}

    public let id = "norm.leak"
    public let title = Localized { $0.leakTitle }
    public let summary = Localized { $0.leakSummary }

    static let fitOn = ChoiceKnob<FitOn>(id: "fit-on", text: Localized { $0.leakFitOn },
                                         default: .train)
    public var knobs: [Knob] { [Self.fitOn.knob] }

    public func start(_ context: RunContext) -> any ExperimentRun { SteppedRun<Run>(context) }

    enum FitOn: String, CaseIterable, Sendable {
        case train, all
    }

    /// Independent draws of the data; each trains one network per way of fitting.
    static let draws = 12
    /// train / dev / test sizes of each draw, and the new data scored after training.
    static let splitCount = 800
    static let newCount = 2_000
    static let trainingSteps = 300

    /// Accuracies of one trained network.
    struct Scores {
        var dev: Double
        var test: Double
        var new: Double
        /// How much better dev and test look than new data: the optimism of the estimate.
        var optimism: Double { (dev + test) / 2 - new }
    }

    final class Run: RunProcedure {
        let strings: any ExperimentStrings

        static let headlines: [HeadlineSpec] = [.init("dev_accuracy", .percent), .init("new_accuracy", .percent)]
        let fitOn: FitOn
        let seed: UInt64
        private var rng: RandomSource
        /// Per way of fitting, the scores of each draw done so far.
        private var scores: [FitOn: [Scores]] = [.train: [], .all: []]
        /// Per draw, how far the mean moved (in training standard deviations) and how much σ changed
        /// (relative), averaged over the two features, when dev and test joined the fit.
        private var meanShifts: [Double] = []
        private var spreadChanges: [Double] = []
        private(set) var isFinished = false

        init(_ context: RunContext) {
            strings = context.strings
            fitOn = context.settings[StatisticsLeak.fitOn]
            seed = context.seed
            rng = RandomSource(seed: seed)
        }

        /// One draw: new data, both ways of fitting, one network each from the same initial weights.
        func advance() throws {
            let data = try Dataset.misScaledFeatures(count: StatisticsLeak.splitCount, rng: &rng)
            let split = try data.split(train: 0.5, dev: 0.25, test: 0.25, rng: &rng)
            let fresh = try Dataset.misScaledFeatures(count: StatisticsLeak.newCount, rng: &rng)
            let initial = try Network(layerSizes: [2, 8, 1], hidden: .relu, output: .sigmoid, loss: .binaryCrossEntropy,
                                      initializer: .he, rng: &rng)
            let fromTrain = try Normalizer.fit(.zScore, to: split.train.x)
            let fromAll = try Normalizer.fit(.zScore, to: Matrix.concatenatingColumns([split.train.x, split.dev.x, split.test.x]))
            for (way, normalizer) in [(FitOn.train, fromTrain), (FitOn.all, fromAll)] {
                scores[way, default: []].append(try score(initial, normalizer, split, fresh))
            }
            var shift = 0.0, change = 0.0
            for i in 0..<2 {
                shift += abs(fromAll.shift[i, 0] - fromTrain.shift[i, 0]) / fromTrain.scale[i, 0] / 2
                change += abs(fromAll.scale[i, 0] / fromTrain.scale[i, 0] - 1) / 2
            }
            meanShifts.append(shift)
            spreadChanges.append(change)
            isFinished = meanShifts.count == StatisticsLeak.draws
        }

        private func score(_ initial: Network, _ normalizer: Normalizer, _ split: DataSplit, _ fresh: Dataset) throws -> Scores {
            var trainer = try Trainer(network: initial, train: try normalizer.apply(split.train), dev: nil,
                                      configuration: TrainingConfiguration(optimizer: .adam(learningRate: 0.01), seed: seed))
            trainer.train(steps: StatisticsLeak.trainingSteps)
            func accuracy(_ data: Dataset) throws -> Double { try trainer.evaluate(try normalizer.apply(data)).accuracy ?? .nan }
            return Scores(dev: try accuracy(split.dev), test: try accuracy(split.test), new: try accuracy(fresh))
        }

        /// Standard error of the mean.
        private func standardError(_ values: [Double]) -> Double {
            guard values.count > 1 else { return .nan }
            let m = SampleStatistics.mean(values)
            let variance = values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)
            return (variance / Double(values.count)).squareRoot()
        }

        private func averages(_ way: FitOn) -> Scores {
            let list = scores[way] ?? []
            return Scores(dev: SampleStatistics.mean(list.map(\.dev)), test: SampleStatistics.mean(list.map(\.test)),
                          new: SampleStatistics.mean(list.map(\.new)))
        }

        func makeFrame() -> Frame {
            let groups = FitOn.allCases.filter { !(scores[$0] ?? []).isEmpty }.map { way in
                let average = averages(way)
                return BarGroup(strings.fitOnGroup(way.rawValue) + (way == fitOn ? " ◂" : ""),
                                bars: [Bar(strings.dev, 100 * average.dev), Bar(strings.test, 100 * average.test),
                                       Bar(strings.newData, 100 * average.new)])
            }
            let all = groups.flatMap(\.bars).map(\.value)
            let range = all.isEmpty ? nil : ((all.min()! - 3).rounded(.down))...min((all.max()! + 1).rounded(.up), 100)
            let chart = BarChart(title: strings.leakChartTitle(meanShifts.count),
                                 groups: groups, range: range)
            let table = ResultTable(
                title: strings.leakTableTitle,
                columns: strings.leakColumns,
                rows: FitOn.allCases.filter { !(scores[$0] ?? []).isEmpty }.map { way in
                    let average = averages(way)
                    let optimism = (scores[way] ?? []).map(\.optimism)
                    return [way.rawValue, NumberText.percent(average.dev), NumberText.percent(average.test), NumberText.percent(average.new),
                            strings.points(String(printf: "%+.2f ± %.2f", 100 * SampleStatistics.mean(optimism), 100 * standardError(optimism)))]
                })
            return Frame(figures: [.bar(chart)], tables: [table], findings: isFinished ? findings() : [],
                         progress: Double(meanShifts.count) / Double(StatisticsLeak.draws))
        }

        /// Where the dev/test estimate stands against new data, beyond the noise of the draws or not.
        enum OptimismReading { case optimistic, withinNoise, pessimistic }

        private func findings() -> [Finding] {
            let chosen = averages(fitOn)
            let optimism = (scores[fitOn] ?? []).map(\.optimism)
            let gap = SampleStatistics.mean(optimism), error = standardError(optimism)
            let changes = zip(scores[.all] ?? [], scores[.train] ?? []).map { pair -> Double in
                let (all, train) = pair
                return (all.dev + all.test) / 2 - (train.dev + train.test) / 2
            }
            let moved = SampleStatistics.mean(changes)
            let reading: OptimismReading = gap > 2 * error ? .optimistic : (gap < -2 * error ? .pessimistic : .withinNoise)
            return [
                .descriptive(
                    strings.leakScores(fitOn.rawValue, NumberText.percent(chosen.dev), NumberText.percent(chosen.test),
                                       NumberText.percent(chosen.new), StatisticsLeak.draws),
                    values: ["dev_accuracy": chosen.dev, "test_accuracy": chosen.test, "new_accuracy": chosen.new],
                    because: "the mean scores as measured; the comparison with new data, with its standard error, is the next finding"),
                Finding(
                    strings.leakOptimism(String(printf: "%+.2f", 100 * gap), String(printf: "%.2f", 100 * error), reading),
                    tone: reading == .optimistic ? .warning : (fitOn == .train ? .good : .info),
                    values: ["optimism": gap, "optimism_standard_error": error],
                    claims: reading == .withinNoise
                        ? [.withinNoise("optimism", standardError: "optimism_standard_error", factor: 2)]
                        : [.beyondNoise("optimism", standardError: "optimism_standard_error", factor: 2),
                           reading == .optimistic ? .atLeast("optimism", 0) : .atMost("optimism", 0)]),
                .descriptive(
                    strings.leakMoved(String(printf: "%+.2f", 100 * moved), String(printf: "%.3f", SampleStatistics.mean(meanShifts)),
                                      String(printf: "%.1f", 100 * SampleStatistics.mean(spreadChanges))),
                    values: ["dev_test_change_all_vs_train": moved, "mean_shift_in_sd": SampleStatistics.mean(meanShifts),
                             "sd_relative_change": SampleStatistics.mean(spreadChanges)],
                    because: "how far the scores and the statistics moved, as measured"),
            ]
        }
    }
}
