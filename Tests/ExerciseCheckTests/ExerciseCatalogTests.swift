import Foundation
import Testing
@testable import ExerciseCheck

/// The shipped exercises, their README, and copying them without losing the student's work.
@Suite struct ExerciseCatalogTests {
    let catalog: ExerciseCatalog

    init() throws {
        catalog = try ExerciseCatalog(root: ExerciseFixture.repository.appendingPathComponent("Exercises"))
    }

    @Test func everyExerciseHasItsReadmeLineAndASolutionInTheTests() throws {
        #expect(catalog.exercises.count == 6)
        let readme = try String(contentsOf: catalog.root.appendingPathComponent("python/README.md"), encoding: .utf8)
        for exercise in catalog.exercises {
            // The README's line is the file's own first docstring line.
            let said = exercise.summary.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            #expect(readme.contains("- `\(exercise.file)`: \(said)"), "\(exercise.file)")
            #expect(FileManager.default.fileExists(atPath: ExerciseFixture.testsDirectory.appendingPathComponent("Solutions/\(exercise.file)").path))
            // The student's copy has no solution: every function to write raises NotImplementedError.
            let text = try String(contentsOf: catalog.root.appendingPathComponent("python/\(exercise.file)"), encoding: .utf8)
            #expect(text.contains("raise NotImplementedError"))
            #expect(text.contains(exercise.checkCommand))
        }
    }

    @Test func initNeverOverwritesAChangedFileAndUpdatesAnUntouchedOne() throws {
        let folder = ExerciseFolder(directory: FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-init-\(UUID().uuidString)"))
        let first = try folder.initialize(from: catalog)
        #expect(first.copied.contains("dlbridge.py") && first.copied.contains("ex1_activation_backward.py"))
        #expect(first.kept.isEmpty)

        let changed = folder.directory.appendingPathComponent("ex1_activation_backward.py")
        try "my work".write(to: changed, atomically: true, encoding: .utf8)
        // An untouched file whose recorded checksum matches is updated when the starter differs: simulate
        // an older starter by writing it and recording its checksum, as an earlier init would have.
        let untouched = folder.directory.appendingPathComponent("network.py")
        try "an older starter".write(to: untouched, atomically: true, encoding: .utf8)
        let record = folder.directory.appendingPathComponent(ExerciseFolder.recordName)
        var text = try String(contentsOf: record, encoding: .utf8)
        let oldSum = ExerciseFolder.checksum(Data("an older starter".utf8))
        text = text.split(separator: "\n").map { $0.hasSuffix("  network.py") ? "\(oldSum)  network.py" : String($0) }.joined(separator: "\n") + "\n"
        try text.write(to: record, atomically: true, encoding: .utf8)

        let second = try folder.initialize(from: catalog)
        #expect(second.kept == ["ex1_activation_backward.py"])
        #expect(second.updated == ["network.py"])
        #expect(try String(contentsOf: changed, encoding: .utf8) == "my work")
        #expect(FileManager.default.contents(atPath: untouched.path) == FileManager.default.contents(atPath: catalog.root.appendingPathComponent("python/network.py").path))
        #expect(second.copied.isEmpty)
    }

    @Test func jsonLinesWithNaNAndEscapesAreRead() throws {
        let value = try JSONLineParser.parse(#"{"a": [NaN, -Infinity, 1e-3], "b": "x\"\u00e9"}"#)
        guard case .object(let members) = value, case .array(let numbers) = members[0].1, case .string(let text) = members[1].1 else {
            Issue.record("\(value)")
            return
        }
        if case .number(let nan) = numbers[0] { #expect(nan.isNaN) } else { Issue.record("NaN") }
        #expect(numbers[1] == .number(-.infinity))
        #expect(text == "x\"é")
        #expect(throws: JSONLineParser.Failure.self) { try JSONLineParser.parse("{\"a\": [1, 2}") }
    }

    @Test func arraysOfAnyDepthAndTheirComponentNames() throws {
        let array = try NamedArray(name: "K", json: try JSONLineParser.parse("[[[1, 2], [3, 4]], [[5, 6], [7, 8]]]"))
        #expect(array.shape == [2, 2, 2])
        #expect(array.componentName(5) == "K[1, 0, 1]")
        #expect(array.json.serialized() == "[[[1, 2],[3, 4]],[[5, 6],[7, 8]]]")
        let scalar = try NamedArray(name: "s", json: .number(2.5))
        #expect(scalar.shape == [] && scalar.componentName(0) == "s")
    }
}
