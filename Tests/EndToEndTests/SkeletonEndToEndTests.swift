import Foundation
import Testing

/// The walking skeleton, end to end: the real binary in a real terminal (tmux), driven by keys.
@Suite(.serialized, .enabled(if: EndToEndRequirements.runs(.tmux))) struct SkeletonEndToEndTests {
    /// Runs the tutor in a shell that, once it exits, reports its status and the terminal modes,
    /// so a test can see that the terminal was handed back usable.
    static func tutorCommand(_ extraArguments: String = "") -> String {
        "\(TmuxSession.quote(TmuxSession.binary)) \(extraArguments); echo \"dltutor exited $?\"; stty -a | tr ' ;' '\\n\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo 'modes reported'; sleep 30"
    }

    static let stateDirectory = FileManager.default.temporaryDirectory
        .appendingPathComponent("dltutor-e2e-state-\(getpid())").path

    static func environment(lang: String) -> [String: String] {
        ["LANG": lang, "LC_ALL": lang, "TERM": "xterm-256color", "XDG_STATE_HOME": stateDirectory,
         "SWIFT_BACKTRACE": "interactive=no"]
    }

    /// Opens the gradient-checking lesson (second to last) and runs its first page's experiment.
    static func openGradientCheckingAndRun(_ session: TmuxSession) throws {
        #expect(try session.waitFor("Gradient checking"), "the lesson list shows: \(session.screenText())")
        try session.send("G")
        try session.send("k")
        try session.send("Enter")
        #expect(try session.waitFor("page 1/"), "the lesson opens: \(session.screenText())")
        try session.send("r")
    }

    static func isBraille(_ scalar: Unicode.Scalar) -> Bool { (0x2801...0x28FF).contains(scalar.value) }

    @Test func studentRunsTheEpsilonSweepAndQuitsCleanly() throws {
        let session = try TmuxSession(Self.tutorCommand(), width: 100, height: 30, environment: Self.environment(lang: "C.UTF-8"))
        try Self.openGradientCheckingAndRun(session)
        #expect(try session.waitFor("done"), "the run finishes: \(session.screenText())")
        let screen = session.screenText()
        #expect(screen.contains("1e-12"), "log x axis reaches 1e-12:\n\(screen)")
        #expect(screen.contains("one-sided"), "legend names the one-sided series:\n\(screen)")
        #expect(screen.contains("two-sided"), "legend names the two-sided series:\n\(screen)")
        #expect(screen.unicodeScalars.contains(where: Self.isBraille), "the curves are drawn in braille:\n\(screen)")
        #expect(screen.contains("ε^1.0") || screen.contains("ε^0.9"), "the finding reports slope ≈1:\n\(screen)")

        for (width, height) in [(80, 24), (150, 50)] {
            try session.resize(width: width, height: height)
            #expect(try session.waitUntil { screen in
                let rows = screen.components(separatedBy: "\n")
                return rows.count >= height && rows[0].contains("Gradient checking") && rows[height - 1].contains("q back")
                    && screen.contains("1e-12") && screen.contains("two-sided")
            }, "redrawn at \(width)×\(height): \(session.screenText())")
            let rows = try session.screen()
            #expect(rows.count >= height)
            #expect(rows.allSatisfy { $0.count <= width }, "no row overflows at \(width)×\(height)")
            #expect(rows.first?.contains("Gradient checking") == true, "header redrawn at \(width)×\(height): \(rows.first ?? "")")
        }

        try session.send("q")
        #expect(try session.waitFor("Choose a lesson"))
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"), "quit with status 0: \(session.screenText())")
        // The shell prints the terminal modes just after the status line: wait for them too.
        #expect(try session.waitFor("modes reported"))
        let after = session.screenText()
        #expect(after.contains("icanon") && !after.contains("-icanon"), "line editing restored: \(after)")
        #expect(after.contains("echo") && !after.contains("-echo"), "echo restored: \(after)")
    }

    @Test func posixLocaleDrawsOnlyASCII() throws {
        let session = try TmuxSession(Self.tutorCommand(), width: 100, height: 30, environment: Self.environment(lang: "C"))
        var screens: [String] = []
        #expect(try session.waitFor("Gradient checking"))
        screens.append(session.screenText())
        try Self.openGradientCheckingAndRun(session)
        #expect(try session.waitFor("done"), "the run finishes: \(session.screenText())")
        screens.append(session.screenText())
        #expect(screens.last!.contains("1e-12"))
        try session.send("?")
        #expect(try session.waitFor("Keys"))
        screens.append(session.screenText())
        for screen in screens {
            let nonASCII = screen.unicodeScalars.filter { $0.value >= 0x80 }
            #expect(nonASCII.isEmpty, "non-ASCII characters \(String(String.UnicodeScalarView(nonASCII))) in:\n\(screen)")
        }
        try session.send("Escape")
        try session.send("q")
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"))
    }

    @Test func tooSmallTerminalSaysSoAndRecovers() throws {
        let session = try TmuxSession(Self.tutorCommand(), width: 60, height: 20, environment: Self.environment(lang: "C.UTF-8"))
        #expect(try session.waitFor("at least 80×24"), "explains the size needed: \(session.screenText())")
        #expect(session.screenText().contains("60×20"))
        try session.resize(width: 90, height: 26)
        #expect(try session.waitFor("Gradient checking"), "recovers when enlarged: \(session.screenText())")
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"))
    }

    @Test(arguments: ["C-c", "TERM", "HUP", "QUIT"])
    func quitSignalsRestoreTheTerminalAndSaveProgress(signal: String) throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-e2e-signal-\(signal)-\(getpid())")
        try? FileManager.default.removeItem(at: state)
        var environment = Self.environment(lang: "C.UTF-8")
        environment["XDG_STATE_HOME"] = state.path
        let session = try TmuxSession(Self.tutorCommand(), width: 100, height: 30, environment: environment)
        try Self.openGradientCheckingAndRun(session)
        if signal == "C-c" {
            try session.send("C-c")
        } else {
            let shell = try session.panePID()
            // The tutor is the shell's child; signal it, not the shell.
            let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
            let pid = Int32(children.split(separator: " ").first ?? "") ?? -1
            #expect(pid > 0)
            kill(pid, Self.signalNumbers[signal]!)
        }
        #expect(try session.waitFor("dltutor exited \(128 + Self.signalNumbers[signal]!)"), "the tutor exits on \(signal): \(session.screenText())")
        #expect(try session.waitFor("modes reported"))
        // SIGQUIT is no crash: no backtrace may be printed over the screen.
        #expect(!session.screenText().contains("Crash") && !session.screenText().contains("Backtrace"), "a clean quit on \(signal): \(session.screenText())")
        let after = session.screenText()
        #expect(after.contains("icanon") && !after.contains("-icanon"), "line editing restored after \(signal): \(after)")
        #expect(after.contains("echo") && !after.contains("-echo"), "echo restored after \(signal): \(after)")

        let saved = try String(contentsOf: state.appendingPathComponent("dltutor/progress.json"), encoding: .utf8)
        #expect(saved.contains("gradient-checking"), "progress saved on \(signal): \(saved)")
        let next = try TmuxSession(Self.tutorCommand(), width: 100, height: 30, environment: environment)
        #expect(try next.waitFor("Press c to continue where you left off: Gradient checking"), "resume offered: \(next.screenText())")
        try next.send("c")
        #expect(try next.waitFor("page 1/"))
        try next.send("q")
        try next.send("q")
        #expect(try next.waitFor("dltutor exited 0"))
    }

    static let signalNumbers: [String: Int32] = ["C-c": SIGINT, "TERM": SIGTERM, "HUP": SIGHUP, "QUIT": SIGQUIT]

    /// A terminal can vanish without a SIGHUP reaching the tutor (run under `su`, or with SIGHUP
    /// ignored, when the tmux server dies): reads then return at once, forever. The tutor must
    /// take that as a hangup — save, exit — instead of spinning on a dead terminal.
    @Test func aTutorWhosePaneIsKilledExitsWithoutSIGHUP() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-e2e-lost-\(getpid())")
        try? FileManager.default.removeItem(at: state)
        defer { try? FileManager.default.removeItem(at: state) }
        var environment = Self.environment(lang: "C.UTF-8")
        environment["XDG_STATE_HOME"] = state.path
        // Ignored SIGHUP survives exec and the tutor keeps it ignored (nohup's convention), so only
        // the lost input can end it.
        let session = try TmuxSession("trap '' HUP; exec \(TmuxSession.quote(TmuxSession.binary))",
                                      width: 100, height: 30, environment: environment)
        try Self.openGradientCheckingAndRun(session)
        #expect(try session.waitFor("100% done"), "the run finishes: \(session.screenText())")
        let pid = try session.panePID()
        let ignored = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
            .split(separator: "\n").first { $0.hasPrefix("SigIgn:") }
            .flatMap { UInt64($0.dropFirst("SigIgn:".count).trimmingCharacters(in: .whitespaces), radix: 16) } ?? 0
        #expect(ignored & (1 << UInt64(SIGHUP - 1)) != 0, "SIGHUP is ignored by the tutor, so it cannot be what ends it")
        session.killServer()
        let deadline = Date().addingTimeInterval(2)
        while Self.isRunning(pid), Date() < deadline { usleep(20_000) }
        let gone = !Self.isRunning(pid)
        if !gone { kill(pid, SIGKILL) }
        #expect(gone, "the tutor exits within 2 s of losing its terminal")
        let saved = try String(contentsOf: state.appendingPathComponent("dltutor/progress.json"), encoding: .utf8)
        #expect(saved.contains("gradient-checking"), "progress saved when the terminal was lost: \(saved)")
    }

    /// A save that fails is told in the footer and, since the footer goes with the screen, once
    /// more on stderr after the terminal is restored.
    @Test func aFailedSaveIsRepeatedOnStderrAfterQuitting() throws {
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-e2e-notadir-\(getpid())")
        FileManager.default.createFile(atPath: blocker.path, contents: Data("a file, not a directory".utf8))
        defer { try? FileManager.default.removeItem(at: blocker) }
        var environment = Self.environment(lang: "C.UTF-8")
        environment["XDG_STATE_HOME"] = blocker.path  // progress would go in <a file>/dltutor
        let session = try TmuxSession(Self.tutorCommand(), width: 100, height: 30, environment: environment)
        // Opening a lesson saves the position; the footer says the save failed until the next key.
        #expect(try session.waitFor("Gradient checking"), "the lesson list shows: \(session.screenText())")
        try session.send("G")
        try session.send("k")
        try session.send("Enter")
        #expect(try session.waitUntil { $0.filter { !$0.isWhitespace }.contains("Progresscouldnotbesaved") },
                "the footer says so: \(session.screenText())")
        try session.send("q")
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"), "\(session.screenText())")
        // The message is longer than a terminal line: compare without the wraps' line breaks.
        let after = session.screenText().filter { !$0.isWhitespace }
        let expected = "dltutor: progress was not saved: cannot save progress in \(blocker.path)/dltutor".filter { !$0.isWhitespace }
        #expect(after.contains(expected), "\(session.screenText())")
        #expect(after.contains("Notadirectory"), "the system's reason: \(session.screenText())")
    }

    /// Alive and not a zombie (nobody may be left to reap an orphan in a container).
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(close, offsetBy: 2)] != "Z"
    }

    @Test func pipedStdinIsRefusedWithAMessage() throws {
        let result = try CommandResult.run([], stdin: "q\n", timeout: 20)
        #expect(result.status == 2)
        #expect(result.standardError.contains("needs a terminal"))
        #expect(result.standardError.contains("dltutor run"))
    }

    @Test func dumbTerminalIsRefusedWithAMessage() throws {
        let session = try TmuxSession(
            "TERM=dumb \(TmuxSession.quote(TmuxSession.binary)); echo \"dltutor exited $?\"; sleep 30",
            width: 100, height: 30, environment: Self.environment(lang: "C.UTF-8"))
        #expect(try session.waitFor("dltutor exited 2"), "exit 2 on TERM=dumb: \(session.screenText())")
        #expect(session.screenText().contains("TERM='dumb'"))
    }
}

