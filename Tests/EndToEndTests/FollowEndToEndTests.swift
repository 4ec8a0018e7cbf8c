import Foundation
import Testing

/// Follow mode with the real binary: one presenter and two followers, each in its own tmux
/// (private sockets), sharing a presentations directory of their own.
@Suite(.serialized, .enabled(if: EndToEndRequirements.runs(.tmux))) struct FollowEndToEndTests {
    static let name = "e2e-class"
    /// A follower's badge names the presenter's login (these tests present and follow as one user).
    static let following = "[following \(name) — \(String(cString: getpwuid(geteuid()).pointee.pw_name))]"

    struct Classroom {
        let directory: String
        var file: String { directory + "/" + FollowEndToEndTests.name + ".json" }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-e2e-present-\(getpid())-\(UUID().uuidString.prefix(8))").path
        }

        func environment(_ who: String) -> [String: String] {
            var environment = SkeletonEndToEndTests.environment(lang: "C.UTF-8")
            environment["DLTUTOR_PRESENT_DIR"] = directory
            environment["XDG_STATE_HOME"] = directory + "-state-" + who
            return environment
        }

        func start(_ who: String, _ arguments: String) throws -> TmuxSession {
            try TmuxSession(SkeletonEndToEndTests.tutorCommand(arguments), width: 100, height: 30, environment: environment(who))
        }
    }

    /// The tutor's process id: the child of the shell in the pane.
    static func tutorPID(_ session: TmuxSession) throws -> Int32 {
        let shell = try session.panePID()
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return Int32(children.split(separator: " ").first ?? "") ?? -1
    }

    /// The rows that must match between presenter and followers: all but the header (its badge
    /// differs) and the footer (its key hints differ).
    static func body(_ session: TmuxSession) throws -> [String] {
        let rows = try session.screen()
        return Array(rows.dropFirst().prefix(28))
    }

    @Test func twoFollowersSeeThePresentersPageKnobsAndChart() throws {
        let classroom = try Classroom()
        defer { try? FileManager.default.removeItem(atPath: classroom.directory) }
        let presenter = try classroom.start("presenter", "--present \(Self.name) --seed 5")
        #expect(try presenter.waitFor("[presenting \(Self.name)]"), "presenter starts: \(presenter.screenText())")
        #expect(FileManager.default.fileExists(atPath: classroom.file))
        let attributes = try FileManager.default.attributesOfItem(atPath: classroom.directory)
        #expect((attributes[.posixPermissions] as? Int) == 0o1777, "world-writable with the sticky bit")
        let fileAttributes = try FileManager.default.attributesOfItem(atPath: classroom.file)
        #expect((fileAttributes[.posixPermissions] as? Int) == 0o644, "only the presenter may write")

        let followers = try [classroom.start("one", "--follow \(Self.name)"), classroom.start("two", "--follow \(Self.name)")]
        for follower in followers {
            #expect(try follower.waitFor(Self.following), "follower joins: \(follower.screenText())")
        }

        // The presenter opens Gradient checking, turns a page, changes θ and runs.
        #expect(try presenter.waitFor("Gradient checking"))
        try presenter.send("G")
        try presenter.send("k")
        try presenter.send("Enter")
        #expect(try presenter.waitFor("page 1/9"))
        for follower in followers {
            #expect(try follower.waitFor("page 1/9"), "follows into the lesson: \(follower.screenText())")
        }
        try presenter.send("n")
        for follower in followers {
            #expect(try follower.waitUntil { $0.contains("Error order and rounding") && $0.contains("page 2/9") },
                    "follows the page turn: \(follower.screenText())")
        }
        try presenter.send("Tab")
        try presenter.send("Down")
        // θ starts at its default 0.5: step up to 1.25, one key at a time, each time waiting
        // for the value the key must produce (keys sent back to back were seen to be merged by the
        // terminal, and waiting for "either value" let a stale screen send a key too many).
        #expect(try presenter.waitFor("◀ 0.5 ▶"), "θ's default: \(presenter.screenText())")
        for value in ["0.75", "1", "1.25"] {
            try presenter.send("Right")
            #expect(try presenter.waitFor("◀ \(value) ▶"), "θ steps to \(value): \(presenter.screenText())")
        }
        #expect(try presenter.waitFor("◀ 1.25 ▶"), "\(presenter.screenText())")
        for follower in followers {
            #expect(try follower.waitFor("theta: 1.25"), "follows the knob: \(follower.screenText())")
        }
        try presenter.send("r")
        #expect(try presenter.waitFor("100% done"), "presenter's run: \(presenter.screenText())")
        try presenter.send("Escape")  // knob focus off, so the knob line reads the same everywhere
        #expect(try presenter.waitUntil { !$0.contains("◀") })
        for follower in followers {
            #expect(try follower.waitFor("100% done"), "follower runs too: \(follower.screenText())")
        }
        let expected = try Self.body(presenter)
        #expect(expected.contains { $0.contains("1e-12") } && expected.contains { $0.contains("θ=1.25") }, "\(expected.joined(separator: "\n"))")
        for follower in followers {
            let rows = try Self.body(follower)
            #expect(rows == expected, "the same page and chart:\n\(rows.joined(separator: "\n"))\n---\n\(expected.joined(separator: "\n"))")
            #expect(try follower.screen()[0].contains(Self.following))
        }

        // Idle followers poll the file twice a second and use no CPU worth measuring.
        let followerPIDs = try followers.map(Self.tutorPID)
        let before = followerPIDs.map(ClassLoadEndToEndTests.cpuSeconds)
        Thread.sleep(forTimeInterval: 3)
        let idle = zip(before, followerPIDs.map(ClassLoadEndToEndTests.cpuSeconds)).map { $1 - $0 }
        #expect(idle.allSatisfy { $0 < 0.05 }, "idle followers' CPU over 3 s: \(idle)")

        // Garbage in the file (as if the presenter wrote it): ignored with a notice. The presenter is
        // paused first, or its 5-second heartbeat could replace the garbage before a follower looks.
        let pid = try Self.tutorPID(presenter)
        #expect(pid > 0)
        kill(pid, SIGSTOP)
        let garbage = classroom.directory + "/.garbage"
        try Data("{\"version\": 1, \"name\": ".utf8).write(to: URL(fileURLWithPath: garbage))
        rename(garbage, classroom.file)
        for follower in followers {
            #expect(try follower.waitFor("Ignored an update from \(Self.name): not a JSON object"), "\(follower.screenText())")
            #expect(try Self.body(follower) == expected, "the follower stays where it was")
        }

        // The presenter dies without cleaning up (SIGKILL): the followers notice and stay usable.
        kill(pid, SIGKILL)
        for follower in followers {
            #expect(try follower.waitFor("[presenter gone]", timeout: 20), "notices the presenter left: \(follower.screenText())")
            #expect(follower.screenText().contains("The presenter has left."))
        }
        try followers[0].send("n")
        #expect(try followers[0].waitFor("page 3/9"), "keys work after the presenter left: \(followers[0].screenText())")
        try followers[0].send("q")
        #expect(try followers[0].waitFor("Choose a lesson"))
        try followers[0].send("q")
        #expect(try followers[0].waitFor("dltutor exited 0"), "\(followers[0].screenText())")

        // A presenter starts again under the same name: the remaining follower follows it.
        let again = try classroom.start("presenter", "--present \(Self.name) --seed 5")
        #expect(try again.waitFor("[presenting \(Self.name)]"), "restarts over the stale file: \(again.screenText())")
        #expect(try followers[1].waitUntil { $0.contains(Self.following) && $0.contains("Choose a lesson") },
                "follows the restarted presenter: \(followers[1].screenText())")
        try again.send("q")
        #expect(try again.waitFor("dltutor exited 0"))
        #expect(!FileManager.default.fileExists(atPath: classroom.file), "the presenter removes its file on quitting")
        #expect(try followers[1].waitFor("[presenter gone]"), "\(followers[1].screenText())")
        try followers[1].send("?")
        #expect(try followers[1].waitFor("Keys"))
        try followers[1].send("Escape")
        try followers[1].send("C-c")
        #expect(try followers[1].waitFor("dltutor exited 130"), "\(followers[1].screenText())")
    }

    /// A presenter that stops writing (hung, or its machine's process table is not ours to see)
    /// is taken to have gone once its heartbeat is 15 s old; a hand-written file in the documented
    /// format is followed like the real presenter's.
    @Test func aSilentPresenterGoesStale() throws {
        let classroom = try Classroom()
        defer { try? FileManager.default.removeItem(atPath: classroom.directory) }
        try FileManager.default.createDirectory(atPath: classroom.directory, withIntermediateDirectories: true)
        func write(_ json: String) throws {
            let temporary = classroom.directory + "/.tmp"
            try Data(json.utf8).write(to: URL(fileURLWithPath: temporary))
            rename(temporary, classroom.file)
        }
        let now = Date().timeIntervalSince1970
        // This test process stands in for the presenter: it is alive, but it will stop writing.
        try write("""
            {"version": 1, "name": "\(Self.name)", "session": "hand", "pid": \(getpid()), "started": \(now), "heartbeat": \(now),
             "lesson": "gradient-checking", "page": "error-order", "experiment": "gradcheck.epsilon",
             "knobs": ["function=exp", "theta=-0.5"], "run": 1, "showingRun": true, "seed": 3}
            """)
        let follower = try classroom.start("one", "--follow \(Self.name)")
        #expect(try follower.waitUntil { $0.contains(Self.following) && $0.contains("page 2/9") && $0.contains("function: exp") },
                "follows a hand-written state: \(follower.screenText())")
        #expect(try follower.waitFor("100% done"), "and runs it: \(follower.screenText())")
        #expect(try follower.waitFor("[presenter gone]", timeout: 25), "stale after 15 s: \(follower.screenText())")
        try follower.send("n")
        #expect(try follower.waitFor("page 3/9"), "keys work again: \(follower.screenText())")
    }

    @Test(arguments: ["TERM", "HUP"])
    func thePresenterRemovesItsFileOnSignals(signal: String) throws {
        let classroom = try Classroom()
        defer { try? FileManager.default.removeItem(atPath: classroom.directory) }
        let presenter = try classroom.start("presenter", "--present \(Self.name)")
        #expect(try presenter.waitFor("[presenting \(Self.name)]"))
        #expect(FileManager.default.fileExists(atPath: classroom.file))
        kill(try Self.tutorPID(presenter), signal == "TERM" ? SIGTERM : SIGHUP)
        #expect(try presenter.waitFor("dltutor exited"), "\(presenter.screenText())")
        #expect(!FileManager.default.fileExists(atPath: classroom.file), "file removed on SIG\(signal)")
    }

    @Test func namesAndListingsFromTheCommandLine() throws {
        let classroom = try Classroom()
        defer { try? FileManager.default.removeItem(atPath: classroom.directory) }
        let bad = try CommandResult.run(["--present", "../etc/passwd"])
        #expect(bad.status == 2)
        #expect(bad.standardError.contains("'../etc/passwd' is not a valid presentation name: use 1 to 64 letters, digits, '-' or '_'"))
        let noUser = try CommandResult.run(["--follow", "class@"])
        #expect(noUser.status == 2)
        #expect(noUser.standardError.contains("--follow NAME@USER needs the presenter's login name after '@', e.g. --follow class@alice"))
        let badName = try CommandResult.run(["--follow", "a/b@alice"])
        #expect(badName.status == 2 && badName.standardError.contains("'a/b' is not a valid presentation name"))
        let empty = try CommandResult.run(["presentations"], environment: ["DLTUTOR_PRESENT_DIR": classroom.directory])
        #expect(empty.status == 0)
        #expect(empty.standardOutput.contains("No live presentations"))

        let presenter = try classroom.start("presenter", "--present \(Self.name)")
        #expect(try presenter.waitFor("[presenting \(Self.name)]"))
        let listed = try CommandResult.run(["presentations"], environment: ["DLTUTOR_PRESENT_DIR": classroom.directory])
        // Listed with the owner of its file: whoever runs the tests.
        let me = getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? "uid \(geteuid())"
        #expect(listed.standardOutput.contains("\(Self.name)  — \(me)"), "\(listed.standardOutput)")
        // With one live presentation, --follow without a name picks it.
        let follower = try classroom.start("one", "--follow")
        #expect(try follower.waitFor(Self.following), "\(follower.screenText())")
        let second = try classroom.start("presenter2", "--present \(Self.name)")
        #expect(try second.waitFor("already live"), "a second presenter under the same name is refused: \(second.screenText())")
    }
}
