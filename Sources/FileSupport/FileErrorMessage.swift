import FoundationEssentials
import Glibc

/// A file-system error from FoundationEssentials (`FileManager`, `Data.write`) as a student reads it:
/// the C library's words for the underlying error and the path it concerns, e.g. "Permission denied
/// (/srv/class)". FoundationEssentials has no `localizedDescription` (that is Foundation proper's,
/// which the tutor does not link) and its `CocoaError` prints as a dictionary.
public enum FileErrorMessage {
    public static func text(for error: any Error) -> String {
        guard let cocoa = error as? CocoaError else { return String(describing: error) }
        let reason = cocoa.underlying.flatMap { $0 as? POSIXError }.map { String(cString: strerror($0.code.rawValue)) }
            ?? "error \(cocoa.code.rawValue)"
        return cocoa.filePath.map { "\(reason) (\($0))" } ?? reason
    }
}
