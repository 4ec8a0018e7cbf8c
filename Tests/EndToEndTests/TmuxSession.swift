import Foundation

/// A real terminal for end-to-end tests: tmux on a private socket, running the real `dltutor`
/// binary, driven with `send-keys` and read with `capture-pane`, as a student would see it.
final class TmuxSession {
    let socket: String
    let name = "tutor"
    private static let counter = Counter()

    /// Starts `shellCommand` in a new detached tmux session of `width`×`height`.
    init(_ shellCommand: String, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        socket = "dltutor-e2e-\(getpid())-\(TmuxSession.counter.next())"
        let exports = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }
        let command = (["env"] + exports + ["bash", "-c", TmuxSession.quote(shellCommand)]).joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name, command])
        // Keep the pane after the program exits so its last words can still be read.
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// The binary under test, built by `swift test` next to the test bundle.
    /// The tutor under test: the one built beside the test bundle, or `DLTUTOR_E2E_BINARY` (the opt-in
    /// load tests measure a release build that way).
    static var binary: String {
        if let chosen = ProcessInfo.processInfo.environment["DLTUTOR_E2E_BINARY"], !chosen.isEmpty { return chosen }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("dltutor").path
    }

    /// Types keys: tmux key names (`Enter`, `Escape`, `Down`, `C-c`) or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// The visible screen, one string per row.
    func screen() throws -> [String] {
        try tmux(["capture-pane", "-p", "-t", name]).components(separatedBy: "\n")
    }

    /// The visible screen with its colours and attributes as escape sequences (`capture-pane -e`).
    func screenWithEscapes() throws -> [String] {
        try tmux(["capture-pane", "-p", "-e", "-t", name]).components(separatedBy: "\n")
    }

    func screenText() -> String { ((try? screen()) ?? []).joined(separator: "\n") }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen contains `text` (or `timeout` passes) and returns whether it did.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 20) throws -> Bool {
        try waitUntil(timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(timeout: Double = 20, _ condition: (String) -> Bool) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if condition(screenText()) { return true }
            usleep(50_000)
        } while Date() < deadline
        return condition(screenText())
    }

    /// The process id of the program in the pane (the shell running it).
    func panePID() throws -> Int32 {
        Int32(try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Ends the tmux server, as a student's closed window or a crashed multiplexer would: the pane's
    /// terminal disappears under the program in it.
    func killServer() {
        _ = try? tmux(["kill-server"])
    }

    var paneIsDead: Bool {
        ((try? tmux(["display-message", "-p", "-t", name, "#{pane_dead}"])) ?? "").hasPrefix("1")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let output = try OutputFile()
        _ = try Subprocess.run(["tmux", "-u", "-L", socket] + arguments, environment: environment,
                               stdout: output.url.path, stderr: "/dev/null", timeout: 20)
        return output.contents()
    }

    static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}

/// Runs the binary without a terminal and collects what it printed.
struct CommandResult {
    let status: Int32
    let standardOutput: String
    let standardError: String

    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], timeout: Double = 60) throws -> CommandResult {
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let output = try OutputFile()
        let errors = try OutputFile()
        let input = try OutputFile()
        try Data((stdin ?? "").utf8).write(to: input.url)
        let status = try Subprocess.run([TmuxSession.binary] + arguments, environment: merged, stdin: input.url.path,
                                        stdout: output.url.path, stderr: errors.url.path, timeout: timeout)
        return CommandResult(status: status,
                             standardOutput: output.contents(), standardError: errors.contents())
    }
}

/// Output captured in a temporary file rather than a pipe: tests start processes concurrently,
/// and a daemon (the tmux server) that inherits a pipe's write end would keep a reader waiting
/// for an end of file that never comes.
final class OutputFile {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-e2e-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: url.path, contents: nil)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func contents() -> String {
        String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self)
    }
}
