import CNcursesw
import FoundationEssentials
import Glibc

/// What the terminal we are about to take over can do, found out before ncurses touches it
/// (ncurses' `initscr` exits the process itself on an unknown terminal).
public struct TerminalCheck: Sendable {
    public enum Problem: Error, CustomStringConvertible, Equatable {
        case notATerminal
        case unknownTerminal(String)
        case unusableTerminal(String)

        public var description: String {
            switch self {
            case .notATerminal:
                "dltutor: the interactive tutor needs a terminal on stdin and stdout; "
                    + "for scripts use 'dltutor list' or 'dltutor run EXPERIMENT-ID' (see 'dltutor --help')"
            case .unknownTerminal(let name):
                "dltutor: unknown terminal type TERM='\(name)'; set TERM to one your system knows, e.g. TERM=xterm-256color"
            case .unusableTerminal(let name):
                "dltutor: TERM='\(name)' cannot move the cursor, so the tutor cannot draw on it; "
                    + "use a full-screen terminal (e.g. TERM=xterm-256color) or the non-interactive commands ('dltutor run')"
            }
        }
    }

    /// True when the locale's character set is UTF-8; otherwise only ASCII may be drawn.
    public let localeIsUTF8: Bool

    /// Sets the locale from the environment and checks stdin, stdout and TERM.
    public static func run() throws(Problem) -> TerminalCheck {
        adoptLocale(environment: ProcessInfo.processInfo.environment)
        guard isatty(0) == 1, isatty(1) == 1 else { throw .notATerminal }
        let name = ProcessInfo.processInfo.environment["TERM"] ?? ""
        switch dlt_check_terminal() {
        case 0: break
        case 1: throw .unknownTerminal(name)
        default: throw .unusableTerminal(name)
        }
        return TerminalCheck(localeIsUTF8: Self.codesetIsUTF8())
    }

    /// Sets the locale from the environment. An SSH client often forwards a locale the server has
    /// not generated (`LANG=zh_CN.UTF-8`): `setlocale` then fails and leaves POSIX, although the
    /// student's terminal is UTF-8. Asking for UTF-8 is what matters for drawing, so fall back to
    /// `C.UTF-8`, which every glibc system has.
    static func adoptLocale(environment: [String: String]) {
        if setlocale(LC_ALL, "") != nil { return }
        let requested = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        let lowered = requested.lowercased()
        if lowered.hasSuffix(".utf-8") || lowered.hasSuffix(".utf8") {
            setlocale(LC_ALL, "C.UTF-8")
        }
    }

    /// Whether the current locale (after `setlocale`) encodes text as UTF-8.
    public static func codesetIsUTF8() -> Bool {
        let codeset = String(cString: dlt_locale_codeset()).lowercased()
        return codeset == "utf-8" || codeset == "utf8"
    }
}
