import Foundation
import Testing

/// Presenting and following between real users of one host: two throwaway accounts (an instructor
/// and a classmate) are created for the test with `useradd` and removed afterwards. Needs root.
@Suite(.serialized, .enabled(if: EndToEndRequirements.runs(.tmux)), .enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd")))
struct ClassroomTrustEndToEndTests {
    /// The two accounts, a root-created shared directory (1777, as the tmpfiles rule makes it)
    /// and a state directory per account.
    final class Host {
        /// Unique per test: a test's terminals may outlive its host for a moment.
        let tag = "\(getpid() % 100_000)" + UUID().uuidString.prefix(4).lowercased()
        var instructor: String { "dlt-inst\(tag)" }
        var classmate: String { "dlt-mate\(tag)" }
        var group: String { "dlt-teach\(tag)" }
        let root: String
        var shared: String { root + "/presentations" }

        init() throws {
            root = "/tmp/dltutor-e2e-trust-\(getpid())-\(UUID().uuidString.prefix(6))"
            try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
            chmod(root, 0o755)
            chmod(shared, 0o1777)
            try Self.run(["/usr/sbin/groupadd", group])
            for user in [instructor, classmate] { try Self.addUser(user, home: root + "/home-" + user) }
            try Self.run(["/usr/sbin/usermod", "-a", "-G", group, instructor])
            // The classroom configuration names the instructors group; root-owned, mode 0644.
            try "instructors = \(group)\n".write(toFile: root + "/classroom.conf", atomically: true, encoding: .utf8)
            chmod(root + "/classroom.conf", 0o644)
        }

        deinit {
            // -f: a terminal of the test may still be ending; its processes go with its tmux server.
            for user in [instructor, classmate] { try? Self.run(["/usr/sbin/userdel", "-f", user]) }
            try? Self.run(["/usr/sbin/groupdel", group])
            try? FileManager.default.removeItem(atPath: root)
        }

        /// A throwaway account with its own home directory (removed with `userdel -f`).
        static func addUser(_ user: String, home: String) throws {
            try run(["/usr/sbin/useradd", "-M", "-d", home, "-s", "/bin/sh", user])
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
            try run(["/bin/chown", "\(user):", home])
        }

        static func run(_ arguments: [String]) throws {
            let status = try Subprocess.run(arguments, environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"],
                                            stdout: "/dev/null", stderr: "/dev/null", timeout: 30)
            guard status == 0 else { throw Failure("\(arguments.joined(separator: " ")) exited \(status)") }
        }

        /// The tutor as `user` (nil: root) in a terminal of its own.
        func tutor(as user: String?, _ arguments: String, presentDirectory: String? = nil) throws -> TmuxSession {
            let who = user ?? "root"
            var environment = SkeletonEndToEndTests.environment(lang: "C.UTF-8")
            environment["XDG_STATE_HOME"] = root + "/home-" + who + "/state"
            environment["HOME"] = root + "/home-" + who
            environment["DLTUTOR_PRESENT_DIR"] = presentDirectory ?? shared
            environment["DLTUTOR_CLASSROOM_CONF"] = root + "/classroom.conf"
            environment["DLTUTOR_LESSONS"] = ClassroomTrustEndToEndTests.lessons
            let command = SkeletonEndToEndTests.tutorCommand(arguments)
            guard let user else { return try TmuxSession(command, width: 100, height: 30, environment: environment) }
            let exports = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }
            let asUser = (["/usr/sbin/runuser", "-u", user, "--", "env"] + exports + ["bash", "-c", TmuxSession.quote(command)]).joined(separator: " ")
            return try TmuxSession(asUser, width: 100, height: 30)
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// The shipped course, readable by every account.
    static var lessons: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Lessons").path
    }

    /// A classmate's fake `class.json` (pid 1, a heartbeat a day ahead) takes no one over: a
    /// follower of `class@instructor` ignores it with a notice, and the instructor, who cannot
    /// remove it, presents beside it and is followed — by name and user, and by name alone through
    /// the host's instructors group.
    @Test func aClassmatesFakeNeitherTakesOverFollowersNorBlocksTheInstructor() throws {
        let host = try Host()
        let fake = """
            {"version": 1, "name": "class", "session": "x", "pid": 1, "started": 0, "heartbeat": \(Date().timeIntervalSince1970 + 86_400),
             "lesson": "gradient-checking", "page": "error-order", "knobs": [], "run": 1, "showingRun": true, "seed": 3}
            """
        let script = "printf '%s' \(TmuxSession.quote(fake)) > \(host.shared)/class.json"
        let wrote = try Subprocess.run(["/usr/sbin/runuser", "-u", host.classmate, "--", "/bin/sh", "-c", script],
                                       environment: ["PATH": "/usr/bin:/bin"], stdout: "/dev/null", stderr: "/dev/null", timeout: 10)
        #expect(wrote == 0)

        let follower = try host.tutor(as: nil, "--follow class@\(host.instructor)")
        #expect(try follower.waitFor("class.json is not followed: it belongs to \(host.classmate)"),
                "\(follower.screenText())")
        #expect(follower.screenText().contains("[waiting for class]"))
        #expect(!follower.screenText().contains("page 2/9"), "the fake's page is not shown")

        let instructor = try host.tutor(as: host.instructor, "--present class")
        #expect(try instructor.waitFor("[presenting class]"), "the instructor is not blocked: \(instructor.screenText())")
        #expect(instructor.screenText().contains("is taken (a file of \(host.classmate)'s)"), "and is told why: \(instructor.screenText())")
        #expect(try follower.waitFor("[following class — \(host.instructor)]"), "\(follower.screenText())")

        let byGroup = try host.tutor(as: host.classmate, "--follow class")
        #expect(try byGroup.waitFor("[following class — \(host.instructor)]"), "the instructors group is trusted: \(byGroup.screenText())")

        try instructor.send("G")
        try instructor.send("k")
        try instructor.send("Enter")
        #expect(try instructor.waitFor("page 1/9"))
        for session in [follower, byGroup] {
            #expect(try session.waitFor("page 1/9"), "follows the instructor: \(session.screenText())")
        }
        try instructor.send("q")
        try instructor.send("q")
        #expect(try instructor.waitFor("dltutor exited 0"), "\(instructor.screenText())")
        #expect(try follower.waitFor("[presenter gone]"), "\(follower.screenText())")
        #expect(FileManager.default.fileExists(atPath: host.shared + "/class.json"), "the fake is still there, ignored")
    }

    /// A classmate's symbolic link, FIFO or directory at `class.json`: the instructor's screen
    /// says the name is taken and where the presentation goes instead, and followers follow it.
    @Test(arguments: [("ln -s /etc/passwd", "a symbolic link"), ("mkfifo", "a FIFO"), ("mkdir", "a directory")])
    func aSquattedNameIsNamedToThePresenter(squat: String, kind: String) throws {
        let host = try Host()
        let made = try Subprocess.run(["/usr/sbin/runuser", "-u", host.classmate, "--", "/bin/sh", "-c", "\(squat) \(host.shared)/class.json"],
                                      environment: ["PATH": "/usr/bin:/bin"], stdout: "/dev/null", stderr: "/dev/null", timeout: 10)
        #expect(made == 0)
        let instructor = try host.tutor(as: host.instructor, "--present class")
        defer { withExtendedLifetime(instructor) {} }
        #expect(try instructor.waitFor("[presenting class]"), "\(instructor.screenText())")
        #expect(instructor.screenText().contains("class.json is taken (\(kind) of \(host.classmate)'s)"),
                "\(instructor.screenText())")
        let follower = try host.tutor(as: nil, "--follow class@\(host.instructor)")
        #expect(try follower.waitFor("[following class — \(host.instructor)]"), "\(follower.screenText())")
        let files = try FileManager.default.contentsOfDirectory(atPath: host.shared)
        #expect(files.contains { $0.hasPrefix("class.\(host.instructor)-") && $0.hasSuffix(".json") }, "\(files)")
    }

    /// A heartbeat in the future with the classmate's own pid: the file is the classmate's, and
    /// it is what a follower who trusts the classmate sees — gone, not live for ever.
    @Test func aHeartbeatInTheFutureIsGoneEvenFromATrustedUser() throws {
        let host = try Host()
        let script = """
            printf '{"version": 1, "name": "class", "pid": %s, "heartbeat": %s, "run": 0, "seed": 1}' $$ \(Int(Date().timeIntervalSince1970) + 86_400) > \(host.shared)/class.json; sleep 60
            """
        let writer = try TmuxSession("/usr/sbin/runuser -u \(host.classmate) -- /bin/sh -c \(TmuxSession.quote(script))")
        defer { withExtendedLifetime(writer) {} }
        #expect(try waitForFile(host.shared + "/class.json"))
        let follower = try host.tutor(as: nil, "--follow class@\(host.classmate)")
        #expect(try follower.waitFor("[waiting for class]"), "\(follower.screenText())")
        Thread.sleep(forTimeInterval: 1.5)
        #expect(!follower.screenText().contains("[following"), "\(follower.screenText())")
    }

    /// Only root creates the shared directory: an instructor without it is told what to run, and
    /// nothing is created. Run in a mount namespace with a /tmp of its own, so the host's is untouched.
    @Test func onlyRootCreatesTheSharedDirectory() throws {
        let host = try Host()
        var environment = SkeletonEndToEndTests.environment(lang: "C.UTF-8")
        environment["XDG_STATE_HOME"] = host.root + "/home-" + host.instructor + "/state"
        environment["DLTUTOR_LESSONS"] = Self.lessons
        let exports = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        let binary = TmuxSession.quote(TmuxSession.binary)
        let script = """
            mount -t tmpfs none /tmp || exit 1
            /usr/sbin/runuser -u \(host.instructor) -- env \(exports) \(binary) --present class; echo "instructor exited $?"
            test -e /tmp/dltutor-presentations && echo "directory made" || echo "no directory"
            read continue
            env \(exports) \(binary) --present class
            stat -c 'made %a %U' /tmp/dltutor-presentations; sleep 30
            """
        let session = try TmuxSession("unshare -m /bin/sh -c \(TmuxSession.quote(script))", width: 200, height: 40)
        #expect(try session.waitFor("instructor exited 2"), "\(session.screenText())")
        let text = session.screenText().replacingOccurrences(of: "\n", with: "")
        #expect(text.contains("only root may create it"), "\(session.screenText())")
        #expect(text.contains("sudo mkdir -m 1777 /tmp/dltutor-presentations"), "\(session.screenText())")
        #expect(text.contains("d /tmp/dltutor-presentations 1777 root root -"))
        #expect(try session.waitFor("no directory"))
        // The script waits for a line before root's tutor takes the screen, so the instructor's message is read first.
        try session.send("Enter")
        #expect(try session.waitFor("[presenting class]"), "root may: \(session.screenText())")
        try session.send("q")
        try session.send("q")
        #expect(try session.waitFor("made 1777 root"), "\(session.screenText())")
    }

    func waitForFile(_ path: String) throws -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: path), Date() < deadline { usleep(50_000) }
        return FileManager.default.fileExists(atPath: path)
    }
}
