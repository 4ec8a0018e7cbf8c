import Foundation
import Testing

/// The glossary and the ambiguous-width setting, through the real binary.
@Suite(.serialized) struct GlossaryEndToEndTests {
    static let environment: [String: String] = [
        "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color", "SWIFT_BACKTRACE": "interactive=no",
        "XDG_STATE_HOME": FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-e2e-glossary-\(getpid())").path,
    ]

    @Test func glossaryCommandLooksUpEitherLanguage() throws {
        let english = try CommandResult.run(["glossary", "kink"])
        #expect(english.status == 0, "\(english.standardError)")
        #expect(english.standardOutput.hasPrefix("kink (折点)   [lesson: gradient-checking]"))
        let chinese = try CommandResult.run(["glossary", "--lang", "zh", "泛化"])
        #expect(chinese.status == 0)
        #expect(chinese.standardOutput.hasPrefix("泛化 (generalization)"))
        let none = try CommandResult.run(["glossary", "no-such-term"])
        #expect(none.status == 1)
        #expect(none.standardError.contains("no glossary term matches 'no-such-term'"))
    }

    @Test func glossaryScreenFromTheLessonListAt80x24() throws {
        let command = "\(TmuxSession.quote(TmuxSession.binary)) --lang zh; echo \"dltutor exited $?\"; sleep 30"
        let session = try TmuxSession(command, width: 80, height: 24, environment: Self.environment)
        #expect(try session.waitFor("术语表"), "the footer offers the glossary: \(session.screenText())")
        try session.send("t")
        #expect(try session.waitFor("搜索（中文或 English）"), "\(session.screenText())")
        try session.send("dropout", literal: true)
        #expect(try session.waitFor("随机失活 (dropout)，也叫 丢弃法"), "\(session.screenText())")
        let rows = try session.screen()
        #expect(rows.allSatisfy { $0.count <= 80 })
        try session.send("Escape")
        #expect(try session.waitFor("选择一课"), "\(session.screenText())")
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"), "\(session.screenText())")
        session.killServer()
    }

    @Test func wideAmbiguousDrawsNoAmbiguousCharacter() throws {
        let result = try CommandResult.run(["run", "gradcheck.epsilon", "--wide-ambiguous"])
        #expect(result.status == 0)
        let ambiguous: Set<Character> = ["ε", "θ", "λ", "─", "│", "█", "•", "…", "┤", "└", "┬", "“", "”", "×", "·"]
        #expect(!result.standardOutput.contains { ambiguous.contains($0) }, "\(result.standardOutput)")
        let plain = try CommandResult.run(["run", "gradcheck.epsilon"])
        #expect(plain.standardOutput.contains { ambiguous.contains($0) })
        let byVariable = try CommandResult.run(["run", "gradcheck.epsilon"], environment: ["DLTUTOR_AMBIGUOUS_WIDE": "1"])
        #expect(byVariable.standardOutput == result.standardOutput)
    }
}
