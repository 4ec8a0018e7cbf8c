import DLCore
import FoundationEssentials
import TextCharts

// Shared by the `reg.*` and `dropout.*` experiments: the over-fitting data set, their decision-boundary
// heatmap, error rates, and a Trainer advanced in slices that records the train and dev curves.

/// The data sets the regularization lessons train on, each drawn from the run's seed.
enum RegularizationData {
    /// Two noisy half-moons with a share of all labels flipped, split into a *small* training set
    /// and a larger dev set, each with that share of wrong labels. By default 100 training points and 300 dev points with 10% of the labels
    /// wrong: a [2, 40, 20, 1] network can memorise every training point, flipped ones included,
    /// which is exactly the over-fitting the lessons want to cure.
    static func overfittingMoons(trainCount: Int = 100, devCount: Int = 300, labelNoise: Double = 0.1,
                                 rng: inout RandomSource) throws -> DataSplit {
        let points = try Dataset.moons(count: trainCount + devCount, noise: 0.2, rng: &rng)
        return try noisySplit(points, trainCount: trainCount, labelNoise: labelNoise, rng: &rng)
    }

    /// Two noisy concentric circles (no straight line separates them at all), split and label-flipped
    /// like `overfittingMoons`.
    static func overfittingCircles(trainCount: Int, devCount: Int, labelNoise: Double, rng: inout RandomSource) throws -> DataSplit {
        let points = try Dataset.circles(count: trainCount + devCount, noise: 0.15, factor: 0.5, rng: &rng)
        var split = try noisySplit(points, trainCount: trainCount, labelNoise: labelNoise, rng: &rng)
        split.train.name = "noisy circles"
        return split
    }

    /// `points` shuffled into a training set of `trainCount` and a dev set of the rest, each with a
    /// `labelNoise` share of its labels flipped.
    static func noisySplit(_ points: Dataset, trainCount: Int, labelNoise: Double, rng: inout RandomSource) throws -> DataSplit {
        let total = points.count
        let trainShare = Double(trainCount) / Double(total)
        var split = try points.split(train: trainShare, dev: 1 - trainShare, test: 0, rng: &rng)
        // The same share of wrong labels in each set, so the dev set is neither easier nor harder.
        split.train = try split.train.withLabelNoise(fraction: labelNoise, rng: &rng)
        split.dev = try split.dev.withLabelNoise(fraction: labelNoise, rng: &rng)
        split.train.name = "noisy moons"
        return split
    }

    /// The plane shown under a boundary: the data's bounding box with a margin.
    static func plotRanges(_ data: Dataset) -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let xs = data.x.row(0), ys = data.x.row(1)
        let xLow = xs.min() ?? -1, xHigh = xs.max() ?? 1, yLow = ys.min() ?? -1, yHigh = ys.max() ?? 1
        let xPad = 0.1 * max(xHigh - xLow, 1e-9), yPad = 0.1 * max(yHigh - yLow, 1e-9)
        return ((xLow - xPad)...(xHigh + xPad), (yLow - yPad)...(yHigh + yPad))
    }
}

/// Pictures and numbers of a trained binary classifier.
enum RegularizationPlots {
    /// The boundary heatmaps of the `reg.*` and `dropout.*` experiments are 48 × 28 cells.
    static let boundaryRows = 28

    /// A `DecisionBoundary` heatmap of `network` over `ranges`, with `points` as "class 0" and "class 1".
    static func boundary(of network: Network, points: Dataset, title: String,
                         ranges: (x: ClosedRange<Double>, y: ClosedRange<Double>), strings: any SharedStrings) -> Heatmap {
        DecisionBoundary.heatmap(of: network, title: title, xRange: ranges.x, yRange: ranges.y, rows: boundaryRows,
                                 points: ClassPoints.plain(strings).classes(of: points))
    }

