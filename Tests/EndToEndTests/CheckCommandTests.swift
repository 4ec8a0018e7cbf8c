import Foundation
import Testing

/// `dltutor check` and `dltutor exercises`, run as a student runs them.
@Suite struct CheckCommandTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let programs = repository.appendingPathComponent("Tests/ExerciseCheckTests/Programs")

    @Test func passingProgramShowsBarsAndExitsZero() throws {
        let result = try CommandResult.run(["check", "--", "python3", CheckCommandTests.programs.appendingPathComponent("plain_python.py").path])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("Gradient check of python3"))
        #expect(result.standardOutput.contains("Worst components"))
        #expect(result.standardOutput.contains("great"))
        #expect(result.standardOutput.components(separatedBy: "\n").contains { $0.hasPrefix("w [0]") && $0.contains("│") })
    }

    @Test func starterThatIsNotWrittenYetExitsTwoWithItsStderr() throws {
        let starter = CheckCommandTests.repository.appendingPathComponent("Exercises/python/ex3_backward_pass.py").path
        let result = try CommandResult.run(["check", "--timeout", "60", "--", "python3", starter])
        #expect(result.status == 2)
        #expect(result.standardError.contains("dltutor: check: the program answered \"gradient\" with an error: NotImplementedError: model_backward"))
        #expect(result.standardError.contains("| NotImplementedError: model_backward"))
    }

    @Test func jsonExportsBothGradientsAndTheVerdict() throws {
        let result = try CommandResult.run(["check", "--json", "--epsilon", "1e-6", "--",
                                            CheckCommandTests.programs.appendingPathComponent("fixed_answer.sh").path])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(object?["verdict"] as? String == "great")
        #expect(object?["epsilon"] as? Double == 1e-6)
        #expect((object?["analytic_gradients"] as? [String: Any])?.keys.sorted() == ["dW1", "db1"])
        #expect((object?["numerical_gradients"] as? [String: Any])?.keys.sorted() == ["dW1", "db1"])
        #expect((object?["segments"] as? [Any])?.count == 2)
        #expect(object?["passed"] as? Bool == true)
    }

    @Test func checkWithoutAProgramSaysHow() throws {
        let result = try CommandResult.run(["check"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("name the program to check after --"), "\(result.standardError)")
        let bad = try CommandResult.run(["check", "--epsilon", "-1", "--", "true"])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("--epsilon takes a positive number, not -1"), "\(bad.standardError)")
    }

    @Test func exercisesInitCopiesAndKeepsTheStudentsChanges() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-exercises-\(UUID().uuidString)")
        let listed = try CommandResult.run(["exercises"])
        #expect(listed.status == 0)
        #expect(listed.standardOutput.contains("ex1_activation_backward.py"))
        let first = try CommandResult.run(["exercises", "init", folder.path])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("copied: PROTOCOL.md"))
        let mine = folder.appendingPathComponent("ex2_linear_backward.py")
        try "# my own work\n".write(to: mine, atomically: true, encoding: .utf8)
        let second = try CommandResult.run(["exercises", "init", folder.path])
        #expect(second.standardOutput.contains("kept as you changed them: ex2_linear_backward.py"))
        #expect(try String(contentsOf: mine, encoding: .utf8) == "# my own work\n")
        // The default folder is ~/dltutor-exercises.
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-home-\(UUID().uuidString)")
        let byDefault = try CommandResult.run(["exercises", "init"], environment: ["HOME": home.path])
        #expect(byDefault.status == 0)
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("dltutor-exercises/dlbridge.py").path))
    }
}
