import Foundation
import Testing

/// The exercise on a lesson page, for real: the student's file checked when the page opens (red bars
/// on the arrays that are wrong), fixed from another terminal and re-checked green without a key,
/// and `e` handing the screen to $EDITOR and taking it back.
@Suite(.serialized) struct ExerciseEndToEndTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let starter = repository.appendingPathComponent("Exercises/python/ex4_l2_regularization.py")
    static let solution = repository.appendingPathComponent("Tests/ExerciseCheckTests/Solutions/ex4_l2_regularization.py")

    /// The starter with the reference solution spliced in before its main, with `replacements` applied to it.
    static func program(replacing replacements: [(String, String)] = []) throws -> String {
        var text = try String(contentsOf: starter, encoding: .utf8)
        var solved = try String(contentsOf: solution, encoding: .utf8)
        for (old, new) in replacements {
            #expect(solved.contains(old), "the planted mistake applies")
            solved = solved.replacingOccurrences(of: old, with: new)
        }
        let main = try #require(text.range(of: "\nif __name__ == \"__main__\":"))
        text.insert(contentsOf: "\n\n" + solved, at: main.lowerBound)
        return text
    }

    /// A forgotten L2 gradient: the W arrays are off, the b arrays right.
    static let forgottenGradient = [("return lambd / m * W", "return 0 * W")]

    struct Setup {
        let folder: URL
        let file: URL
        let environment: [String: String]
    }

    /// A student's folder made by `dltutor exercises init`, and the tutor's environment.
    static func setup(_ label: String, extra: [String: String] = [:]) throws -> Setup {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-e2e-exercise-\(label)-\(getpid())")
        try? FileManager.default.removeItem(at: root)
        let folder = root.appendingPathComponent("my exercises")
        let initialized = try CommandResult.run(["exercises", "init", folder.path])
        #expect(initialized.status == 0, "\(initialized.standardError)")
        // NO_COLOR empty: colours on even where the test runner asks its children for none (the bars are judged by colour).
        let environment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "SWIFT_BACKTRACE": "interactive=no", "NO_COLOR": "",
                           "XDG_STATE_HOME": root.appendingPathComponent("state").path, "DLTUTOR_EXERCISE_DIR": folder.path]
            .merging(extra) { $1 }
        return Setup(folder: folder, file: folder.appendingPathComponent("ex4_l2_regularization.py"), environment: environment)
    }

    /// Opens the regularization lesson (third) at its weight-decay page (third), where ex4 is.
    static func openDecayPage(_ session: TmuxSession) throws {
        #expect(try session.waitFor("Choose a lesson"))
        try session.send("j")
        try session.send("j")
        try session.send("Enter")
        #expect(try session.waitFor("page 1/"))
        try session.send("n")
        try session.send("n")
        #expect(try session.waitFor("Exercise: ex4_l2_regularization.py"), "\(session.screenText())")
    }

    /// Whether the row where `name`'s bar starts is drawn in `color` (31 red, 32 green).
    static func bar(_ name: String, isColor color: Int, in session: TmuxSession) throws -> Bool {
        let pattern = "\u{1b}\\[([0-9;]*;)?\(color)m(\u{1b}\\[[0-9;]*m)*\(name) +[█░]"
        return try session.screenWithEscapes().contains { $0.range(of: pattern, options: .regularExpression) != nil }
    }

    @Test func aBuggyFileIsRedAndFixingItFromOutsideTurnsItGreenWithoutAKey() throws {
        let setup = try Self.setup("watch")
        try Self.program(replacing: Self.forgottenGradient).write(to: setup.file, atomically: true, encoding: .utf8)
        let session = try TmuxSession(TmuxSession.quote(TmuxSession.binary) + "; sleep 30", width: 120, height: 40,
                                      environment: setup.environment)
        try Self.openDecayPage(session)
        #expect(try session.waitFor("✗ Not yet", timeout: 30), "the check runs when the page opens:\n\(session.screenText())")
        let screen = session.screenText()
        #expect(screen.contains("Only W1, W2 and W3 are off and the b arrays are right"), "the hint names the arrays:\n\(screen)")
        for name in ["W1", "W2", "W3"] {
            let rows = try session.screenWithEscapes().filter { $0.contains(name) }.map(\.debugDescription)
            #expect(try Self.bar(name, isColor: 31, in: session), "\(name) is red:\n\(rows)")
        }
        for name in ["b1", "b2", "b3"] { #expect(try Self.bar(name, isColor: 32, in: session), "\(name) is green:\n\(screen)") }

        // Another terminal saves the fixed file: no key is pressed here.
        try Self.program().write(to: setup.file, atomically: true, encoding: .utf8)
        #expect(try session.waitFor("✓ Passed", timeout: 30), "the saved file is re-checked:\n\(session.screenText())")
        for name in ["W1", "W2", "W3", "b1", "b2", "b3"] { #expect(try Self.bar(name, isColor: 32, in: session), "\(name) is green") }
        // And the pass counts in the lesson's progress, on the lesson list.
        try session.send("q")
        #expect(try session.waitUntil { $0.contains("L1, L2 and weight decay") && $0.contains("(1/1 exercises)") }, "\(session.screenText())")
        try session.send("q")
    }

    @Test func eHandsTheScreenToTheEditorAndTakesItBack() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-e2e-editor-\(getpid())")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // An editor that shows it has the terminal, plants a sign error in the file and exits.
        let broken = root.appendingPathComponent("broken.py")
        try Self.program(replacing: [("return lambd / m * W", "return -lambd / m * W")]).write(to: broken, atomically: true, encoding: .utf8)
        let editor = root.appendingPathComponent("editor.sh")
        try "#!/bin/sh\necho \"EDITOR HAS THE SCREEN: $1\"\nsleep 2\ncp \(TmuxSession.quote(broken.path)) \"$1\"\n"
            .write(to: editor, atomically: true, encoding: .utf8)
        chmod(editor.path, 0o755)
        let setup = try Self.setup("editor", extra: ["EDITOR": editor.path, "VISUAL": ""])
        try Self.program().write(to: setup.file, atomically: true, encoding: .utf8)
        let session = try TmuxSession(TmuxSession.quote(TmuxSession.binary) + "; echo \"dltutor exited $?\"; sleep 30",
                                      width: 100, height: 30, environment: setup.environment)
        try Self.openDecayPage(session)
        #expect(try session.waitFor("✓ Passed", timeout: 30), "\(session.screenText())")
        #expect(session.screenText().contains("e edit exercise"), "the footer offers e here")

        try session.send("e")
        #expect(try session.waitFor("EDITOR HAS THE SCREEN: \(setup.file.path)"), "the editor runs on the normal screen:\n\(session.screenText())")
        #expect(!session.screenText().contains("Exercise: ex4"), "the tutor's screen is gone meanwhile")
        // Back: the tutor's whole screen is redrawn and the edited file checked.
        #expect(try session.waitFor("✗ Not yet", timeout: 30), "re-checked after the editor exits:\n\(session.screenText())")
        let screen = session.screenText()
        #expect(!screen.contains("EDITOR HAS THE SCREEN"), "nothing of the editor's output is left:\n\(screen)")
        #expect(screen.components(separatedBy: "\n").first?.contains("L1, L2 and weight decay") == true, "the header is back:\n\(screen)")
        #expect(screen.contains("Only W1, W2 and W3 are off"), "the planted mistake is named:\n\(screen)")
        // Keys work as before, and the terminal is given back whole on quitting.
        try session.send("q")
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"), "\(session.screenText())")
    }
}
