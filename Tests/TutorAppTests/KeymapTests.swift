import Course
import Foundation
import Localization
import Testing
import TextCharts
@testable import TutorApp

/// The keymap is the one place keys are written down: the README and the help agree with it, and
/// no key does two things in one place.
@Suite struct KeymapTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    /// The README's `## Keys` table, as written there.
    static func readmeKeyTable() throws -> String {
        let lines = try String(contentsOf: readme, encoding: .utf8).components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex(of: "## Keys"), "README.md has no '## Keys' section")
        let table = lines[(heading + 1)...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
        return table.joined(separator: "\n")
    }

    @Test func theReadmeKeyTableIsTheKeymap() throws {
        #expect(try Self.readmeKeyTable() == Keymap.markdownTable(),
                "README.md's '## Keys' table should read:\n\(Keymap.markdownTable())")
    }

    @Test func noKeyDoesTwoThingsInOnePlace() {
        for context in KeyContext.allCases {
            var seen: [Key: KeyAction] = [:]
            for row in Keymap.rows {
                for binding in row.bindings where binding.contexts.contains(context) {
                    for case .key(let key) in binding.patterns {
                        #expect(seen[key] == nil || seen[key] == binding.action, "\(key) in \(context): \(seen[key]!) and \(binding.action)")
                        seen[key] = binding.action
                    }
                }
            }
        }
    }

    @Test(arguments: [Language.en, .zh])
    func everyRowIsSaidInBothLanguagesAndTheHelpFitsTheSmallestScreen(language: Language) {
        for row in Keymap.rows {
            #expect(!row.english.isEmpty && !row.chinese.isEmpty)
            #expect(row.chinese.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(row.chinese)")
        }
        let help = Keymap.helpLines(language: language)
        #expect(help.count + 2 <= TutorModel.minimumSize.height)
        #expect(help.allSatisfy { DisplayWidth.of($0) + 4 <= TutorModel.minimumSize.width }, "\(help)")
        #expect(Keymap.plainText(language: language).components(separatedBy: "\n").count == Keymap.rows.count)
    }

    @Test func keysDoWhatTheKeymapSays() {
        #expect(Keymap.action(for: .right, in: .overview) == .open)
        #expect(Keymap.action(for: .right, in: .page) == .nextPage)
        #expect(Keymap.action(for: .right, in: .knobs) == .increase)
        #expect(Keymap.action(for: .character("-"), in: .page) == nil)
        #expect(Keymap.action(for: .character("７"), in: .page) == .answer, "a full-width digit still answers")
        #expect(Keymap.action(for: .escape, in: .overview) == nil)
        #expect(Keymap.action(for: .enter, in: .help) == .closeHelp)
    }
}
