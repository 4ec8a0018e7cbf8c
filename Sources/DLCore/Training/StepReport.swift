/// What an observer answers after each step.
public enum TrainingControl: Sendable {
    case proceed
    case stop
}

/// A summary of one finished epoch.
public struct EpochSummary: Sendable, Hashable {
    /// 1-based.
    public var epoch: Int
    /// The number of updates made when the epoch ended.
    public var step: Int
    /// The mean mini-batch cost (with penalty and dropout, as trained) over the epoch, before each update.
    public var trainCost: Double
    /// The fraction of training examples classified correctly during the epoch (nil for regression).
    public var trainAccuracy: Double?
    /// Cost (with penalty, without dropout) on the dev set after the epoch, if there is one.
    public var devCost: Double?
    public var devAccuracy: Double?
    /// True when this epoch has the lowest dev cost so far.
    public var isBest: Bool
}

/// What one call to `Trainer.step()` did.
public struct StepReport: Sendable {
    /// 1-based count of updates made so far.
    public var step: Int
    /// 1-based epoch this step belongs to.
    public var epoch: Int
    /// The mini-batch cost (with penalty) before this update.
    public var cost: Double
    /// Set when this step ended an epoch.
    public var epochSummary: EpochSummary?
    /// The status after this step.
    public var status: TrainingStatus
    /// Per-layer statistics of this step, when `TrainingConfiguration.diagnosticsInterval` asks for them.
    public var layerDiagnostics: [LayerDiagnostics]?
}
