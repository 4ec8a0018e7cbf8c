import ArgumentParser
import ExerciseCheck
import FoundationEssentials

/// `dltutor exercises` lists the starter exercises; `dltutor exercises init [DIR]` copies them to the
/// student's folder, keeping every file the student changed.
struct ExercisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exercises",
        abstract: "List the exercises where you write the backprop and dltutor checks it.",
        subcommands: [ListExercises.self, InitExercises.self],
        defaultSubcommand: ListExercises.self
    )

    init() {}

    struct ListExercises: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the exercises (the default).")

        init() {}

        func run() throws {
            try StandardOutput.write(try Self.text(environment: ProcessInfo.processInfo.environment))
        }

        static func text(environment: [String: String]) throws(CommandFailure) -> String {
            let catalog: ExerciseCatalog
            do {
                catalog = try ExerciseCatalog.shipped(environment: environment)
            } catch {
                throw CommandFailure(error.description, status: 2)
            }
            var lines = ["Exercises: you write the backprop, dltutor checks it (Python 3 with NumPy).",
                         "Copy them to your folder with 'dltutor exercises init [DIR]', then run the check each file names.", ""]
            for exercise in catalog.exercises {
                lines.append("  \(exercise.file)")
                lines.append("      \(exercise.summary)")
            }
            return lines.joined(separator: "\n")
        }
    }

    struct InitExercises: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Copy the starters to your folder (default ~/dltutor-exercises); files you changed are kept."
        )

        @Argument(help: "The folder to copy the exercises to.", completion: .directory)
        var directory: String?

        init() {}

        func run() throws {
            try StandardOutput.write(try text(environment: ProcessInfo.processInfo.environment))
        }

        func text(environment: [String: String]) throws(CommandFailure) -> String {
            do {
                let catalog = try ExerciseCatalog.shipped(environment: environment)
                let folder = ExerciseFolder(directory: directory.map { URL(fileURLWithPath: $0) }
                    ?? ExerciseFolder.defaultDirectory(environment: environment))
                let result = try folder.initialize(from: catalog)
                var lines = ["Exercises in \(folder.directory.path):"]
                if !result.copied.isEmpty { lines.append("  copied: " + result.copied.joined(separator: ", ")) }
                if !result.updated.isEmpty { lines.append("  updated (you had not changed them): " + result.updated.joined(separator: ", ")) }
                if !result.kept.isEmpty { lines.append("  kept as you changed them: " + result.kept.joined(separator: ", ")) }
                if !result.unchanged.isEmpty {
                    lines.append("  already up to date: \(result.unchanged.count) file\(result.unchanged.count == 1 ? "" : "s")")
                }
                if let first = catalog.exercises.first {
                    lines.append("Start with: cd \(folder.directory.path) && \(first.checkCommand)")
                }
                return lines.joined(separator: "\n")
            } catch {
                throw CommandFailure(error.description, status: 2)
            }
        }
    }
}
