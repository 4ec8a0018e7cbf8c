import Foundation
import Testing

/// Working a lesson in the real binary at 80×24: on gradient-checking's "Finding the bug", with two
/// checkpoints on one page, the second is answered first and each is scored against its own question.
@Suite(.serialized) struct WorkingALessonEndToEndTests {
    static let stateDirectory = FileManager.default.temporaryDirectory
        .appendingPathComponent("dltutor-e2e-working-\(getpid())").path

    @Test func theSecondCheckpointOfAPageIsAnsweredFirst() throws {
        try? FileManager.default.removeItem(atPath: Self.stateDirectory)
        let environment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "XDG_STATE_HOME": Self.stateDirectory,
                           "SWIFT_BACKTRACE": "interactive=no"]
        let session = try TmuxSession(SkeletonEndToEndTests.tutorCommand(), width: 80, height: 24, environment: environment)
        #expect(try session.waitFor("Gradient checking"), "the lesson list shows: \(session.screenText())")
        try session.send("G")
        try session.send("k")
        try session.send("Enter")
        #expect(try session.waitFor("page 1/"), "the lesson opens: \(session.screenText())")
        for _ in 0..<4 { try session.send("n") }
        #expect(try session.waitFor("Finding the bug"), "page 5 is the bug lab: \(session.screenText())")
        // The page opens in the text view at 80 columns; v shows the knobs and the presets beside it.
        try session.send("v")
        #expect(try session.waitFor("presets: x bug = db1-times-4"), "its presets are listed: \(session.screenText())")

        // Tab: knobs, the first checkpoint, the second.
        try session.send("Tab")
        try session.send("Tab")
        try session.send("Tab")
        #expect(try session.waitFor("▶ Checkpoint 2/2"), "the second checkpoint has the focus: \(session.screenText())")
        try session.send("0.6", literal: true)
        try session.send("Enter")
        #expect(try session.waitFor("✓ Right. ‖4g − g‖"), "the answer is judged against the second question: \(session.screenText())")

        // The first is still open, and answered wrong twice it shows its hint, then its explanation.
        try session.send("BTab")
        #expect(try session.waitFor("▶ Checkpoint 1/2"), "Shift-Tab goes back to the first: \(session.screenText())")
        try session.send("0.6", literal: true)
        try session.send("Enter")
        #expect(try session.waitFor("✗ Not quite. Hint: With k = 2"), "a first wrong answer shows the hint: \(session.screenText())")
        #expect(!session.screenText().contains("‖2g − g‖"))
        try session.send("0.3333", literal: true)
        try session.send("Enter")
        #expect(try session.waitFor("✓ Right. ‖2g − g‖"), "then right, with the explanation: \(session.screenText())")

        try session.send("q")
        #expect(try session.waitFor("Choose a lesson"))
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"), "quit with status 0: \(session.screenText())")
        let saved = try String(contentsOfFile: Self.stateDirectory + "/dltutor/progress.json", encoding: .utf8)
        #expect(saved.contains("\"db1-difference\"") && saved.contains("\"dw2-difference\""), "\(saved)")
        #expect(saved.contains("\"lastPage\" : \"find-the-bug\""), "\(saved)")
    }
}
