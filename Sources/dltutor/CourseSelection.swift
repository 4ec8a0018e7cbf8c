import Course
import Foundation

/// Which course the tutor and `list` show: the shipped one, in the language asked for (or the
/// locale's), with an instructor's `--lessons DIR` laid over it.
enum CourseSelection {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func load(_ arguments: Arguments, environment: [String: String]) throws(Failure) -> Course {
        let language: Language
        do {
            language = try Language.resolve(override: arguments.language, environment: environment)
        } catch {
            throw Failure(description: error.description)
        }
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
