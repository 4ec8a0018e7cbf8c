import Foundation
import Testing

/// Class answers between real users: root presents, three throwaway student accounts follow (the
/// presenter counts one answer per file owner, so the students must be different users). Needs
/// root, like `ClassroomTrustEndToEndTests`.
@Suite(.serialized, .enabled(if: EndToEndRequirements.runs(.tmux)), .enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd")))
struct ClassAnswersEndToEndTests {
    final class Class {
        let tag = "\(getpid() % 100_000)" + UUID().uuidString.prefix(4).lowercased()
        var students: [String] { (1...3).map { "dlt-st\($0)-\(tag)" } }
        let root: String
        var shared: String { root + "/presentations" }
        var answers: String { shared + "/class.answers" }

        init() throws {
            root = "/tmp/dltutor-e2e-answers-\(getpid())-\(UUID().uuidString.prefix(6))"
            try FileManager.default.createDirectory(atPath: shared, withIntermediateDirectories: true)
            chmod(root, 0o755)
            chmod(shared, 0o1777)
            for user in students { try ClassroomTrustEndToEndTests.Host.addUser(user, home: root + "/home-" + user) }
        }

        deinit {
            for user in students { try? ClassroomTrustEndToEndTests.Host.run(["/usr/sbin/userdel", "-f", user]) }
            try? FileManager.default.removeItem(atPath: root)
        }

        func environment(_ who: String) -> [String: String] {
            var environment = SkeletonEndToEndTests.environment(lang: "C.UTF-8")
            environment["XDG_STATE_HOME"] = root + "/home-" + who + "/state"
            environment["HOME"] = root + "/home-" + who
            environment["DLTUTOR_PRESENT_DIR"] = shared
            environment["DLTUTOR_CLASSROOM_CONF"] = root + "/none.conf"
            environment["DLTUTOR_LESSONS"] = ClassroomTrustEndToEndTests.lessons
            return environment
        }

        /// A tutor in a tall terminal (the checkpoint and the counts under it fit without scrolling).
        func tutor(as user: String?, _ arguments: String) throws -> TmuxSession {
            let command = SkeletonEndToEndTests.tutorCommand(arguments)
            guard let user else { return try TmuxSession(command, width: 100, height: 50, environment: environment("root")) }
            let exports = environment(user).sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }
            let asUser = (["/usr/sbin/runuser", "-u", user, "--", "env"] + exports + ["bash", "-c", TmuxSession.quote(command)]).joined(separator: " ")
            return try TmuxSession(asUser, width: 100, height: 50)
        }

        /// Runs `script` as `user` (to write a file the way a student could).
        func run(as user: String, _ script: String) throws -> Int32 {
            try Subprocess.run(["/usr/sbin/runuser", "-u", user, "--", "/bin/sh", "-c", script],
                               environment: ["PATH": "/usr/bin:/bin"], stdout: "/dev/null", stderr: "/dev/null", timeout: 10)
        }
    }

    @Test func thePresenterCountsRevealsAndIgnoresExplorersAndGarbage() throws {
        let room = try Class()
        let presenter = try room.tutor(as: nil, "--present class")
        #expect(try presenter.waitFor("[presenting class]"), "\(presenter.screenText())")
        let mode = (try? FileManager.default.attributesOfItem(atPath: room.answers))?[.posixPermissions] as? Int
        #expect(mode == 0o1777, "the answers directory is sticky and world-writable")
        let followers = try room.students.map { try room.tutor(as: $0, "--follow class@root") }
        for follower in followers {
            #expect(try follower.waitFor("[following class — root]"), "\(follower.screenText())")
        }

        // The presenter opens Gradient checking and turns to the page with a multiple-choice checkpoint.
        try presenter.send("G")
        try presenter.send("k")
        try presenter.send("Enter")
        #expect(try presenter.waitFor("page 1/9"))
        try presenter.send("n")
        #expect(try presenter.waitFor("page 2/9"))
        try presenter.send("G")  // the checkpoint is at the bottom of the page's text
        #expect(try presenter.waitFor("Class: no answers yet (a shows the class)"), "\(presenter.screenText())")
        for follower in followers {
            #expect(try follower.waitFor("page 2/9"), "\(follower.screenText())")
        }

        // Two right answers (100 is choice 2) and one wrong.
        for (follower, key) in zip(followers, ["2", "2", "1"]) {
            try follower.send(key)
            #expect(try follower.waitFor("Not quite") || follower.screenText().contains("Right."), "\(follower.screenText())")
        }
        #expect(try presenter.waitFor("Class: 3 answered, 2 right (a shows the class)", timeout: 10), "\(presenter.screenText())")
        let files = try FileManager.default.contentsOfDirectory(atPath: room.answers).sorted()
        #expect(files == room.students.map { $0 + ".json" }.sorted(), "one file per student: \(files)")
        #expect(!followers.contains { $0.screenText().contains("Class:") }, "nothing shown to the class before the reveal")

        // a reveals the counts to every follower; no name appears on any screen.
        try presenter.send("a")
        #expect(try presenter.waitFor("(shown to the class; a hides)"), "\(presenter.screenText())")
        for follower in followers {
            // The counts appear under the checkpoint once the follower has read the presenter's
            // file; scroll to them as a student would.
            var shown = false
            for _ in 0..<20 where !shown {
                try follower.send("G")
                shown = try follower.waitFor("Class: 3 answered, 2 right", timeout: 0.5)
            }
            #expect(shown, "\(follower.screenText())")
        }
        for screen in [presenter] + followers {
            let text = screen.screenText()
            #expect(!room.students.contains { text.contains($0) }, "counts only: \(text)")
        }

        // The third student explores and changes their answer to the right one: it is not sent.
        try followers[2].send("f")
        #expect(try followers[2].waitFor("[exploring — press f to rejoin]"))
        try followers[2].send("2")
        #expect(try followers[2].waitFor("Right."), "\(followers[2].screenText())")
        Thread.sleep(forTimeInterval: 2.5)
        #expect(presenter.screenText().contains("Class: 3 answered, 2 right"), "an explorer's answer does not count: \(presenter.screenText())")

        // Garbage and a huge file from students: ignored with a notice, the counts unchanged.
        #expect(try room.run(as: room.students[0], "printf '{\"version\": 1, \"session\": ' > \(room.answers)/junk.json") == 0)
        #expect(try presenter.waitFor("Ignored an answer file: a file of \(room.students[0])'s (junk.json): not a JSON object", timeout: 10),
                "\(presenter.screenText())")
        #expect(try room.run(as: room.students[1], "head -c 200000 /dev/zero | tr '\\0' x > \(room.answers)/big.json") == 0)
        #expect(try presenter.waitFor("(big.json): larger than 1024 bytes", timeout: 10), "\(presenter.screenText())")
        #expect(presenter.screenText().contains("Class: 3 answered, 2 right"), "\(presenter.screenText())")

        // The presenter leaves: its answers directory goes with it.
        try presenter.send("q")
        try presenter.send("q")
        try presenter.send("q")
        #expect(try presenter.waitFor("dltutor exited 0"), "\(presenter.screenText())")
        #expect(!FileManager.default.fileExists(atPath: room.answers))
    }
}
