import ArgumentParser
import Foundation
import Testing
import TutorApp
import Course
import TextCharts
@testable import CommandLineInterface

/// The command line as parsed by `DLTutor.parseAsRoot`: which command, which options, and what is
/// refused (with status 2 and a message naming the fix). The commands' output is tested end to end.
@Suite struct CommandLineParsingTests {
    private func parse(_ words: [String]) throws -> any ParsableCommand {
        try DLTutor.parseAsRoot(words)
    }

    private func tutorOptions(_ words: [String]) throws -> TutorOptions {
        let command = try #require(try parse(words) as? TutorCommand)
        return try command.options()
    }

    /// The error `words` raise, its exit status and the message dltutor prints for it: from parsing,
    /// from the tutor's check of stray words, or from argument-parser's `help` command.
    private func refusal(_ words: [String]) -> (status: Int32, message: String)? {
        do {
            var command = try parse(words)
            if let tutor = command as? TutorCommand {
                try tutor.checkNoStrayWords()
            } else if type(of: command).configuration.commandName == "help" {
                try command.run()
            }
            return nil
        } catch {
            return (DLTutor.exitStatus(for: error), DLTutor.usageMessage(DLTutor.fullMessage(for: error)))
        }
    }

    @Test func noCommandOpensTheTutorWithDefaults() throws {
        #expect(try tutorOptions([]) == TutorOptions())
        #expect(try tutorOptions(["tutor"]) == TutorOptions())
    }

    @Test func tutorOptionsKeepTheirSpellings() throws {
        let options = try tutorOptions(["--lang", "zh", "--ascii", "--no-colour", "--seed", "9", "--lessons", "/srv/course"])
        #expect(options == TutorOptions(language: .zh, lessonsDirectory: "/srv/course", ascii: true, noColor: true, seed: 9))
        #expect(try tutorOptions(["--no-color", "--lang=en"]) == TutorOptions(language: .en, noColor: true))
    }

    @Test func presentAndFollowTakeAnOptionalName() throws {
        #expect(try tutorOptions(["--present", "class", "--seed", "5"]).classroom == .present(name: "class"))
        #expect(try tutorOptions(["--present=class"]).classroom == .present(name: "class"))
        #expect(try tutorOptions(["--present"]).classroom == .present(name: TutorCommand.defaultPresentationName()))
        #expect(try tutorOptions(["--follow"]).classroom == .follow(name: nil))
        #expect(try tutorOptions(["--follow", "class"]).classroom == .follow(name: "class"))
        // An option after --follow is not its name.
        let followThenASCII = try tutorOptions(["--follow", "--ascii"])
        #expect(followThenASCII.classroom == .follow(name: nil))
        #expect(followThenASCII.ascii)
        #expect(try tutorOptions(["--follow=-class"]).classroom == .follow(name: "-class"))
        // A URL follows a presentation a web server serves; --publish writes one there.
        #expect(try tutorOptions(["--follow", "https://example.org/class.json"]).classroom == .followURL("https://example.org/class.json"))
        #expect(try tutorOptions(["--present", "class", "--publish", "/srv/www"]).classroom == .present(name: "class", publish: "/srv/www"))
    }

