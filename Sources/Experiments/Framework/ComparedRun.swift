/// One run in a comparison: the knobs it ran with and what it showed (its last frame so far).
public struct ComparedRun: Sendable, Equatable {
    public var settings: KnobSettings
    public var frame: Frame
    /// False while the run is still going: its headline numbers are still to come.
    public var isFinished: Bool

    public init(settings: KnobSettings, frame: Frame, isFinished: Bool = true) {
        self.settings = settings
        self.frame = frame
        self.isFinished = isFinished
    }
}
