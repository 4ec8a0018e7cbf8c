#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file could not be written: the path, the step that failed and the system's reason.
public struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    /// What was being done, e.g. "cannot create" or "cannot replace".
    public let action: String
    public let errorNumber: Int32

    public init(path: String, action: String, errorNumber: Int32) {
        self.path = path
        self.action = action
        self.errorNumber = errorNumber
    }

    public var reason: String { String(cString: strerror(errorNumber)) }

    public var description: String { "\(action) \(path): \(reason)" }
}
