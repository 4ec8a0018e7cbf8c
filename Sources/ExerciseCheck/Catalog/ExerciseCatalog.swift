import Course
import FoundationEssentials

/// The starter exercises shipped in `Exercises/` and copying them to the student's folder.
///
/// `Exercises/` is found like the lessons: `$DLTUTOR_EXERCISES`; `<executable dir>/../share/dltutor/Exercises`;
/// `<executable dir>/Exercises`; the source tree's `Exercises/`. Each exercise is a `python/ex*.py` file
/// whose docstring's first line says what to implement (the one place that is written).
public struct ExerciseCatalog: Sendable {
    /// The folder holding `PROTOCOL.md` and `python/`.
    public let root: URL
    public let exercises: [Exercise]

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func candidates(environment: [String: String], executable: URL? = CourseLocator.executableURL()) -> [URL] {
        var places: [URL] = []
        if let override = environment["DLTUTOR_EXERCISES"], !override.isEmpty { places.append(URL(fileURLWithPath: override)) }
        if let executable {
            let dir = executable.deletingLastPathComponent()
            places.append(dir.appendingPathComponent("../share/dltutor/Exercises").standardizedFileURL)
            places.append(dir.appendingPathComponent("Exercises"))
        }
        // …/Sources/ExerciseCheck/Catalog/ExerciseCatalog.swift → …/Exercises
        places.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Exercises"))
        return places
    }

    /// The first place with `python/dlbridge.py`, read; the error lists every place searched.
    public static func shipped(environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) -> ExerciseCatalog {
        let places = candidates(environment: environment)
        guard let root = places.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("python/dlbridge.py").path) }) else {
            throw Failure(description: "cannot find the exercises; looked for python/dlbridge.py in:\n"
                + places.map { "  " + $0.path }.joined(separator: "\n")
                + "\nset DLTUTOR_EXERCISES to the Exercises directory, or install it as <prefix>/share/dltutor/Exercises")
        }
        return try ExerciseCatalog(root: root)
    }

    /// The number in an exercise file's name (`ex12_…` → 12).
    static func number(of file: String) -> Int { Int(file.dropFirst(2).prefix { $0.isASCII && $0.isNumber }) ?? .max }

    public init(root: URL) throws(Failure) {
        self.root = root
        let python = root.appendingPathComponent("python")
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: python.path)) ?? [])
            .filter { $0.hasPrefix("ex") && $0.hasSuffix(".py") }
            // In their numbers' order (ex2 before ex10) without the locale's collation, which
            // loads ICU's collation data into every session for a handful of names.
            .sorted { (Self.number(of: $0), $0) < (Self.number(of: $1), $1) }
        var exercises: [Exercise] = []
        for file in files {
            guard let text = try? String(contentsOf: python.appendingPathComponent(file), encoding: .utf8),
                  text.hasPrefix("\"\"\""), let line = text.dropFirst(3).split(separator: "\n").first else {
                throw Failure(description: "\(python.appendingPathComponent(file).path) should start with a docstring saying what to implement")
            }
            exercises.append(Exercise(id: String(file.dropLast(3)), file: file, summary: String(line)))
        }
        self.exercises = exercises
    }

    /// Every file copied to the student's folder, as (path inside the catalog, name in the folder).
    var starterFiles: [(source: URL, name: String)] {
        let python = root.appendingPathComponent("python")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: python.path)) ?? []).filter { !$0.hasPrefix(".") && !$0.hasPrefix("__") }.sorted()
        return [(root.appendingPathComponent("PROTOCOL.md"), "PROTOCOL.md")] + names.map { (python.appendingPathComponent($0), $0) }
    }
}
