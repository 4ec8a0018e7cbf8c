import FoundationEssentials
import ProcessSupport
import Glibc
import TextSupport

/// The follower's end of its web helper, `dltutor-fetch URL` (see `FetchExchange`): started at the
/// first request, asked for one request at a time, read without blocking.
///
/// The helper, not the tutor, links Foundation's networking and libcurl, so that the sessions that
/// do not follow over the web (nearly all of a class) do not load them.
final class WebFetchHelper {
    static let executableName = "dltutor-fetch"

    let url: URL
    private var process: ProcessPipes?
    private var requests: Int32 = -1
    private var outcomes: Int32 = -1
    private var received = Data()

    init(url: URL) {
        self.url = url
    }

    deinit { stop() }

    /// The helper beside the running binary (`.build/release/`, `/usr/local/bin/`), or in
    /// `../libexec/dltutor/` as the Debian package installs it.
    static func executable() -> String? {
        guard let binary = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let directory = binary.pathDirectory
        return [directory + "/" + executableName,
                directory.pathDirectory + "/libexec/dltutor/" + executableName]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Sends one request, starting the helper if it is not running; the reason when that fails.
    func send(_ request: FetchExchange.Request) -> String? {
        if process == nil, let reason = start() { return reason }
        let line = Data(request.line.utf8)
        let written = line.withUnsafeBytes { write(requests, $0.baseAddress!, $0.count) }
        guard written == line.count else {
            stop()
            return "the web helper \(Self.executableName) stopped"
        }
        return nil
    }

    /// The outcome of the request sent, once it has come; never waits.
    func receive() -> FetchExchange.Outcome? {
        guard outcomes >= 0 else { return nil }
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = read(outcomes, &chunk, chunk.count)
            if count > 0 {
                received.append(contentsOf: chunk[0..<count])
                continue
            }
            if count == 0 {
                // End of output: the helper is gone (it never ends on its own while asked).
                if let (outcome, _) = FetchExchange.decode(received) {
                    stop()
                    return outcome
                }
                stop()
                return .failed("the web helper \(Self.executableName) stopped")
            }
            if errno == EINTR { continue }
            break
        }
        guard let (outcome, length) = FetchExchange.decode(received) else { return nil }
        received.removeFirst(length)
        return outcome
    }

    /// Ends the helper (closing its input ends it; a stuck one is killed).
    func stop() {
        if requests >= 0 { close(requests) }
        if outcomes >= 0 { close(outcomes) }
        requests = -1
        outcomes = -1
        received = Data()
        if let process {
            kill(process.pid, SIGTERM)
            process.wait()
        }
        process = nil
    }

    private func start() -> String? {
        guard let path = Self.executable() else {
            return "\(Self.executableName) is missing (it belongs beside dltutor); reinstall dltutor"
        }
        // Writing to a helper that has just ended must fail, not end the tutor.
        signal(SIGPIPE, SIG_IGN)
        let started: ProcessPipes
        do {
            started = try ProcessPipes.start([path, url.absoluteString], environment: ProcessInfo.processInfo.environment, writesInput: true)
        } catch {
            return "cannot start \(path): \(error)"
        }
        process = started
        requests = started.input
        outcomes = started.output
        _ = fcntl(outcomes, F_SETFL, fcntl(outcomes, F_GETFL) | O_NONBLOCK)
        return nil
    }
}
