/// Why no course could be loaded at all (no directory, no manifest); a single bad lesson is
/// never this, it becomes a broken entry instead.
public struct CourseLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
