import Experiments

/// The run being shown on the page, as the model knows it: what was asked for and the latest
/// frame the host reported.
///
/// The run itself lives in the host (`RunDriver`), which steps it between input polls and sends
/// its frames back as `Message.runProgressed`; cancelling is the model saying so with
/// `Effect.cancelRun`. The last frame stays on screen after the run finishes or is cancelled.
public struct LiveRun: Equatable, Sendable {
    public let request: RunRequest
    /// The latest frame reported; empty until the host's first report.
    public internal(set) var frame = Frame()
    public internal(set) var isFinished = false
    public internal(set) var cancelled = false

    public init(request: RunRequest) {
        self.request = request
    }

    public var token: Int { request.token }
    public var settings: KnobSettings { request.settings }
    public var seed: UInt64 { request.seed }
    public var isActive: Bool { !isFinished && !cancelled }

    /// Stops showing progress; the frame so far stays on screen marked as cancelled.
    mutating func cancel() {
        if isActive { cancelled = true }
    }
}
