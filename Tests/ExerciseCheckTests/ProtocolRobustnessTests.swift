import Foundation
import Testing
@testable import ExerciseCheck

/// Programs that break the protocol each get a message naming what was wrong, within the timeout,
/// and leave no process behind.
@Suite struct ProtocolRobustnessTests {
    /// Runs `misbehaving.py WAY` and returns the error's text, checking that it came within `timeout`
    /// (plus start-up and clean-up) and that no python3 of this test is left, running or zombie.
    func failure(_ way: String, timeout: Double = 10) throws -> String {
        let marker = "dltutor-robustness-\(UUID().uuidString)"
        let script = ExerciseFixture.programs.appendingPathComponent("misbehaving.py").path
        let started = ContinuousClock.now
        var message = ""
        do {
            _ = try ExerciseFixture.check(["python3", script, way, marker], timeout: timeout)
            Issue.record("\(way): the check passed")
        } catch let error as ProgramCheckError {
            message = error.description
        }
        let elapsed = ContinuousClock.now - started
        // Python's start-up on a loaded machine, plus the clean-up's grace of one second.
        #expect(elapsed < .seconds(timeout + 20), "\(way) took \(elapsed)")
        #expect(ExerciseFixture.survivors(matching: marker).isEmpty, "\(way) left a process")
        return message
    }

    @Test func junkInsteadOfJSON() throws {
        let text = try failure("junk")
        #expect(text.contains("the answer to \"parameters\" is not a line of JSON"))
        #expect(text.contains("\"hello, I am the exercise; starting up\""))
        #expect(text.contains("debugging output belongs on stderr"))
    }

    @Test func notAnObject() throws {
        #expect(try failure("not-an-object").contains("should be a JSON object"))
    }

    @Test func raggedParameters() throws {
        #expect(try failure("ragged").contains("W1 is ragged: W1[1] has 1 entries, but its first has 2"))
    }

    @Test func wrongShape() throws {
        #expect(try failure("wrong-shape").contains("gradients W1 has shape 2×3, but the parameter W1 is 2×2"))
    }

    @Test func notANumber() throws {
        #expect(try failure("nan").contains("gradients W1[0, 1] is nan, not a finite number"))
    }

    @Test func missingAndExtraNames() throws {
        #expect(try failure("missing").contains("\"gradients\" is missing b1; expected exactly W1, b1"))
        #expect(try failure("extra").contains("\"gradients\" has names that are not parameters: dW2"))
    }

    @Test func errorResponseIsShown() throws {
        #expect(try failure("error").contains("the program answered \"gradient\" with an error: relu_backward is not written yet"))
    }

    @Test func earlyExitWithItsStderr() throws {
        let text = try failure("early-exit")
        #expect(text.contains("the program exited with status 3 before answering"))
        #expect(text.contains("| giving up early"))
    }

    @Test func crash() throws {
        let text = try failure("crash")
        #expect(text.contains("the program was killed by signal 11"))
        #expect(text.contains("| about to crash"))
    }

    @Test func hangIsATimeout() throws {
        // A shell script, which starts in milliseconds even on a loaded machine, so 1 s is for the hang alone.
        let script = ExerciseFixture.programs.appendingPathComponent("hangs.sh").path
        let started = ContinuousClock.now
        #expect {
            try ExerciseFixture.check([script], timeout: 1)
        } throws: { error in
            let text = "\(error)"
            return text.contains("the program did not answer within 1 s") && text.contains("| thinking very hard")
        }
        #expect(ContinuousClock.now - started < .seconds(15))
        #expect(ExerciseFixture.zombieChildren(named: "hangs.sh").isEmpty)
    }

    @Test func floodingStdoutWithoutNewline() throws {
        let text = try failure("flood-stdout", timeout: 20)
        #expect(text.contains("wrote more than 64 MB without a newline"), "\(text)")
    }

    @Test func floodingStdoutWithLines() throws {
        #expect(try failure("flood-stdout-lines").contains("\"debug: still here\""))
    }

    @Test func floodingStderrDoesNotBlock() throws {
        let marker = "dltutor-robustness-\(UUID().uuidString)"
        let script = ExerciseFixture.programs.appendingPathComponent("misbehaving.py").path
        // 32 MB of stderr between two answers: read as it comes, so the program never blocks on it.
        let report = try ExerciseFixture.check(["python3", script, "flood-stderr", marker], timeout: 20)
        #expect(report.passed)
        #expect(ExerciseFixture.survivors(matching: marker).isEmpty)
    }

    @Test func ignoringClosedStdinIsEnded() throws {
        let marker = "dltutor-robustness-\(UUID().uuidString)"
        let script = ExerciseFixture.programs.appendingPathComponent("misbehaving.py").path
        let report = try ExerciseFixture.check(["python3", script, "ignore-stdin", marker])
        #expect(report.passed)
        #expect(ExerciseFixture.survivors(matching: marker).isEmpty)
        #expect(ExerciseFixture.zombieChildren(named: "python3").isEmpty)
    }

    @Test func childrenInTheGroupAreEndedToo() throws {
        // An odd sleep time is the marker: the script leaves `sleep` running in its group, then hangs.
        let marker = "977.\(Int.random(in: 100_000...999_999))"
        let script = ExerciseFixture.programs.appendingPathComponent("spawns_child.sh").path
        #expect(throws: ProgramCheckError.self) { try ExerciseFixture.check([script, marker], timeout: 1) }
        #expect(ExerciseFixture.survivors(matching: marker).isEmpty)
    }

    @Test func missingProgram() throws {
        #expect {
            try ExerciseFixture.check(["dltutor-no-such-program-\(UUID().uuidString)"])
        } throws: { "\($0)".contains("cannot start 'dltutor-no-such-program-") }
    }
}
