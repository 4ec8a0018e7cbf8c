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

    /// The busiest lesson footer (a run, presets, an exercise, checkpoints) still ends with help and
    /// back at 80 columns: the scroll hint goes, then the gaps close.
    @Test(arguments: [Language.en, .zh])
    func aBusyFooterKeepsHelpAndBackAt80Columns(_ language: Language) {
        let hints = Keymap.lessonHints(canRun: true, checkpoints: 2, presets: 3, tabTo: .knobs, canCompare: true, canEdit: true)
        let full = Keymap.footer(hints, language: language)
        let fitted = Keymap.footer(hints, language: language, width: 80, measure: DisplayWidth.of)
        #expect(DisplayWidth.of(full) > 80, "the case is busy enough to need fitting: \(full)")
        #expect(DisplayWidth.of(fitted) <= 80, "\(fitted)")
        #expect(fitted.hasSuffix(Keymap.footer([Keymap.helpHint, Keymap.backHint], language: language, separator: "  ")), "\(fitted)")
        #expect(!fitted.contains(Keymap.scrollHint.text(language)))
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

    /// The help overlay has no scrolling: every key it lists must fit its box at 80×24 (a border
    /// row above and below, one screen row free on each side), in both languages.
    @Test(arguments: [Language.en, .zh])
    func theHelpFitsAt80x24(language: Language) {
        let lines = Keymap.helpLines(language: language)
        #expect(lines.count + 2 <= 24 - 2, "\(lines.count) help lines: split the help before adding keys")
        #expect(lines.allSatisfy { DisplayWidth.of($0) + 4 <= 80 - 4 }, "a help line wider than the box")
    }
}
