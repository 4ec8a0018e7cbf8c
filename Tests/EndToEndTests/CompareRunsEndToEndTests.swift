import Foundation
import Testing

/// Comparing runs for real, as the regularization lesson asks: run λ = 0, turn λ to 0.7, run again,
/// and both are on screen — the previous run in the chart's legend and both in the runs table.
@Suite struct CompareRunsEndToEndTests {
    @Test func regularizationComparesLambdaZeroWithPointSeven() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-compare-\(getpid())")
        try? FileManager.default.removeItem(at: state)
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": "xterm-256color",
                           "XDG_STATE_HOME": state.path, "SWIFT_BACKTRACE": "interactive=no"]
        let command = "\(TmuxSession.quote(TmuxSession.binary)) --lang en; echo \"dltutor exited $?\"; sleep 30"
        let session = try TmuxSession(command, width: 80, height: 24, environment: environment)
        #expect(try session.waitFor("3. L1, L2 and weight decay"))
        try session.send("j")
        try session.send("j")
        try session.send("Enter")
        #expect(try session.waitFor("A penalty on large weights"), "\(session.screenText())")
        let finished = #"\] 100% done"#
        func isFinished(_ screen: String) -> Bool { screen.range(of: finished, options: .regularExpression) != nil }
        /// At 80×24 the run is in the lab view, which scrolls: every row it shows from top to bottom.
        func labRows() throws -> [String] {
            try session.send("g")
            Thread.sleep(forTimeInterval: 0.3)
            var rows = session.screenText().components(separatedBy: "\n")
            var previous = ""
            for _ in 0..<40 {
                try session.send("j")
                Thread.sleep(forTimeInterval: 0.15)
                let screen = session.screenText()
                if screen == previous { break }
                previous = screen
                rows += screen.components(separatedBy: "\n")
            }
            return rows
        }

        try session.send("r")  // the page's λ = 0
        #expect(try session.waitUntil(timeout: 60, isFinished), "λ = 0 finishes:\n\(session.screenText())")
        #expect(try labRows().contains { $0.contains("λ=0: train error") }, "\(session.screenText())")
        // Type λ = 0.7 into the focused knob (a digit opens its input, Enter sets it).
        try session.send("Tab")
        for key in ["0", ".", "7", "Enter"] { try session.send(key) }
        let reached = try session.waitUntil(timeout: 5) { $0.range(of: #"[=:] 0\.7\b"#, options: .regularExpression) != nil }
        #expect(reached, "λ reaches 0.7:\n\(session.screenText())")
        try session.send("r")
        #expect(try session.waitUntil(timeout: 60, isFinished), "λ = 0.7 finishes:\n\(session.screenText())")
        let rows = try labRows()
        let screen = rows.joined(separator: "\n")
        #expect(rows.contains { $0.contains("λ=0.7: train error") }, "\(screen)")
        #expect(rows.contains { $0.contains(". lambda=0") && $0.contains("* train cost") }, "the legend names the previous run:\n\(screen)")
        #expect(rows.contains { $0.range(of: #"^ previous +0 +1\.0 +22\.0 "#, options: .regularExpression) != nil },
                "the runs table has λ = 0:\n\(screen)")
        #expect(rows.contains { $0.range(of: #"^ this run +0\.7 +12\.0 +14\.3 "#, options: .regularExpression) != nil },
                "the runs table has λ = 0.7:\n\(screen)")
        #expect(try session.screen().last { !$0.isEmpty }?.contains("o prev") == true, "the footer offers o:\n\(session.screenText())")
        try session.send("g")

        try session.send("o")
        #expect(try session.waitFor("The previous run is hidden"), "\(session.screenText())")
        #expect(!session.screenText().contains(". lambda=0"), "o hides the previous run:\n\(session.screenText())")
        try session.send("q")
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"))
    }
}