    @Test func runTakesItsOptionsInAnyOrder() throws {
        let command = try #require(try parse([
            "run", "--seed", "18446744073709551615", "gradcheck.epsilon", "-s", "theta=1", "--set", "function=sin",
            "--width", "1000", "--height", "8", "--ascii",
        ]) as? RunCommand)
        #expect(command.experimentID == "gradcheck.epsilon")
        #expect(command.settings == ["theta=1", "function=sin"])
        #expect(command.seed.seed == UInt64.max)
        #expect(command.width == 1000 && command.height == 8 && command.ascii && !command.json)
    }

    @Test func doubleDashEndsTheOptions() throws {
        let lint = try #require(try parse(["lint", "--", "--course"]) as? LintCommand)
        #expect(lint.directory == "--course")
        let run = try #require(try parse(["run", "--json", "--", "gradcheck.epsilon"]) as? RunCommand)
        #expect(run.experimentID == "gradcheck.epsilon" && run.json)
        // After --, an option's spelling is a word: the tutor takes none.
        #expect(refusal(["--", "--ascii"])?.message.contains("unknown command '--ascii'") == true)
    }

    @Test func listAndLintAndTheRest() throws {
        let list = try #require(try parse(["list", "--lang", "en", "--lessons", "extra"]) as? ListCommand)
        #expect(list.course.language == .en && list.course.lessonsDirectory == "extra" && !list.json)
        #expect(try #require(try parse(["list", "--json"]) as? ListCommand).json)
        #expect(try #require(try parse(["lint"]) as? LintCommand).directory == nil)
        #expect(try parse(["bench"]) is BenchCommand)
        #expect(try parse(["presentations"]) is PresentationsCommand)
    }

    @Test(arguments: [
        (["--set", "theta=2"], "Unknown option '--set'"),
        (["--json"], "Unknown option '--json'"),
        (["list", "--seed", "3"], "Unknown option '--seed'"),
        (["list", "--ascii"], "Unknown option '--ascii'"),
        (["lint", "--lang", "en"], "Unknown option '--lang'"),
        (["bench", "--json"], "Unknown option '--json'"),
        (["run", "gradcheck.epsilon", "--present"], "Unknown option '--present'"),
        (["run", "gradcheck.epsilon", "--colour-me"], "Unknown option '--colour-me'"),
        (["--present", "class", "--set", "theta=2"], "Unknown option '--set'"),
        (["presentations", "extra"], "Unexpected argument 'extra'"),
    ])
    func optionsAreRefusedWhereTheyMeanNothing(words: [String], message: String) throws {
        let refused = try #require(refusal(words), "\(words) was accepted")
        #expect(refused.status == 2)
        #expect(refused.message.hasPrefix("dltutor: " + message), "\(refused.message)")
        // argument-parser's usage line and a pointer to the command's help name the fix.
        #expect(refused.message.contains("Usage: dltutor"))
        #expect(refused.message.contains("--help' for more information"))
    }

    @Test(arguments: [
        (["teach"], "unknown command 'teach'; commands are: list, run, lint, bench, presentations, check, exercises, glossary (or none for the tutor)"),
        (["--lang", "en", "list"], "the command goes first: 'dltutor list …'"),
        (["--lang", "fr"], "The value 'fr' is invalid for '--lang <lang>'. Please provide one of 'en' and 'zh'."),
        (["--seed", "-1"], "Missing value for '--seed <seed>'"),
        (["--seed", "1.5"], "The value '1.5' is invalid for '--seed <seed>'"),
        (["--present", "a", "--follow", "b"], "use either --present or --follow, once"),
        (["--follow", "class", "--publish", "/srv/www"], "--publish DIR goes with --present NAME: it writes the presentation where a web server serves it"),
        (["--present", "../etc/passwd"], "--present: '../etc/passwd' is not a valid presentation name: use 1 to 64 letters, digits, '-' or '_'"),
        (["run"], "Missing expected argument '<experiment-id>'"),
        (["run", "gradcheck.epsilon", "--width", "30000", "--height", "30000"], "--width takes a whole number from 20 to 1000, not 30000"),
        (["run", "gradcheck.epsilon", "--height", "1001"], "--height takes a whole number from 8 to 1000, not 1001"),
        (["run", "gradcheck.epsilon", "--width", "19"], "--width takes a whole number from 20 to 1000, not 19"),
        (["run", "gradcheck.epsilon", "--json", "--ascii"], "--json prints numbers, not charts: leave out --ascii, --width and --height"),
        (["run", "a", "b"], "Unexpected argument 'b'"),
        (["list", "--json", "--lang", "zh"], "--json lists every language; leave out --lang"),
    ])
    func mistakesAreExplained(words: [String], message: String) throws {
        let refused = try #require(refusal(words), "\(words) was accepted")
        #expect(refused.status == 2)
        #expect(refused.message.contains(message), "\(refused.message)")
    }

    @Test func eachCommandHasItsOwnHelp() throws {
        func help(_ words: [String]) throws -> String {
            let refused = try #require(refusal(words))
            #expect(refused.status == 0)
            return refused.message
        }
        let run = try help(["run", "--help"])
        #expect(run.contains("--set <knob=value>") && run.contains("--width") && run.contains("--json"))
        #expect(!run.contains("--present") && !run.contains("--lessons"))
        let tutor = try help(["tutor", "--help"])
        #expect(tutor.contains("--present [<name>]") && tutor.contains("--follow [<name[@user]|url>]") && tutor.contains("--no-color"))
        // The keys come from the tutor's one keymap.
        for line in Keymap.plainText(language: .en).split(separator: "\n") {
            #expect(tutor.contains(line.trimmingCharacters(in: .whitespaces)), "\(line)")
        }
        #expect(!tutor.contains("--set") && !tutor.contains("--width"))
        let root = try help(["--help"])
        for command in ["tutor", "list", "run", "lint", "bench", "presentations"] { #expect(root.contains(command)) }
        #expect(try help(["run", "-h"]) == run)
        #expect(try help(["help", "run"]) == run)
        #expect(try help(["--version"]) == "dltutor 0.1.0")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsGenerate(shell: String) throws {
        let refused = try #require(refusal(["--generate-completion-script", shell]))
        #expect(refused.status == 0)
        #expect(refused.message.contains("dltutor"))
        // The experiment ids are offered after 'run'.
        #expect(refused.message.contains("gradcheck.epsilon"), "\(refused.message.prefix(400))")
    }
}

