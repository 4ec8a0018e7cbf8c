/// Why progress could not be saved: the path and the system's reason, for the status line.
public struct ProgressError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
