import Foundation
import Testing

/// The Debian package, for real: `Packaging/build-deb.sh` builds it (a release build with the
/// static Swift standard library, in its own scratch directory), `dpkg -i` installs it, the
/// installed binary lists and lints the installed course from another directory, `man` finds its
/// page, and `dpkg -r` removes it. Needs root and dpkg; without them it says so on one line.
@Suite(.serialized) struct PackageEndToEndTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    /// Why the package cannot be tested here, or nil.
    static var obstacle: String? {
        if geteuid() != 0 { return "the package test needs root (dpkg -i); run swift test as root to include it" }
        for tool in ["/usr/bin/dpkg", "/usr/bin/dpkg-deb", "/usr/bin/dpkg-shlibdeps", "/usr/bin/man"]
        where !FileManager.default.isExecutableFile(atPath: tool) {
            return "the package test needs \(tool); install with: sudo apt-get install dpkg-dev man-db"
        }
        if FileManager.default.fileExists(atPath: "/usr/bin/dltutor") {
            return "the package test would replace /usr/bin/dltutor, which is already installed; remove it first (sudo dpkg -r dltutor)"
        }
        return nil
    }

    static func run(_ arguments: [String], in directory: String = "/", timeout: Double = 60) throws -> (status: Int32, output: String) {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-package-\(UUID().uuidString).log").path
        defer { unlink(log); unlink(log + ".err") }
        let status = try Subprocess.run(["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory] + arguments,
                                        environment: ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                                                      "HOME": ProcessInfo.processInfo.environment["HOME"] ?? "/root", "LANG": "C.UTF-8"],
                                        stdout: log, stderr: log + ".err", timeout: timeout)
        let text = [log, log + ".err"].map { (try? String(contentsOfFile: $0, encoding: .utf8)) ?? "" }
        return (status, text.joined())
    }

    @Test func theDebianPackageInstallsRunsAndRemoves() throws {
        if let obstacle = Self.obstacle {
            print("NOTE: skipped: \(obstacle)")
            return
        }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-deb-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let started = Date()
        let built = try Self.run([Self.packageRoot + "/Packaging/build-deb.sh", output], timeout: 3600)
        print("NOTE: Packaging/build-deb.sh took \(Int(Date().timeIntervalSince(started))) s")
        try #require(built.status == 0, "build-deb.sh failed:\n\(built.output.suffix(3000))")
        let deb = try #require(built.output.split(separator: "\n").last { $0.hasSuffix(".deb") }.map(String.init), "\(built.output)")
        #expect(deb.hasSuffix(".deb") && FileManager.default.fileExists(atPath: deb), "\(built.output.suffix(2000))")

        let info = try Self.run(["dpkg-deb", "--info", deb])
        #expect(info.output.contains("Depends:") && info.output.contains("libncursesw6"), "\(info.output)")
        #expect(info.output.contains("libcurl"), "the web helper's libcurl is a dependency: \(info.output)")
        let contents = try Self.run(["dpkg-deb", "--contents", deb]).output
        for path in ["./usr/bin/dltutor", "./usr/libexec/dltutor/dltutor-fetch", "./usr/share/dltutor/Lessons/course.txt", "./usr/share/dltutor/Exercises/",
                     "./usr/share/man/man1/dltutor.1.gz", "./usr/share/bash-completion/completions/dltutor",
                     "./usr/share/zsh/vendor-completions/_dltutor", "./usr/share/fish/vendor_completions.d/dltutor.fish",
                     "./usr/lib/tmpfiles.d/dltutor.conf"] {
            #expect(contents.contains(path), "\(path) is in the package")
        }

        let installed = try Self.run(["dpkg", "-i", deb], timeout: 300)
        defer { _ = try? Self.run(["dpkg", "-r", "dltutor"], timeout: 300) }
        try #require(installed.status == 0, "dpkg -i: \(installed.output)")
        let elsewhere = FileManager.default.temporaryDirectory.path
        let list = try Self.run(["/usr/bin/dltutor", "list"], in: elsewhere)
        #expect(list.status == 0 && list.output.contains("gradient-checking"), "\(list.output)")
        let lint = try Self.run(["/usr/bin/dltutor", "lint"], in: elsewhere)
        #expect(lint.status == 0 && lint.output.contains("/usr/share/dltutor/Lessons: no problems"), "the installed course: \(lint.output)")
        let starters = elsewhere + "/dltutor-package-exercises-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: starters) }
        let exercises = try Self.run(["/usr/bin/dltutor", "exercises", "init", starters], in: elsewhere)
        let copied = (try? FileManager.default.contentsOfDirectory(atPath: starters)) ?? []
        #expect(exercises.status == 0 && !copied.isEmpty, "the installed exercises: \(exercises.output)")
        // The web helper of --follow URL runs from where the tutor looks for it: a request to a
        // port nobody listens on comes back as a failure outcome (FetchExchange), not a crash.
        let helper = try Self.run(["/bin/sh", "-c", "printf '\\t\\n' | /usr/libexec/dltutor/dltutor-fetch http://127.0.0.1:9/class.json"], in: elsewhere)
        #expect(helper.status == 0 && helper.output.hasPrefix("failed "), "the installed dltutor-fetch: \(helper.output)")
        let manual = try Self.run(["man", "-w", "dltutor"])
        #expect(manual.status == 0 && manual.output.contains("/usr/share/man/man1/dltutor.1.gz"), "\(manual.output)")
        let page = try Self.run(["/bin/sh", "-c", "zcat /usr/share/man/man1/dltutor.1.gz"])
        #expect(page.output.contains("--present") && page.output.contains("--follow"), "the page comes from the command line's definition")
        #expect(FileManager.default.fileExists(atPath: "/tmp/dltutor-presentations") || !FileManager.default.fileExists(atPath: "/usr/bin/systemd-tmpfiles"),
                "the tmpfiles rule made the presentations directory")

        let removed = try Self.run(["dpkg", "-r", "dltutor"], timeout: 300)
        #expect(removed.status == 0, "\(removed.output)")
        #expect(!FileManager.default.fileExists(atPath: "/usr/bin/dltutor"))
        #expect(!FileManager.default.fileExists(atPath: "/usr/share/dltutor"))
    }
}
