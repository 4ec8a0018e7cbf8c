import Course
import Localization
import FoundationEssentials

/// Which course the tutor and `list` show: the shipped one, in the language asked for (or the
/// locale's), with an instructor's `--lessons DIR` laid over it.
enum CourseSelection {
    /// Loads the course for `list`, where the language is simply the one asked for.
    static func load(
        language: Language?, lessonsDirectory: String?, environment: [String: String]
    ) throws(CommandFailure) -> Course {
        try load(resolved: language ?? Language.fromLocale(environment: environment), lessonsDirectory, environment)
    }

    /// Loads the course for the tutor. Chinese cannot be drawn in ASCII (every character would be
    /// "??"), so a terminal limited to ASCII gets the English course and a notice saying why.
    static func load(
        language: Language?, lessonsDirectory: String?, environment: [String: String], drawsASCII: Bool
    ) throws(CommandFailure) -> (course: Course, notice: String?) {
        let wanted = language ?? Language.fromLocale(environment: environment)
        guard wanted == .zh, drawsASCII else {
            return (try load(resolved: wanted, lessonsDirectory, environment), nil)
        }
        let notice = "Chinese lessons need a UTF-8 terminal, so English is shown. "
            + "Use a UTF-8 locale (e.g. LANG=C.UTF-8) for Chinese."
        return (try load(resolved: .en, lessonsDirectory, environment), notice)
    }

    private static func load(
        resolved language: Language, _ lessonsDirectory: String?, _ environment: [String: String]
    ) throws(CommandFailure) -> Course {
        let overlay = lessonsDirectory.map { URL(fileURLWithPath: $0) }
        if let overlay, !FileManager.default.fileExists(atPath: overlay.path) {
            throw CommandFailure("--lessons \(overlay.path): no such directory", status: 2)
        }
        do {
            return try CourseLoader.loadShipped(language: language, overlay: overlay, environment: environment)
        } catch {
            throw CommandFailure(error.description, status: 2)
        }
    }
}
