import Foundation
import Testing

/// A whole class at once: 30 tutors in 30 terminals open the same lesson and press `r` together.
/// Prints total CPU time, peak memory per session and the slowest completion, and checks that
/// every run finishes, memory stays modest and idle sessions use no CPU.
///
/// `DLTUTOR_LOAD_SESSIONS=100` (opt-in) starts that many instead and holds them to the classroom
/// goals: the slowest run done within 3 s of its key, at most 20 MB per session.
@Suite(.serialized, .enabled(if: EndToEndRequirements.runs(.tmux))) struct ClassLoadEndToEndTests {
    static let goals = ProcessInfo.processInfo.environment["DLTUTOR_LOAD_SESSIONS"].flatMap { Int($0) }
    static let sessions = goals ?? 30

    /// CPU seconds (user + system) used so far by `pid`, from /proc/PID/stat.
    static func cpuSeconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the command name: state is field 3, utime 14 and stime 15 (1-based in proc(5)).
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Peak resident memory of `pid` in MB (VmHWM).
    static func peakMemoryMB(_ pid: Int32) -> Double {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return 0 }
        return kilobytes / 1024
    }

    /// The session's share of memory in MB, from /proc/PID/smaps_rollup: `Pss` (its own pages plus
    /// each shared page divided by the processes that map it, so the sessions' figures add up to
    /// what they take together) and `Pss_Anon` (heap and stacks, nothing another session shares).
    static func proportionalMemoryMB(_ pid: Int32) -> (total: Double, anonymous: Double) {
        let rollup = (try? String(contentsOfFile: "/proc/\(pid)/smaps_rollup", encoding: .utf8)) ?? ""
        func field(_ name: String) -> Double {
            guard let line = rollup.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }),
                  let kilobytes = Double(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") else { return 0 }
            return kilobytes / 1024
        }
        return (field("Pss"), field("Pss_Anon"))
    }

    @Test(.timeLimit(.minutes(6))) func thirtyStudentsRunTogether() throws {
        let started = Date()
        let binary = ProcessInfo.processInfo.environment["DLTUTOR_E2E_BINARY"] ?? TmuxSession.binary
        let stateRoot = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-e2e-class-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: stateRoot) }
        var terminals: [TmuxSession] = []
        for index in 0..<Self.sessions {
            var environment = SkeletonEndToEndTests.environment(lang: "C.UTF-8")
            environment["XDG_STATE_HOME"] = stateRoot + "/student-\(index)"
            terminals.append(try TmuxSession("\(TmuxSession.quote(binary)); echo \"dltutor exited $?\"; sleep 30",
                                             width: 100, height: 30, environment: environment))
        }
        for terminal in terminals {
            #expect(try terminal.waitFor("Gradient checking"), "\(terminal.screenText())")
        }
        let pids = try terminals.map { terminal -> Int32 in
            let shell = try terminal.panePID()
            let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
            return Int32(children.split(separator: " ").first ?? "") ?? -1
        }
        #expect(pids.allSatisfy { $0 > 0 })
        for terminal in terminals {
            try terminal.send("G")
            try terminal.send("k")
            try terminal.send("Enter")
        }
        for terminal in terminals {
            #expect(try terminal.waitFor("page 1/9"), "\(terminal.screenText())")
        }
        let cpuBefore = pids.map(Self.cpuSeconds)

        // Everyone presses r at (nearly) the same moment.
        var pressed: [Date] = []
        for terminal in terminals {
            try terminal.send("r")
            pressed.append(Date())
        }
        var finished = [Date?](repeating: nil, count: Self.sessions)
        let deadline = Date().addingTimeInterval(45)
        while finished.contains(where: { $0 == nil }), Date() < deadline {
            for (index, terminal) in terminals.enumerated() where finished[index] == nil {
                if terminal.screenText().contains("100% done") { finished[index] = Date() }
            }
        }
        let completions = finished.enumerated().compactMap { index, end in end.map { $0.timeIntervalSince(pressed[index]) } }
        let cpuAfter = pids.map(Self.cpuSeconds)
        let runCPU = zip(cpuBefore, cpuAfter).map { $1 - $0 }.reduce(0, +)
        let totalCPU = cpuAfter.reduce(0, +)
        let peaks = pids.map(Self.peakMemoryMB)
        let shares = pids.map(Self.proportionalMemoryMB)

        // Idle: nothing runs, the tutors block on input.
        Thread.sleep(forTimeInterval: 2)
        let idleCPU = zip(cpuAfter, pids.map(Self.cpuSeconds)).map { $1 - $0 }.reduce(0, +)

        let slowest = completions.max() ?? .infinity
        // No completions at all must fail the expectations below, not crash the test process.
        let median = completions.isEmpty ? "none" : String(format: "%.2f", completions.sorted()[completions.count / 2])
        let figures = """
        class load: \(Self.sessions) sessions of \(binary), \(completions.count) runs completed
          slowest completion \(String(format: "%.2f", slowest)) s, median \(median) s (run paced at 45 × 20 ms; polled by capture-pane)
          CPU: \(String(format: "%.2f", runCPU)) s for the \(Self.sessions) runs, \(String(format: "%.2f", totalCPU)) s in total including start-up (\(ProcessInfo.processInfo.activeProcessorCount) cores)
          peak memory per session (VmHWM, shared pages counted whole): max \(String(format: "%.1f", peaks.max() ?? 0)) MB, mean \(String(format: "%.1f", peaks.reduce(0, +) / Double(peaks.count))) MB
          share of memory per session after the runs (Pss): max \(String(format: "%.1f", shares.map(\.total).max() ?? 0)) MB, mean \(String(format: "%.1f", shares.map(\.total).reduce(0, +) / Double(shares.count))) MB, of which its own heap and stacks (Pss_Anon) max \(String(format: "%.1f", shares.map(\.anonymous).max() ?? 0)) MB
          idle: \(String(format: "%.3f", idleCPU)) s CPU for all sessions over 2 s; test took \(String(format: "%.1f", Date().timeIntervalSince(started))) s
        """
        print(figures)
        #expect(completions.count == Self.sessions, "every run finished: \(figures)")
        #expect(slowest < 30, "a class pressing run together does not stall the host: \(figures)")
        #expect((peaks.max() ?? 0) < 150, "peak memory per session: \(figures)")
        #expect(idleCPU < 0.3, "idle sessions use no CPU: \(figures)")
        if Self.goals != nil {
            #expect(slowest <= 3, "the classroom goal: every run done within 3 s: \(figures)")
            #expect((peaks.max() ?? 0) <= 20, "the classroom goal: at most 20 MB a session: \(figures)")
        }
        for terminal in terminals {
            try terminal.send("q")
            try terminal.send("q")
        }
        for terminal in terminals {
            #expect(try terminal.waitFor("dltutor exited 0", timeout: 10))
        }
    }
}
