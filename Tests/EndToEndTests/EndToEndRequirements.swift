import Foundation
import Testing

/// What the end-to-end tests need on the machine besides Swift: the unit tests need none of it.
///
/// Without one of these tools, `swift test` skips the suites that need it and says once, on one
/// line, what to install. CI (which sets `CI=true`) has installed everything (`.ci/run`): there a
/// missing tool runs the suites anyway, so they fail, and the line is a failure too.
enum EndToEndRequirements {
    enum Tool: CaseIterable {
        case tmux, sshd, ssh, nginx

        var program: String {
            switch self {
            case .tmux: "tmux"
            case .sshd: "/usr/sbin/sshd"
            case .ssh: "ssh"
            case .nginx: "/usr/sbin/nginx"
            }
        }

        /// The Debian/Ubuntu package that installs it.
        var package: String {
            switch self {
            case .tmux: "tmux"
            case .sshd: "openssh-server"
            case .ssh: "openssh-client"
            case .nginx: "nginx-light"
            }
        }

        var isInstalled: Bool {
            if program.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: program) }
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
        }
    }

    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static let missing = Tool.allCases.filter { !$0.isInstalled }

    /// Whether a suite needing `tools` runs: they are installed, or this is CI (where it must fail).
    static func runs(_ tools: Tool...) -> Bool {
        isCI || tools.allSatisfy { !missing.contains($0) }
    }

    /// The one line about what is missing, or nil when nothing is.
    static var skipLine: String? {
        guard !missing.isEmpty else { return nil }
        let names = missing.map { ($0.program as NSString).lastPathComponent }.joined(separator: ", ")
        return "end-to-end tests needing \(names) were skipped; install with: sudo apt-get install \(missing.map(\.package).joined(separator: " "))"
    }
}

@Suite struct EndToEndRequirementsTests {
    @Test func theEndToEndToolsAreInstalled() {
        guard let line = EndToEndRequirements.skipLine else { return }
        if EndToEndRequirements.isCI {
            Issue.record("CI=true, but \(line)")
        } else {
            print("NOTE: \(line)")
        }
    }
}
