/// A training run that a UI loop can advance a few steps at a time and inspect in between.
///
/// One *step* is one parameter update on one mini-batch (on everything, for full-batch training);
/// an *epoch* is one pass over the training set. The trainer owns all its buffers, so stepping
/// allocates nothing in the steady state.
///
///     var trainer = try Trainer(network: net, train: split.train, dev: split.dev,
///                               configuration: .init(optimizer: .adam(learningRate: 0.01), batchSize: 64))
///     trainer.train(steps: 50)          // from the UI loop, a few at a time
///     trainer.lastEpoch?.devCost        // inspect in between
public struct Trainer: Sendable {
    public private(set) var network: Network
    public private(set) var configuration: TrainingConfiguration
    public let trainingData: Dataset
    public let devData: Dataset?

    /// Updates made so far.
    public private(set) var stepCount = 0
    /// Epochs completed so far.
    public private(set) var epochCount = 0
    public private(set) var status: TrainingStatus = .running
    /// The mini-batch cost of every step so far (with penalty, before the update).
    public private(set) var costHistory: [Double] = []
    /// One summary per completed epoch.
    public private(set) var epochHistory: [EpochSummary] = []
    /// The epoch with the lowest dev cost so far (nil without a dev set).
    public private(set) var bestEpoch: Int?
    public private(set) var bestDevCost: Double?

    private var optimizer: Optimizer
    /// Two streams, so turning dropout on or off does not change the order of the mini-batches.
    private var shuffleRNG: RandomSource
    private var dropoutRNG: RandomSource
    private var order: [Int]
    private var positionInEpoch = 0
    private var epochCostSum = 0.0
    private var epochBatches = 0
    private var epochCorrect = 0
    private var epochsWithoutImprovement = 0
    private var bestNetwork: Network?

    // Reused buffers.
    private var batchX = Matrix(rows: 0, columns: 0)
    private var batchY = Matrix(rows: 0, columns: 0)
    private var batchIndices: [Int] = []
    private var pass: ForwardPass
    private var gradients: Gradients
    private var scratch = BackpropScratch()
    /// Small binary classifiers take the whole step in one pass over the examples (same formulas, faster).
    private var singlePass = BinaryClassifierStep()
    private let takesSinglePass: Bool
    /// False when the last step (a single pass) did not write its forward pass out; `lastForwardPass`
    /// then recomputes it from the parameters that step started from.
    private var passIsRecorded = true
    private var masks: DropoutMasks?

    /// Throws on bad settings, empty data or data that does not fit the network.
    public init(network: Network, train: Dataset, dev: Dataset? = nil, configuration: TrainingConfiguration) throws {
        try configuration.validate()
        try train.requireNonEmpty("training set")
        try network.validateInput(train.x)
        try network.validateTargets(train.y, exampleCount: train.count)
        if let dev {
            try dev.requireNonEmpty("dev set")
            try network.validateInput(dev.x)
            try network.validateTargets(dev.y, exampleCount: dev.count)
        }
        if configuration.earlyStopping != nil && dev == nil {
            throw DLCoreError.invalidConfiguration("early stopping needs a dev set to watch")
        }
        self.network = network
        self.configuration = configuration
        self.trainingData = train
        self.devData = dev
        self.optimizer = configuration.optimizer
        self.shuffleRNG = RandomSource(seed: configuration.seed)
        self.dropoutRNG = RandomSource(seed: configuration.seed ^ 0xD209_0D00_5EED_0001)
        self.order = Array(0..<train.count)
        self.pass = ForwardPass(layerCount: network.layers.count)
        self.gradients = Gradients(zerosLike: network)
        self.takesSinglePass = BinaryClassifierStep.supports(network, dropout: configuration.dropout != nil)
    }

    /// A trainer on a split's training set that watches its dev set (none if the dev split is empty).
    public init(network: Network, split: DataSplit, configuration: TrainingConfiguration) throws {
        try self.init(network: network, train: split.train, dev: split.dev.isEmpty ? nil : split.dev, configuration: configuration)
    }

