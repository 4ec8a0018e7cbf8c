import FoundationEssentials
import Glibc

/// Finds the shipped course, so the installed binary works from any directory.
///
/// Looked for, in order: `$DLTUTOR_LESSONS`; `<executable dir>/../share/dltutor/Lessons` (an
/// install under a prefix); `<executable dir>/Lessons` (a copied binary with its lessons); the
/// source tree's `Lessons/`, found from this file's `#filePath` (works for `swift run` and
/// `swift test` from any directory). A directory counts only if it has `course.txt`.
public enum CourseLocator {
    /// The places searched, in order, for messages and tests.
    public static func candidates(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = executableURL()
    ) -> [URL] {
        var places: [URL] = []
        if let override = environment["DLTUTOR_LESSONS"], !override.isEmpty {
            places.append(URL(fileURLWithPath: override, isDirectory: true))
        }
        if let executable {
            let dir = executable.deletingLastPathComponent()
            places.append(dir.appendingPathComponent("../share/dltutor/Lessons", isDirectory: true).standardizedFileURL)
            places.append(dir.appendingPathComponent("Lessons", isDirectory: true))
        }
        places.append(sourceTreeLessons)
        return places
    }

    /// The first candidate holding a course; the error lists every place searched.
    public static func shippedCourse(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = executableURL()
    ) throws(CourseLoadError) -> URL {
        let places = candidates(environment: environment, executable: executable)
        for place in places
        where FileManager.default.fileExists(atPath: place.appendingPathComponent(Manifest.fileName).path) {
            return place
        }
        throw CourseLoadError("cannot find the course lessons; looked for \(Manifest.fileName) in:\n"
            + places.map { "  " + $0.path }.joined(separator: "\n")
            + "\nset DLTUTOR_LESSONS to the Lessons directory, or install it as <prefix>/share/dltutor/Lessons")
    }

    /// `Lessons/` at the root of the source tree this file was compiled from.
    public static var sourceTreeLessons: URL {
        // …/Sources/Course/Loading/CourseLocator.swift → …/Lessons
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Lessons", isDirectory: true)
    }

    /// The running executable, symlinks resolved (so a symlink in ~/bin still finds the install).
    public static func executableURL() -> URL? {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        #endif
        return CommandLine.arguments.first.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath() }
    }
}
