/// A reason an experiment's own code gives for stopping a run (DLCore's errors speak for themselves).
public struct RunFailure: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