    /// The number of examples per update.
    public var batchSize: Int { min(configuration.batchSize ?? trainingData.count, trainingData.count) }
    public var isFullBatch: Bool { batchSize == trainingData.count }
    public var stepsPerEpoch: Int { (trainingData.count + batchSize - 1) / batchSize }
    /// The last step's cost, nil before the first step.
    public var lastCost: Double? { costHistory.last }
    public var lastEpoch: EpochSummary? { epochHistory.last }
    /// The optimizer's state (update count, last update norms).
    public var optimizerState: Optimizer { optimizer }
    /// The forward pass of the last step (on its mini-batch, with its dropout masks).
    public var lastForwardPass: ForwardPass? {
        guard stepCount > 0 else { return nil }
        if passIsRecorded { return pass }
        let before = try? ParameterVector(values: singlePass.parameters, segments: ParameterVector.segments(for: network))
        return before.flatMap { try? network.withParameters($0).forward(pass.input) }
    }
    /// The gradients of the last step.
    public var lastGradients: Gradients? { stepCount == 0 ? nil : gradients }

    /// Changes the learning rate from now on (a knob turned mid-run).
    public mutating func setLearningRate(_ rate: Double) throws {
        try DLCoreError.requireNonNegative(rate, "learning rate")
        optimizer.learningRate = rate
        configuration.optimizer.learningRate = rate
    }

    /// Stops the run; further steps do nothing.
    public mutating func cancel() {
        if status == .running { status = .cancelled(step: stepCount) }
    }

    /// One update. Returns nil when the run is already finished.
    @discardableResult
    public mutating func step() -> StepReport? {
        guard let made = update() else { return nil }
        return StepReport(step: stepCount, epoch: made.endedEpoch ? epochCount : epochCount + 1, cost: made.cost,
                          epochSummary: made.endedEpoch ? epochHistory.last : nil, status: status, layerDiagnostics: made.diagnostics)
    }

    /// What `update()` did, for `step()` to report: only what the trainer does not keep anyway.
    private struct Update {
        var cost: Double
        var endedEpoch: Bool
        var diagnostics: [LayerDiagnostics]?
    }

    /// One update with all its bookkeeping (history, epochs, status) but no report: a full-batch run
    /// makes one per step, and most callers read the trainer, not the reports.
    private mutating func update() -> Update? {
        guard status == .running else { return nil }
        if positionInEpoch == 0 && configuration.shuffle && !isFullBatch { shuffleRNG.shuffle(&order) }

        let size = min(batchSize, trainingData.count - positionInEpoch)
        let x: Matrix, y: Matrix
        if isFullBatch {
            x = trainingData.x
            y = trainingData.y
        } else {
            // Let go of last step's batch first, so the copy below reuses its buffer instead of a new one.
            pass.input = Matrix(rows: 0, columns: 0)
            batchIndices.removeAll(keepingCapacity: true)
            batchIndices.append(contentsOf: order[positionInEpoch..<(positionInEpoch + size)])
            trainingData.x.copyColumns(batchIndices, into: &batchX)
            trainingData.y.copyColumns(batchIndices, into: &batchY)
            x = batchX
            y = batchY
        }

        if let dropout = configuration.dropout {
            let needsMask = !dropout.fixedMask || masks?.masks.first.flatMap({ $0 })?.columns != size
            if needsMask {
                var reused = masks ?? DropoutMasks(layerCount: network.layers.count)
                masks = nil
                dropout.drawMasks(for: network, exampleCount: size, rng: &dropoutRNG, into: &reused)
                masks = reused
            }
        }

        let penalty = network.regularizationCost(configuration.regularization, exampleCount: size)
        let cost: Double
        var correctInSinglePass: Int?
        if takesSinglePass {
            // Only diagnostics need this step's forward pass written out.
            passIsRecorded = configuration.diagnosticsInterval.map { (stepCount + 1) % $0 == 0 } ?? false
            let result = singlePass.run(network, x, targets: y, regularization: configuration.regularization, bugs: configuration.bugs,
                                        recordingPass: passIsRecorded, pass: &pass, gradients: &gradients)
            cost = result.cost + penalty
            correctInSinglePass = result.correct
        } else {
            cost = network.forwardAndCost(x, masks: masks, targets: y, into: &pass) + penalty
        }
        stepCount += 1
        costHistory.append(cost)
        guard cost.isFinite else {
            status = .diverged(step: stepCount)
            return Update(cost: cost, endedEpoch: false, diagnostics: nil)
        }
        if correctInSinglePass == nil {
            network.backward(pass, targets: y, regularization: configuration.regularization, bugs: configuration.bugs,
                             into: &gradients, scratch: &scratch)
        }
        optimizer.apply(to: &network, gradients: gradients)

        epochCostSum += cost * Double(size)
        epochBatches += size
        if network.isClassifier { epochCorrect += correctInSinglePass ?? Network.correctCount(output: pass.output, targets: y) }
        positionInEpoch += size

        var diagnostics: [LayerDiagnostics]?
        if let interval = configuration.diagnosticsInterval, stepCount % interval == 0 { diagnostics = layerDiagnostics() }
        let endsEpoch = positionInEpoch >= trainingData.count
        if endsEpoch { finishEpoch() }
        return Update(cost: cost, endedEpoch: endsEpoch, diagnostics: diagnostics)
    }

