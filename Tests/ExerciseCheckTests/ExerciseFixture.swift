import Foundation
@testable import ExerciseCheck

/// Builds exercise programs for the tests: a starter from Exercises/python with the reference solution
/// from Solutions/ spliced in (and, for a planted mistake, one line of it replaced), in a fresh folder.
enum ExerciseFixture {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let starters = repository.appendingPathComponent("Exercises/python")
    static let programs = testsDirectory.appendingPathComponent("Programs")

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// A folder holding the bridge, network.py and `exercise` (e.g. "ex1_activation_backward") with its
    /// solution, each `(old, new)` of `replacements` applied to the solution or the starter (the text must
    /// occur exactly once). Returns the command to run it.
    static func program(_ exercise: String, replacing replacements: [(String, String)] = [], solved: Bool = true) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-exercise-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in try FileManager.default.contentsOfDirectory(atPath: starters.path) where file.hasSuffix(".py") {
            try FileManager.default.copyItem(at: starters.appendingPathComponent(file), to: folder.appendingPathComponent(file))
        }
        var text = try String(contentsOf: starters.appendingPathComponent(exercise + ".py"), encoding: .utf8)
        if solved {
            let solution = try String(contentsOf: testsDirectory.appendingPathComponent("Solutions/\(exercise).py"), encoding: .utf8)
            // Defined again before the program starts, the solution's functions replace the starter's.
            guard let main = text.range(of: "\nif __name__ == \"__main__\":") else { throw Failure(description: "\(exercise) has no main") }
            text.insert(contentsOf: "\n\n# ---- the reference solution (tests only) ----\n" + solution, at: main.lowerBound)
        }
        for (old, new) in replacements {
            let count = text.components(separatedBy: old).count - 1
            guard count == 1 else { throw Failure(description: "'\(old)' occurs \(count) times in \(exercise), not once") }
            text = text.replacingOccurrences(of: old, with: new)
        }
        let path = folder.appendingPathComponent(exercise + ".py").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return ["python3", path]
    }

    /// Runs a full check and returns the network report (throwing if the program was a checker).
    static func check(_ command: [String], timeout: Double = 30, epsilon: Double = 1e-7) throws -> ProgramCheckReport {
        guard case .network(let report) = try ProgramCheck(epsilon: epsilon, timeout: timeout).run(command) else {
            throw Failure(description: "expected a network report")
        }
        return report
    }

    /// The ids of running (or zombie) processes whose command line contains `marker`, or whose name is `marker`.
    static func processes(matching marker: String) -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { entry in
            guard entry.allSatisfy(\.isNumber) else { return false }
            let commandLine = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline"))).map {
                String(decoding: $0.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            } ?? ""
            let name = (try? String(contentsOfFile: "/proc/\(entry)/comm", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return commandLine.contains(marker) || name == marker
        }
    }

    /// The processes still matching `marker` after waiting up to `seconds` for them to go: a SIGKILL is
    /// delivered, and an orphan reaped by init, a moment after `kill` returns.
    static func survivors(matching marker: String, within seconds: Double = 5) -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let found = processes(matching: marker)
            if found.isEmpty || Date() > deadline { return found }
            usleep(20_000)
        }
    }

    /// The zombie children of this test process named `name` (e.g. "python3").
    static func zombieChildren(named name: String) -> [String] {
        let me = getpid()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.filter { entry in
            guard entry.allSatisfy(\.isNumber), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")"),
                  stat[stat.index(after: open)..<close] == name else { return false }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 2 && fields[0] == "Z" && Int32(fields[1]) == me
        }
    }
}
