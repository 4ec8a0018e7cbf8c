import Foundation
import Testing

/// The tutor served by a real OpenSSH server on 127.0.0.1, as a class would use it: `ssh -tt`
/// in a terminal (tmux), with and without `LANG` forwarded, the second time through a
/// `ForceCommand` (the README's classroom setup), and the connection dropped at the end.
@Suite(.serialized, .enabled(if: EndToEndRequirements.runs(.tmux, .sshd, .ssh))) struct SSHEndToEndTests {
    static let sshd = "/usr/sbin/sshd"

    /// A throwaway sshd: its own host key, one authorized client key, two loopback ports; the
    /// second forces the tutor as the only command, like a class account's `Match` block.
    final class Server {
        let directory: String
        let port: UInt16
        let forcedPort: UInt16
        let user: String
        let process: BackgroundProcess
        var clientKey: String { directory + "/client_key" }
        var forcedState: String { directory + "/state-forced" }
        var log: String { (try? String(contentsOfFile: directory + "/sshd.log", encoding: .utf8)) ?? "" }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-e2e-sshd-\(getpid())-\(UUID().uuidString.prefix(8))").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for key in ["host_key", "client_key"] {
                let status = try Subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "dltutor-e2e", "-f", directory + "/" + key],
                                                environment: ProcessInfo.processInfo.environment,
                                                stdout: "/dev/null", stderr: directory + "/keygen.err", timeout: 20)
                guard status == 0 else { throw Failure("ssh-keygen failed (\(status))") }
            }
            try FileManager.default.copyItem(atPath: directory + "/client_key.pub", toPath: directory + "/authorized_keys")
            user = String(cString: getpwuid(geteuid()).pointee.pw_name)
            guard let port = freeLoopbackPort(), let forcedPort = freeLoopbackPort(), port != forcedPort else {
                throw Failure("no free loopback port")
            }
            self.port = port
            self.forcedPort = forcedPort
            let tutor = "env XDG_STATE_HOME=\(directory)/state-forced SWIFT_BACKTRACE=interactive=no \(TmuxSession.binary)"
            let config = """
            ListenAddress 127.0.0.1
            HostKey \(directory)/host_key
            PidFile \(directory)/sshd.pid
            AuthorizedKeysFile \(directory)/authorized_keys
            PubkeyAuthentication yes
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            PermitRootLogin prohibit-password
            AcceptEnv LANG LC_*
            PrintMotd no
            PrintLastLog no
            LogLevel VERBOSE
            Match LocalPort \(forcedPort)
                ForceCommand \(tutor)

            """
            try config.write(toFile: directory + "/sshd_config", atomically: true, encoding: .utf8)
            // sshd wants its privilege separation directory (made by the package's service, which
            // is not started here).
            try? FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true,
                                                     attributes: [.posixPermissions: 0o755])
            process = try BackgroundProcess(
                [SSHEndToEndTests.sshd, "-D", "-f", directory + "/sshd_config", "-p", "\(port)", "-p", "\(forcedPort)",
                 "-E", directory + "/sshd.log"],
                environment: ["PATH": "/usr/sbin:/usr/bin:/sbin:/bin"], stdout: directory + "/sshd.out", stderr: directory + "/sshd.err")
            let deadline = Date().addingTimeInterval(10)
            while !(isListening(port: port) && isListening(port: forcedPort)), Date() < deadline, process.isRunning {
                usleep(50_000)
            }
            guard isListening(port: port), isListening(port: forcedPort) else {
                let errors = (try? String(contentsOfFile: directory + "/sshd.err", encoding: .utf8)) ?? ""
                throw Failure("sshd did not start: \(errors) \(log)")
            }
        }

        deinit {
            process.stop()
            try? FileManager.default.removeItem(atPath: directory)
        }

        /// The ssh client command line: no user configuration, no known_hosts prompts, LANG
        /// forwarded only when asked.
        func ssh(port: UInt16, forwardLang: Bool, command: String? = nil) -> String {
            var words = ["ssh", "-tt", "-F", "/dev/null", "-i", clientKey, "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
                         "-o", "UserKnownHostsFile=\(directory)/known_hosts", "-o", "StrictHostKeyChecking=no",
                         "-o", "LogLevel=ERROR", "-p", "\(port)"]
            if forwardLang { words += ["-o", "SendEnv=LANG"] }
            words.append("\(user)@127.0.0.1")
            if let command { words.append(command) }
            return words.map(TmuxSession.quote).joined(separator: " ")
        }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// The server-side tutors of one student: found by the state directory in their environment.
    static func serverTutors(_ state: String) -> [Int32] {
        processes(withEnvironmentContaining: "XDG_STATE_HOME=" + state).filter { processName($0) == "dltutor" }
    }

    /// Drives one SSH session: opens Gradient checking, turns to page 2, runs, resizes, then drops
    /// the connection by killing the ssh client. Returns the server-side tutor's process id.
    static func studySessionAndDropIt(_ session: TmuxSession, state: String, unicode: Bool) throws {
        #expect(try session.waitFor("Gradient checking", timeout: 30), "the tutor opens over ssh: \(session.screenText())")
        if !unicode {
            let screen = session.screenText()
            #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "no LANG: ASCII only:\n\(screen)")
        }
        let tutors = serverTutors(state)
        #expect(tutors.count == 1, "one tutor runs on the server: \(tutors)")
        try session.send("G")
        try session.send("k")
        try session.send("Enter")
        #expect(try session.waitFor("page 1/9"), "\(session.screenText())")
        try session.send("n")
        #expect(try session.waitFor("page 2/9"), "\(session.screenText())")
        try session.send("r")
        #expect(try session.waitFor("100% done", timeout: 30), "the run finishes over ssh: \(session.screenText())")
        let screen = session.screenText()
        if unicode {
            #expect(screen.contains("Gradient checking › Error order and rounding"), "UTF-8 with LANG forwarded:\n\(screen)")
            #expect(screen.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "braille curves:\n\(screen)")
        } else {
            #expect(screen.unicodeScalars.allSatisfy { $0.isASCII }, "no LANG: ASCII only, still complete:\n\(screen)")
            #expect(screen.contains("Gradient checking > Error order and rounding") && screen.contains("1e-12"), "\(screen)")
        }
        try session.resize(width: 80, height: 24)
        #expect(try session.waitUntil { screen in
            let rows = screen.components(separatedBy: "\n")
            return rows.count >= 24 && rows[0].contains("Gradient checking") && rows[23].contains("q back") && screen.contains("1e-12")
        }, "redrawn at 80×24 over ssh: \(session.screenText())")
        #expect(try session.screen().allSatisfy { $0.count <= 80 })

        // Drop the connection: kill the ssh client outright.
        let shell = try session.panePID()
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        let client = children.split(separator: " ").compactMap { Int32($0) }.first { processName($0) == "ssh" }
        #expect(client != nil, "the ssh client runs in the pane")
        if let client { kill(client, SIGKILL) }
        #expect(try session.waitFor("ssh exited"), "\(session.screenText())")
        let deadline = Date().addingTimeInterval(15)
        while !processes(withEnvironmentContaining: "XDG_STATE_HOME=" + state).isEmpty, Date() < deadline { usleep(100_000) }
        let left = processes(withEnvironmentContaining: "XDG_STATE_HOME=" + state)
        #expect(left.isEmpty, "the server-side tutor exits when the connection drops; left: \(left.map { "\($0) \(processName($0))" })")
        for pid in left { kill(pid, SIGKILL) }  // never leave a stray process behind

        // It saved where the student was, and only that.
        let data = try Data(contentsOf: URL(fileURLWithPath: state + "/dltutor/progress.json"))
        let progress = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let position = progress?["lastPosition"] as? [String: Any]
        #expect(position?["lesson"] as? String == "gradient-checking", "\(String(decoding: data, as: UTF8.self))")
        #expect(position?["page"] as? String == "error-order", "\(String(decoding: data, as: UTF8.self))")
        let lessons = progress?["lessons"] as? [String: Any]
        #expect(lessons?.keys.sorted() == ["gradient-checking"], "nothing but the lesson studied: \(String(decoding: data, as: UTF8.self))")
    }

    static func requireSSHD() -> Bool {
        guard FileManager.default.isExecutableFile(atPath: sshd) else {
            Issue.record("\(sshd) is missing: install openssh-server (.ci/run does) to run the SSH end-to-end tests")
            return false
        }
        return true
    }

    @Test func studentOverSSHWithLangForwarded() throws {
        guard Self.requireSSHD() else { return }
        let server = try Server()
        let state = server.directory + "/state-lang"
        let command = "env XDG_STATE_HOME=\(state) SWIFT_BACKTRACE=interactive=no \(TmuxSession.binary)"
        let local = ["LANG": "C.UTF-8", "TERM": "xterm-256color"]
        let session = try TmuxSession(server.ssh(port: server.port, forwardLang: true, command: command) + "; echo \"ssh exited $?\"; sleep 30",
                                      width: 100, height: 30, environment: local)
        try Self.studySessionAndDropIt(session, state: state, unicode: true)

        // Logging in again offers to continue there; q leaves cleanly through ssh.
        let again = try TmuxSession(server.ssh(port: server.port, forwardLang: true, command: command) + "; echo \"ssh exited $?\"; sleep 30",
                                    width: 100, height: 30, environment: local)
        #expect(try again.waitFor("Press c to continue where you left off: Gradient checking › Error order and rounding", timeout: 30),
                "\(again.screenText())\n\(server.log)")
        try again.send("q")
        #expect(try again.waitFor("ssh exited 0"), "\(again.screenText())")
        #expect(Self.serverTutors(state).isEmpty)
    }

    @Test func classAccountWithoutLangGetsASCIIThroughForceCommand() throws {
        guard Self.requireSSHD() else { return }
        let server = try Server()
        let session = try TmuxSession(server.ssh(port: server.forcedPort, forwardLang: false) + "; echo \"ssh exited $?\"; sleep 30",
                                      width: 100, height: 30, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        try Self.studySessionAndDropIt(session, state: server.forcedState, unicode: false)
        // A class account cannot run anything else: the forced command runs instead.
        let other = try TmuxSession(server.ssh(port: server.forcedPort, forwardLang: false, command: "echo not-the-tutor") + "; echo \"ssh exited $?\"; sleep 30",
                                    width: 100, height: 30, environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
        #expect(try other.waitFor("Gradient checking", timeout: 30), "\(other.screenText())")
        #expect(!other.screenText().contains("not-the-tutor"))
        try other.send("q")
        #expect(try other.waitFor("ssh exited 0"), "\(other.screenText())")
    }
}