    /// Up to `steps` updates (fewer if the run finishes), without a report per step: what they did is
    /// in `costHistory`, `epochHistory` and `status`. Returns the number of updates made.
    @discardableResult
    public mutating func train(steps: Int) -> Int {
        var made = 0
        while made < steps, update() != nil { made += 1 }
        return made
    }

    /// Up to `steps` updates, like `train(steps:)`, with the report of each (for per-step curves).
    public mutating func trainReporting(steps: Int) -> [StepReport] {
        var reports: [StepReport] = []
        reports.reserveCapacity(min(max(steps, 0), 1_024))
        while reports.count < steps, let report = step() { reports.append(report) }
        return reports
    }

    /// Trains until the run finishes or `maxSteps` more updates are made, calling `observer` after every
    /// step; the observer returns `.stop` to cancel between steps. Without `maxEpochs`, early stopping,
    /// a `maxSteps` or an observer that stops, a run that neither converges nor diverges goes on forever.
    @discardableResult
    public mutating func run(maxSteps: Int = .max, observer: (StepReport) -> TrainingControl = { _ in .proceed }) -> TrainingStatus {
        var made = 0
        while made < maxSteps, let report = step() {
            made += 1
            if observer(report) == .stop {
                cancel()
                break
            }
        }
        return status
    }

    private mutating func finishEpoch() {
        epochCount += 1
        positionInEpoch = 0
        let trainCost = epochCostSum / Double(max(epochBatches, 1))
        let trainAccuracy = network.isClassifier ? Double(epochCorrect) / Double(max(epochBatches, 1)) : nil
        epochCostSum = 0
        epochBatches = 0
        epochCorrect = 0

        var summary = EpochSummary(epoch: epochCount, step: stepCount, trainCost: trainCost, trainAccuracy: trainAccuracy,
                                   devCost: nil, devAccuracy: nil, isBest: false)
        if let devData, let evaluation = try? network.evaluate(devData, regularization: configuration.regularization) {
            summary.devCost = evaluation.cost
            summary.devAccuracy = evaluation.accuracy
            let threshold = (bestDevCost ?? .infinity) - (configuration.earlyStopping?.minDelta ?? 0)
            if evaluation.cost < threshold || bestDevCost == nil {
                bestDevCost = evaluation.cost
                bestEpoch = epochCount
                summary.isBest = true
                epochsWithoutImprovement = 0
                if configuration.earlyStopping?.restoreBestWeights == true { bestNetwork = network }
            } else {
                epochsWithoutImprovement += 1
            }
            if !evaluation.cost.isFinite { status = .diverged(step: stepCount) }
        }
        epochHistory.append(summary)

        if status == .running, let early = configuration.earlyStopping, epochsWithoutImprovement >= early.patience,
           let bestEpoch {
            if early.restoreBestWeights, let bestNetwork { network = bestNetwork }
            status = .earlyStopped(bestEpoch: bestEpoch, stoppedAtEpoch: epochCount)
        } else if status == .running, let maxEpochs = configuration.maxEpochs, epochCount >= maxEpochs {
            status = .completed(epochs: epochCount)
        }
    }

    /// Cost and accuracy of the current network on any data set (no dropout).
    public func evaluate(_ data: Dataset) throws -> Evaluation {
        try network.evaluate(data, regularization: configuration.regularization)
    }
}
