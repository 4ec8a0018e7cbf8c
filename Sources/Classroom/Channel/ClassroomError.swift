/// Why presenting or following could not start; the message says what to do.
public struct ClassroomError: Error, Sendable, Equatable, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
