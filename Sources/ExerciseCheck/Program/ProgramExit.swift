import FoundationEssentials
import Glibc

/// How the program ended.
public enum ProgramExit: Sendable, Hashable, CustomStringConvertible {
    case status(Int32)
    case signal(Int32)

    public var description: String {
        switch self {
        case .status(let code): "exited with status \(code)"
        case .signal(let number):
            "was killed by signal \(number)" + (strsignal(number).map { " (\(String(cString: $0)))" } ?? "")
        }
    }
}
