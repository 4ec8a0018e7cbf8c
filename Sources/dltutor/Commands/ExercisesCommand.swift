import ExerciseCheck
import Foundation

/// `dltutor exercises` lists the starter exercises; `dltutor exercises init [DIR]` copies them to the
/// student's folder, keeping every file the student changed.
enum ExercisesCommand {
    static func list(environment: [String: String]) throws(ExerciseCatalog.Failure) -> String {
        let catalog = try ExerciseCatalog.shipped(environment: environment)
        var lines = ["Exercises: you write the backprop, dltutor checks it (Python 3 with NumPy).",
                     "Copy them to your folder with 'dltutor exercises init [DIR]', then run the check each file names.", ""]
        for exercise in catalog.exercises {
            lines.append("  \(exercise.file)")
            lines.append("      \(exercise.summary)")
        }
        return lines.joined(separator: "\n")
    }

    static func initialize(directory: String?, environment: [String: String]) throws(ExerciseCatalog.Failure) -> String {
        let catalog = try ExerciseCatalog.shipped(environment: environment)
        let folder = ExerciseFolder(directory: directory.map { URL(fileURLWithPath: $0) } ?? ExerciseFolder.defaultDirectory(environment: environment))
        let result = try folder.initialize(from: catalog)
        var lines = ["Exercises in \(folder.directory.path):"]
        if !result.copied.isEmpty { lines.append("  copied: " + result.copied.joined(separator: ", ")) }
        if !result.updated.isEmpty { lines.append("  updated (you had not changed them): " + result.updated.joined(separator: ", ")) }
        if !result.kept.isEmpty { lines.append("  kept as you changed them: " + result.kept.joined(separator: ", ")) }
        if !result.unchanged.isEmpty { lines.append("  already up to date: \(result.unchanged.count) file\(result.unchanged.count == 1 ? "" : "s")") }
        if let first = catalog.exercises.first {
            lines.append("Start with: cd \(folder.directory.path) && \(first.checkCommand)")
        }
        return lines.joined(separator: "\n")
    }
}