/// Runs interrupted and reshaped while they are live, and the terminals students actually have.
@Suite(.enabled(if: EndToEndRequirements.runs(.tmux))) struct LiveRunEndToEndTests {
    @Test func escapeCancelsARunAtOnce() throws {
        let session = try TmuxSession(SkeletonEndToEndTests.tutorCommand(), width: 100, height: 30,
                                      environment: SkeletonEndToEndTests.environment(lang: "C.UTF-8"))
        try SkeletonEndToEndTests.openGradientCheckingAndRun(session)
        try session.send("Escape")
        #expect(try session.waitFor("cancelled", timeout: 10), "Esc cancels: \(session.screenText())")
        let cancelled = session.screenText()
        #expect(!cancelled.contains("100% done"))
        #expect(cancelled.contains("Run cancelled. Press r to run again."))
        try session.send("r")
        #expect(try session.waitFor("100% done"), "r runs again to the end: \(session.screenText())")
        try session.send("q")
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"))
    }

    @Test func resizingDuringARunRelaysOutAndTheRunGoesOn() throws {
        let session = try TmuxSession(SkeletonEndToEndTests.tutorCommand(), width: 150, height: 50,
                                      environment: SkeletonEndToEndTests.environment(lang: "C.UTF-8"))
        try SkeletonEndToEndTests.openGradientCheckingAndRun(session)
        try session.resize(width: 80, height: 24)
        #expect(try session.waitFor("100% done"), "the run finishes after the resize: \(session.screenText())")
        let rows = try session.screen()
        #expect(rows[0].contains("Gradient checking") && rows[0].hasSuffix("page 1/9"), "header laid out for 80 columns: \(rows[0])")
        #expect(rows[23].hasPrefix("n/p page"), "footer on the last row: \(rows[23])")
        #expect(rows.allSatisfy { $0.count <= 80 })
        #expect(rows.contains { $0.contains("1e-12") })
        try session.send("q")
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"))
    }

    @Test(arguments: ["screen", "tmux-256color", "linux", "vt100"])
    func everyCommonTerminalTypeWorks(term: String) throws {
        var environment = SkeletonEndToEndTests.environment(lang: "C.UTF-8")
        environment["TERM"] = term
        let session = try TmuxSession(SkeletonEndToEndTests.tutorCommand(), width: 100, height: 30, environment: environment)
        try SkeletonEndToEndTests.openGradientCheckingAndRun(session)
        #expect(try session.waitFor("100% done"), "TERM=\(term): \(session.screenText())")
        #expect(session.screenText().contains("1e-12"))
        try session.send("q")
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"), "TERM=\(term) quits cleanly: \(session.screenText())")
    }
}
