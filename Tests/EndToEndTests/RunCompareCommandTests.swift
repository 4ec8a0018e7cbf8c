import Foundation
import Testing

/// `dltutor run ID --compare KNOB=V1,V2,…`, run as a script would: one run per value on one chart,
/// the runs table, the JSON with every run and the table, and clear refusals.
@Suite struct RunCompareCommandTests {
    @Test func drawsEveryValueOnOneChartAndTabulatesTheHeadlines() throws {
        let result = try CommandResult.run(["run", "gradcheck.epsilon", "--compare", "theta=0.5,1,2", "--ascii", "--height", "16"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.components(separatedBy: "\n")
        // The title is wrapped at the 80 columns every line keeps to.
        #expect(lines.prefix(2).joined(separator: " ") == "One-sided vs two-sided differences (gradcheck.epsilon, seed 1): theta=2 drawn solid, ~ theta=0.5, . theta=1 faint")
        #expect(lines.contains("error           * one-sided |error|  o two-sided |error|  ~ theta=0.5  . theta=1"))
        let table = try #require(lines.firstIndex(of: "runs"))
        #expect(Array(lines[(table + 1)...(table + 5)]) == [
            "theta  best 1-sided  best 2-sided",
            "---------------------------------",
            "0.5    5.0e-09       1.4e-11",
            "1      3.4e-08       2.6e-11",
            "2      9.0e-08       1.6e-10",
        ])
        // The table's numbers are the ones each run's findings quote.
        #expect(lines.contains("  one-sided error bottoms out at about 3.4e-08 near eps=1.0e-08, the two-sided"))
        #expect(lines.contains("  at about 2.6e-11 near eps=3.2e-06."))
        for label in ["theta=0.5:", "theta=1:", "theta=2:"] { #expect(lines.contains(label)) }
        // The faint runs are drawn with their own markers, under the solid one.
        let chart = lines[1..<table].joined()
        #expect(chart.contains("~") && chart.contains(".") && chart.contains("*") && chart.contains("o"))
    }

    @Test func jsonCarriesEveryRunAndTheTable() throws {
        let result = try CommandResult.run(["run", "reg.l2", "--compare", "lambda=0,0.7", "--json"])
        #expect(result.status == 0, "\(result.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["compared_knobs"] as? [String] == ["lambda"])
        let runs = try #require(object["runs"] as? [[String: Any]])
        #expect(runs.map { ($0["settings"] as? [String: Any])?["lambda"] as? Double } == [0, 0.7])
        let table = try #require(object["table"] as? [String: Any])
        #expect(table["columns"] as? [String] == ["lambda", "train %", "dev %", "gap", "Σ‖W‖²"])
        let rows = try #require(table["rows"] as? [[String]])
        #expect(rows.count == 2)
        for (row, run) in zip(rows, runs) {
            let headlines = try #require(run["headlines"] as? [[String: Any]])
            #expect(Array(row.dropFirst()) == headlines.map { $0["text"] as? String ?? "" })
            let findings = run["findings"] as? [[String: Any]] ?? []
            #expect(findings.contains { ($0["text"] as? String)?.contains("train error \(row[1])%, dev error \(row[2])%") == true })
        }
        #expect(rows[0][3] != rows[1][3], "λ = 0 and λ = 0.7 differ in their gap")
    }

    @Test(arguments: [
        ("lamda=0,0.7", "--compare: experiment reg.l2 has no knob 'lamda'; its knobs are: lambda"),
        ("lambda=0,11", "--compare: 11 is out of range for lambda: expected a number from 0 to 10"),
        ("lambda=0,x", "--compare: 'x' is not a valid value for lambda: expected a number from 0 to 10"),
        ("lambda=0", "--compare takes 2 to 5 values of lambda, not 1"),
        ("lambda", "'lambda' is not a comparison: write it as --compare knob=v1,v2,…, e.g. --compare lambda=0,0.7,5"),
        ("lambda=0,,1", "'lambda=0,,1' is not a comparison"),
    ])
    func badComparisonsAreExplained(compare: String, message: String) throws {
        let result = try CommandResult.run(["run", "reg.l2", "--compare", compare])
        #expect(result.status == 2)
        #expect(result.standardError.contains(message), "\(result.standardError)")
        #expect(result.standardOutput.isEmpty)
    }

    @Test func aKnobIsEitherSetOrCompared() throws {
        let result = try CommandResult.run(["run", "reg.l2", "--set", "lambda=1", "--compare", "lambda=0,1"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("lambda is both set with --set and compared with --compare: leave it out of --set"))
    }
}
