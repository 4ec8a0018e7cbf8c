import Foundation
import Testing
@testable import Course

/// The experiment block's `preset` lines and the checkpoint's `~ ` hint: parsed, refused with a
/// message naming the fix, checked by the linter against the experiment and across languages.
@Suite struct PresetAndHintTests {
    static let page = frontMatter() + """
    ## Page {#p}

    ```experiment gradcheck.epsilon
    theta = 1
    preset theta = 2
    preset far from 0: theta = -2, function = cube
    ```

    ```checkpoint c
    ? Which?
    - one
    * two
    ~ Not *one*.
    ~ Think twice.
    > Two.
    ```

    """

    @Test func presetsAndHintsAreParsed() throws {
        let lesson = try parse(Self.page)
        let embed = try #require(lesson.pages[0].experiment)
        #expect(embed.presets == [KnobPreset(name: "theta", value: "1", line: 9)], "a preset line is not a starting value")
        #expect(embed.namedPresets.count == 2)
        #expect(embed.namedPresets[0].name == nil && embed.namedPresets[0].title == "theta = 2")
        #expect(embed.namedPresets[1].name == "far from 0")
        #expect(embed.namedPresets[1].settings.map(\.assignment) == ["theta=-2", "function=cube"])
        #expect(embed.namedPresets[1].line == 11)
        let checkpoint = try #require(lesson.pages[0].checkpoints.first)
        #expect(checkpoint.hint == "Not *one*. Think twice.")
        #expect(checkpoint.explanation == "Two.")
        // Without `~ ` lines there is no hint.
        let plain = try parse(Self.page.replacingOccurrences(of: "~ Not *one*.\n~ Think twice.\n", with: ""))
        #expect(plain.pages[0].checkpoints[0].hint == nil)
    }

    @Test(arguments: [
        ("preset : theta = 2", "this preset has an empty name before ':'"),
        ("preset theta", "'theta' in a preset is not a knob setting: write the settings as 'knob = value' separated by commas"),
        ("preset theta = 2, theta = 3", "knob 'theta' is set twice in this preset: set each knob once"),
        ("preset theta = 2,", "'' in a preset is not a knob setting"),
        ("preset a = 1\npreset b = 2\npreset c = 3\npreset d = 4", "an experiment offers at most 3 presets (one key each)"),
    ] as [(String, String)])
    func badPresetsAreRefused(line: String, message: String) throws {
        let text = Self.page.replacingOccurrences(of: "preset theta = 2\n", with: line + "\n")
        let error = try #require(parseError(text))
        #expect(error.message.hasPrefix(message), "\(error.message)")
    }

    @Test func theLinterChecksPresetValuesAndTranslations() {
        let dir = makeTemporaryDirectory("presets")
        defer { removeTemporary(dir) }
        var files = cleanCourseFiles()
        files["en/alpha.md"] = fixtureLesson("alpha", .en).replacingOccurrences(of: "init = he\n", with: "init = he\npreset lambda = 42\npreset init = he\n")
            .replacingOccurrences(of: "> Because.", with: "~ Look again.\n> Because.")
        files["zh/alpha.md"] = fixtureLesson("alpha", .zh).replacingOccurrences(of: "init = he\n", with: "init = he\npreset 强: lambda = 42\n")
        writeCourse(files, in: dir)
        let messages = CourseLinter.lint(directory: dir, catalog: fixtureCatalog).map(\.message)
        #expect(messages.contains("42 is out of range for lambda: expected a number from 0 to 10; change the preset of experiment fixture.curve"))
        #expect(messages.contains { $0.hasPrefix("the 'preset' lines of fixture.curve on page 'first' (lambda = 42) differ from en/alpha.md") })
        #expect(messages.contains { $0.hasPrefix("checkpoint 'pick' has no hint but en/alpha.md") })
    }
}
