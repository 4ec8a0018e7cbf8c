/// A reason an experiment's own code gives for stopping a run, worded from the run's string table
/// (DLCore's errors speak for themselves, in English).
public struct RunFailure: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
