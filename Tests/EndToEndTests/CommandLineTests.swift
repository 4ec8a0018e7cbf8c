import Foundation
import Testing

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
        #expect(option.standardError.contains("unknown option '--colour-me'"))
        let command = try CommandResult.run(["teach"])
        #expect(command.status == 2)
        #expect(command.standardError.contains("unknown command 'teach'"))
    }
}
