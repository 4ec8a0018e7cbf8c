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

    /// Nanoseconds `pid` has spent on a CPU so far (/proc/PID/schedstat): exact, where /proc/PID/stat
    /// counts 10 ms ticks that a run's last small frame may not reach.
    static func runNanoseconds(_ pid: Int32) -> UInt64 {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/schedstat", encoding: .utf8)) ?? ""
        return UInt64(text.split(separator: " ").first ?? "") ?? 0
    }

    /// Whether `pid` is runnable (state R): a session waiting for a CPU is not done, only starved.
    static func isRunnable(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first == "R"
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

        // Everyone presses r at (nearly) the same moment: one key per round of the loop below, which
        // watches every session from before the first key.
        // A run is done when its session stops using the CPU (and is not waiting for one) for good
        // and its screen says so. Timed from /proc, read every few milliseconds at little cost, not
        // from the screens: reading 100 screens with capture-pane takes a second or two per round
        // and keeps a core busy with tmux clients, which delayed the very runs it timed.
        var pressed = [Date?](repeating: nil, count: Self.sessions)
        var finished = [Date?](repeating: nil, count: Self.sessions)
        var lastActive = [Date](repeating: Date(), count: Self.sessions)
        var lastRun = pids.map(Self.runNanoseconds)
        let quietFor = 0.5 // far longer than a paced step's wait (20 ms) between frames
        let deadline = Date().addingTimeInterval(45)
        var next = 0
        while finished.contains(where: { $0 == nil }), Date() < deadline {
            if next < terminals.count {
                try terminals[next].send("r")
                pressed[next] = Date()
                lastActive[next] = pressed[next]!
                next += 1
            }
            let now = Date()
            for index in pids.indices where pressed[index] != nil && finished[index] == nil {
                let run = Self.runNanoseconds(pids[index])
                if run != lastRun[index] || Self.isRunnable(pids[index]) {
                    lastActive[index] = now
                    lastRun[index] = run
                } else if now.timeIntervalSince(lastActive[index]) >= quietFor,
                          terminals[index].screenText().contains("100% done") {
                    finished[index] = lastActive[index]
                } else if now.timeIntervalSince(lastActive[index]) >= quietFor {
                    lastActive[index] = now // quiet but not done (between keys): look again later
                }
            }
            usleep(2_000)
        }
        let completions = finished.indices.compactMap { index in finished[index].flatMap { end in pressed[index].map { end.timeIntervalSince($0) } } }
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
          slowest completion \(String(format: "%.2f", slowest)) s, median \(median) s (run paced at 45 × 20 ms; the last CPU use of a session whose screen says done, from /proc)
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