    /// The share of examples the network gets wrong, 0…1 (NaN if it cannot be evaluated).
    static func error(of network: Network, on data: Dataset) -> Double {
        guard let accuracy = (try? network.evaluate(data))?.accuracy else { return .nan }
        return 1 - accuracy
    }

    /// The cost without any penalty (what the data alone says), NaN if it cannot be evaluated.
    static func unpenalizedCost(of network: Network, on data: Dataset) -> Double {
        (try? network.evaluate(data))?.cost ?? .nan
    }

    /// ‖W[l]‖F for each layer.
    static func weightNorms(_ network: Network) -> [Double] { network.layers.map { $0.weights.norm() } }

    /// Every weight (not the biases) of the network, layer after layer.
    static func allWeights(_ network: Network) -> [Double] { network.layers.flatMap(\.weights.storage) }
}

/// A `Trainer` advanced a slice of steps at a time, recording the unpenalised train and dev costs
/// and error rates every `interval` steps: the curves of every over-fitting picture.
///
/// The costs are measured *without* the penalty and without dropout, so runs with different λ or
/// keep_prob are compared on what the data says, not on what each was optimising.
struct RegularizationTrainingTrack {
    private(set) var trainer: Trainer
    /// The examples the train curve is measured on (the original points, even when training on
    /// augmented copies).
    let train: Dataset
    let dev: Dataset
    let totalSteps: Int
    let interval: Int
    private let strings: any RegularizationStrings
    private(set) var trainCost: Series
    private(set) var devCost: Series
    private(set) var trainError: Series
    private(set) var devError: Series

    init(trainer: Trainer, train: Dataset, dev: Dataset, totalSteps: Int, interval: Int, strings: any RegularizationStrings) {
        self.strings = strings
        trainCost = Series(name: strings.trainCost, color: .blue)
        devCost = Series(name: strings.devCost, color: .red)
        trainError = Series(name: strings.trainErrorPercent, color: .blue)
        devError = Series(name: strings.devErrorPercent, color: .red)
        self.trainer = trainer
        self.train = train
        self.dev = dev
        self.totalSteps = totalSteps
        self.interval = max(interval, 1)
        record()
    }

    var network: Network { trainer.network }
    var stepCount: Int { trainer.stepCount }
    var hasDiverged: Bool { if case .diverged = trainer.status { true } else { false } }
    var isFinished: Bool { trainer.stepCount >= totalSteps || trainer.status.isFinished }
    var progress: Double { min(1, Double(trainer.stepCount) / Double(max(totalSteps, 1))) }

    /// Up to `steps` more updates, recording the curves every `interval` steps and at the end.
    mutating func advance(steps: Int) {
        let target = min(trainer.stepCount + steps, totalSteps)
        while trainer.stepCount < target, !trainer.status.isFinished {
            let slice = min(interval - trainer.stepCount % interval, target - trainer.stepCount)
            trainer.train(steps: slice)
            if trainer.stepCount % interval == 0 || isFinished { record() }
        }
    }

    private mutating func record() {
        if trainCost.x.last == Double(trainer.stepCount) { return }
        let step = Double(trainer.stepCount)
        trainCost.append(x: step, y: RegularizationPlots.unpenalizedCost(of: network, on: train))
        devCost.append(x: step, y: RegularizationPlots.unpenalizedCost(of: network, on: dev))
        trainError.append(x: step, y: 100 * RegularizationPlots.error(of: network, on: train))
        devError.append(x: step, y: 100 * RegularizationPlots.error(of: network, on: dev))
    }

    /// The train and dev cost curves on a log axis (over-fitting drives them apart by decades).
    func costChart(title: String) -> LineChart {
        LineChart(title: title, series: [trainCost, devCost], xAxis: Axis(strings.stepAxis, range: 0...Double(totalSteps)),
                  yAxis: Axis(strings.costAxis, scale: .log))

    }

    var finalTrainError: Double { trainError.y.last ?? .nan }
    var finalDevError: Double { devError.y.last ?? .nan }
}