/// `dltutor glossary [TERM]`.
@Suite struct GlossaryCommandTests {
    static let glossary = Glossary(entries: [
        GlossaryEntry(id: "kink", english: "kink", chinese: "折点", lesson: "gradient-checking",
                      englishDefinition: "A point without a derivative.", chineseDefinition: "不可导的点。", wrongChinese: ["拐点"]),
        GlossaryEntry(id: "generalization", english: "generalization", chinese: "泛化", otherEnglish: ["generalize"], lesson: "bias-variance",
                      englishDefinition: "How well it carries over.", chineseDefinition: "能否用于新数据。"),
    ])

    @Test func wideAmbiguousGoesWithTheTutorAndRun() throws {
        let tutor = try #require(try DLTutor.parseAsRoot(["--wide-ambiguous"]) as? TutorCommand)
        #expect(tutor.ambiguous.wideAmbiguous)
        #expect(tutor.ambiguous.isOn(environment: [:]))
        let plain = try #require(try DLTutor.parseAsRoot([]) as? TutorCommand)
        #expect(!plain.ambiguous.isOn(environment: [:]))
        #expect(plain.ambiguous.isOn(environment: ["DLTUTOR_AMBIGUOUS_WIDE": "1"]))
        let run = try #require(try DLTutor.parseAsRoot(["run", "gradcheck.epsilon", "--wide-ambiguous"]) as? RunCommand)
        let output = try run.output()
        #expect(!AmbiguousWidth.containsAmbiguous(output))
        #expect(output.contains("eps"))
    }

    @Test func parsesTermsAndLanguage() throws {
        let command = try #require(try DLTutor.parseAsRoot(["glossary", "--lang", "zh", "weight", "decay"]) as? GlossaryCommand)
        #expect(command.term == ["weight", "decay"])
        #expect(command.language == .zh)
        #expect(try DLTutor.parseAsRoot(["glossary"]) is GlossaryCommand)
    }

    @Test func oneMatchShowsBothDefinitions() throws {
        let text = try GlossaryCommand.text(Self.glossary, query: "折点", language: .en)
        #expect(text == """
        kink (折点)   [lesson: gradient-checking]
            A point without a derivative.
            不可导的点。
        """)
        let chinese = try GlossaryCommand.text(Self.glossary, query: "generaliz", language: .zh)
        #expect(chinese.hasPrefix("泛化 (generalization)   [课程: bias-variance]\n    能否用于新数据。"))
    }

    @Test func everyTermWithoutAQuery() throws {
        let text = try GlossaryCommand.text(Self.glossary, query: "", language: .en)
        #expect(text.split(separator: "\n").count == 4)
    }

    @Test func noMatchSaysWhatToDo() {
        #expect {
            try GlossaryCommand.text(Self.glossary, query: "xyz", language: .en)
        } throws: { error in
            let failure = error as? CommandFailure
            return failure?.status == 1 && failure?.message.hasPrefix("no glossary term matches 'xyz': try a shorter part") == true
        }
    }
}
