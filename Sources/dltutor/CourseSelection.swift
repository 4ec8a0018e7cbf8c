import Course
import Foundation
import Localization

/// Which course the tutor and `list` show: the shipped one, in the language asked for (or the
/// locale's), with an instructor's `--lessons DIR` laid over it.
enum CourseSelection {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Loads the course for `list` and `run`, where the language is simply the one asked for.
    static func load(_ arguments: Arguments, environment: [String: String]) throws(Failure) -> Course {
        try load(language: language(arguments, environment: environment), arguments, environment: environment)
    }

    /// Loads the course for the tutor. Chinese cannot be drawn in ASCII (every character would be
    /// "??"), so a terminal limited to ASCII gets the English course and a notice saying why.
    static func load(
        _ arguments: Arguments, environment: [String: String], drawsASCII: Bool
    ) throws(Failure) -> (course: Course, notice: String?) {
        let wanted = try language(arguments, environment: environment)
        guard wanted == .zh, drawsASCII else {
            return (try load(language: wanted, arguments, environment: environment), nil)
        }
        let notice = "Chinese lessons need a UTF-8 terminal, so English is shown. "
            + "Use a UTF-8 locale (e.g. LANG=C.UTF-8) for Chinese."
        return (try load(language: .en, arguments, environment: environment), notice)
    }

    private static func language(_ arguments: Arguments, environment: [String: String]) throws(Failure) -> Language {
        do {
            return try Language.resolve(override: arguments.language, environment: environment)
        } catch {
            throw Failure(description: error.description)
        }
    }

    private static func load(language: Language, _ arguments: Arguments, environment: [String: String]) throws(Failure) -> Course {
        let overlay = arguments.lessonsDirectory.map { URL(fileURLWithPath: $0) }
        if let overlay, !FileManager.default.fileExists(atPath: overlay.path) {
            throw Failure(description: "--lessons \(overlay.path): no such directory")
        }
        do {
            return try CourseLoader.loadShipped(language: language, overlay: overlay, environment: environment)
        } catch {
            throw Failure(description: error.description)
        }
    }
}
