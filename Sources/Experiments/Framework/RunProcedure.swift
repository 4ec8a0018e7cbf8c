/// What one experiment does in a run: set itself up, advance a slice at a time, and show a frame.
///
/// `SteppedRun` owns the lifecycle around it (the published frame, finishing, failing), so a
/// procedure only describes its own work. An error thrown while setting up or stepping ends the
/// run with a frame whose finding names what went wrong, instead of crashing the tutor.
///
/// Procedures may be structs or classes; a class satisfies the `mutating` requirement with a
/// plain method.
public protocol RunProcedure {
    /// Sets the run up from its settings, seed and language.
    init(_ context: RunContext) throws

    /// The finding values a comparison of runs shows for this experiment, and how the findings
    /// write them (`Frame.headlines` is read from the findings with these).
    static var headlines: [HeadlineSpec] { get }

    /// True once there is nothing more to do (finished or diverged).
    var isFinished: Bool { get }

    /// Does a small slice of work, a few milliseconds at most. Called only while not finished.
    mutating func advance() throws

    /// What the run shows now; the findings once it has finished.
    func makeFrame() -> Frame
}
