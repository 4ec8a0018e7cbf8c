/// Everything about a training run except the network and the data.
public struct TrainingConfiguration: Sendable, Hashable {
    public var optimizer: Optimizer
    /// Examples per update; nil (or ≥ the training set size) means full-batch gradient descent.
    public var batchSize: Int?
    public var regularization: Regularization
    public var dropout: Dropout?
    public var earlyStopping: EarlyStopping?
    /// Stop after this many epochs; nil trains until early stopping, divergence or cancellation.
    public var maxEpochs: Int?
    /// Seeds the shuffling of mini-batches and the dropout masks.
    public var seed: UInt64
    /// Reshuffle the training set at the start of every epoch (mini-batch only).
    public var shuffle: Bool
    /// Bugs planted in the backward pass (for lessons on gradient checking; normally empty).
    public var bugs: [PlantedBug]
    /// Attach per-layer diagnostics to every n-th step's report (nil: never; `Trainer.layerDiagnostics()`
    /// still gives them on request).
    public var diagnosticsInterval: Int?

    public init(optimizer: Optimizer, batchSize: Int? = nil, regularization: Regularization = .none, dropout: Dropout? = nil,
                earlyStopping: EarlyStopping? = nil, maxEpochs: Int? = nil, seed: UInt64 = 0, shuffle: Bool = true,
                bugs: [PlantedBug] = [], diagnosticsInterval: Int? = nil) {
        self.optimizer = optimizer
        self.batchSize = batchSize
        self.regularization = regularization
        self.dropout = dropout
        self.earlyStopping = earlyStopping
        self.maxEpochs = maxEpochs
        self.seed = seed
        self.shuffle = shuffle
        self.bugs = bugs
        self.diagnosticsInterval = diagnosticsInterval
    }

    /// Throws on any out-of-range setting.
    public func validate() throws {
        try optimizer.validate()
        try regularization.validate()
        try dropout?.validate()
        try earlyStopping?.validate()
        if let batchSize { try DLCoreError.requirePositive(Double(batchSize), "batch size") }
        if let maxEpochs { try DLCoreError.requirePositive(Double(maxEpochs), "maximum number of epochs") }
        if let diagnosticsInterval { try DLCoreError.requirePositive(Double(diagnosticsInterval), "diagnostics interval") }
    }
}

/// Stop when the dev cost has not improved for `patience` epochs, and go back to the best weights.
public struct EarlyStopping: Sendable, Hashable {
    /// Epochs without improvement tolerated before stopping.
    public var patience: Int
    /// An improvement must lower the best dev cost by more than this.
    public var minDelta: Double
    /// Put back the weights of the best epoch when stopping.
    public var restoreBestWeights: Bool

    public init(patience: Int, minDelta: Double = 0, restoreBestWeights: Bool = true) {
        self.patience = patience
        self.minDelta = minDelta
        self.restoreBestWeights = restoreBestWeights
    }

    public func validate() throws {
        try DLCoreError.requirePositive(Double(patience), "early-stopping patience")
        try DLCoreError.requireNonNegative(minDelta, "early-stopping minimum improvement")
    }
}
