import Foundation
import Testing
import TextCharts

/// The non-interactive commands, run as a script or a slide deck would run them.
@Suite struct CommandLineTests {
    @Test func listNamesTheLessonsExperimentsAndTheirKnobs() throws {
        let result = try CommandResult.run(["list", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("8. gradient-checking — Gradient checking"))
        #expect(result.standardOutput.contains("two-sided: gradcheck.epsilon --set function=cube --set theta=1"))
        #expect(result.standardOutput.contains("gradcheck.epsilon"))
        #expect(result.standardOutput.contains("--set theta=1"))
    }

    @Test func runPrintsTheChartAndFindings() throws {
        let result = try CommandResult.run(["run", "gradcheck.epsilon", "--width", "70", "--height", "20"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.components(separatedBy: "\n")
        #expect(lines.contains { $0.contains("1e-12") })
        #expect(lines.allSatisfy { $0.count <= 70 })
        #expect(result.standardOutput.contains("two-sided"))
    }

    /// `--width W` is a promise: no printed line is wider than W display columns (the title, table
    /// titles and findings are wrapped), in UTF-8 and in ASCII (where "ε" becomes the wider "eps").
    @Test(arguments: [[String](), ["--ascii"]])
    func runKeepsToItsWidth(_ extra: [String]) throws {
        for id in ["gradcheck.epsilon", "init.gradients"] {
            let result = try CommandResult.run(["run", id, "--width", "60", "--height", "20"] + extra)
            #expect(result.status == 0, "\(result.standardError)")
            let wide = result.standardOutput.components(separatedBy: "\n").filter { DisplayWidth.of($0) > 60 }
            #expect(wide.isEmpty, "\(id) \(extra): lines wider than 60 columns:\n\(wide.joined(separator: "\n"))")
        }
    }

    @Test func asciiRunWritesOnlyASCII() throws {
        let result = try CommandResult.run(["run", "gradcheck.epsilon", "--ascii"])
        #expect(result.status == 0)
        #expect(result.standardOutput.utf8.allSatisfy { $0 < 0x80 }, "\(result.standardOutput)")
        #expect(result.standardOutput.contains("eps^"))
    }

    @Test func jsonCarriesTheNumbersBehindTheChart() throws {
        let result = try CommandResult.run(["run", "gradcheck.epsilon", "--set", "function=cube", "--json"])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let figures = object?["figures"] as? [[String: Any]]
        let series = figures?.first?["series"] as? [[String: Any]]
        #expect(series?.count == 2)
        let x = series?.first?["x"] as? [Double] ?? []
        let y = series?.last?["y"] as? [Double] ?? []
        #expect(x.count == 45)
        #expect(x.first == 0.1)
        // The two-sided error of θ³ at θ=1 is exactly ε² in exact arithmetic: 1e-2 at ε=0.1.
        #expect(abs((y.first ?? 0) - 0.01) < 1e-12)
        let findings = object?["findings"] as? [[String: Any]] ?? []
        #expect(findings.contains { ($0["text"] as? String)?.contains("3.0001") == true })
    }

    @Test func unknownExperimentListsTheValidIds() throws {
        let result = try CommandResult.run(["run", "gradcheck.nope"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("no experiment has the id 'gradcheck.nope'"))
        #expect(result.standardError.contains("gradcheck.epsilon"))
    }

    @Test(arguments: [
        ("theta=9", "9 is out of range for theta: expected a number from -2 to 2"),
        ("function=cosh", "'cosh' is not a valid value for function: expected one of cube, sin, exp, sigmoid"),
        ("lambda=1", "experiment gradcheck.epsilon has no knob 'lambda'; its knobs are: function, theta, points-per-decade"),
        ("theta", "'theta' is not a knob setting: write it as name=value"),
    ])
    func badSettingsAreExplained(setting: String, message: String) throws {
        let result = try CommandResult.run(["run", "gradcheck.epsilon", "--set", setting])
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
    }

    @Test func unknownOptionsAndCommandsAreExplained() throws {
        let option = try CommandResult.run(["run", "gradcheck.epsilon", "--colour-me"])
        #expect(option.status == 2)
        #expect(option.standardError.contains("dltutor: Unknown option '--colour-me'"))
        #expect(option.standardError.contains("See 'dltutor run --help' for more information."))
        let command = try CommandResult.run(["teach"])
        #expect(command.status == 2)
        #expect(command.standardError.contains("unknown command 'teach'"))
    }

    @Test func optionsAreRefusedWhereTheyMeanNothing() throws {
        for words in [["--set", "theta=2"], ["list", "--seed", "3"]] {
            let result = try CommandResult.run(words)
            #expect(result.status == 2, "\(words)")
            #expect(result.standardError.hasPrefix("dltutor: Unknown option '\(words.last == "3" ? "--seed" : "--set")'"), "\(result.standardError)")
            #expect(result.standardOutput.isEmpty)
        }
    }

    /// A drawing of 30000×30000 cells would take gigabytes; it is refused before anything runs.
    @Test func hugeChartsAreRefused() throws {
        let result = try CommandResult.run(["run", "gradcheck.epsilon", "--width", "30000", "--height", "30000"], timeout: 20)
        #expect(result.status == 2)
        #expect(result.standardError.contains("--width takes a whole number from 20 to 1000, not 30000"))
        let largest = try CommandResult.run(["run", "gradcheck.epsilon", "--width", "1000", "--height", "1000", "--ascii"])
        #expect(largest.status == 0, "\(largest.standardError)")
        #expect(largest.standardOutput.components(separatedBy: "\n").contains { $0.count > 900 })
    }

    @Test func runHelpShowsOnlyRunsOptions() throws {
        let result = try CommandResult.run(["run", "--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("--set <knob=value>"))
        #expect(!result.standardOutput.contains("--present"))
        #expect(result.standardError.isEmpty)
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsGenerate(shell: String) throws {
        let result = try CommandResult.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains("presentations"))
    }

    @Test func listJSONCarriesTheCatalog() throws {
        let result = try CommandResult.run(["list", "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let lessons = try #require(object["lessons"] as? [[String: Any]])
        let gradients = try #require(lessons.first { $0["id"] as? String == "gradient-checking" })
        let titles = try #require(gradients["title"] as? [String: String])
        #expect(titles["en"] == "Gradient checking")
        #expect(titles["zh"]?.isEmpty == false)
        let pages = try #require(gradients["pages"] as? [[String: Any]])
        let embed = try #require(pages.compactMap { $0["experiment"] as? [String: Any] }.first { $0["id"] as? String == "gradcheck.epsilon" })
        #expect(embed["presets"] as? [String: String] == ["function": "cube", "theta": "1"])
        let bugLab = try #require(pages.first { $0["id"] as? String == "find-the-bug" }?["experiment"] as? [String: Any])
        let named = try #require(bugLab["namedPresets"] as? [[String: Any]])
        #expect(named.map { $0["settings"] as? [String: String] } == [["bug": "db1-times-4"], ["bug": "both"], ["bug": "missing-1/m"]])
        let experiments = try #require(object["experiments"] as? [[String: Any]])
        let epsilon = try #require(experiments.first { $0["id"] as? String == "gradcheck.epsilon" })
        #expect((epsilon["summary"] as? String)?.isEmpty == false)
        let knobs = try #require(epsilon["knobs"] as? [[String: Any]])
        let theta = try #require(knobs.first { $0["id"] as? String == "theta" })
        #expect(theta["kind"] as? String == "number")
        #expect(theta["min"] as? Double == -2 && theta["max"] as? Double == 2 && theta["default"] as? Double == 1)
        let function = try #require(knobs.first { $0["id"] as? String == "function" })
        #expect((function["choices"] as? [String])?.starts(with: ["cube", "sin", "exp", "sigmoid"]) == true, "\(function)")
        #expect(function["default"] as? String == "cube")
        #expect(experiments.count == result.standardOutput.components(separatedBy: "\"summary\": ").count - 1)
    }
}
