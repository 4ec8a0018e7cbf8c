/// Where a training run stands.
public enum TrainingStatus: Sendable, Hashable, CustomStringConvertible {
    case running
    /// Reached `maxEpochs`.
    case completed(epochs: Int)
    /// The dev cost stopped improving; `bestEpoch` had the lowest dev cost (its weights are restored).
    case earlyStopped(bestEpoch: Int, stoppedAtEpoch: Int)
    /// The cost became NaN or infinite at this step; the weights are those from before it.
    case diverged(step: Int)
    /// Stopped from outside between steps.
    case cancelled(step: Int)

    public var isFinished: Bool { self != .running }

    public var description: String {
        switch self {
        case .running: "running"
        case let .completed(epochs): "completed \(epochs) epochs"
        case let .earlyStopped(best, stopped): "early stopping at epoch \(stopped): best dev cost at epoch \(best)"
        case let .diverged(step): "diverged at step \(step)"
        case let .cancelled(step): "cancelled after step \(step)"
        }
    }
}
