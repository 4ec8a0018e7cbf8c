import FoundationEssentials
import Glibc
import ProcessSupport

/// The student's program, running in its own process group with its stdin, stdout and stderr on pipes.
///
/// Started with posix_spawn (not Foundation's `Process`, which can hang in `waitUntilExit` when the child
/// forks and tests run in parallel; see Tests/EndToEndTests/Subprocess.swift). Everything is driven by one
/// `poll` loop per request: the request is written while stdout and stderr are drained, so a program that
/// floods either one, or never reads, cannot block dltutor; a deadline bounds every wait.
///
/// `finish()` always ends the whole process group and reaps the program: no zombie, no orphan.
final class ProgramProcess {
    /// The longest response line accepted; a 5,000-parameter gradient is about 150 kB.
    static let maximumLineBytes = 64 << 20
    /// How much of the end of stderr is kept to show when something fails.
    static let stderrTailBytes = 16 << 10
    /// How long a program gets to exit by itself after its stdin is closed.
    static let exitGrace: Double = 1

    let command: [String]
    let pid: pid_t
    private var stdinFD: Int32
    private var stdoutFD: Int32
    private var stderrFD: Int32
    private var stdoutBuffer: [UInt8] = []
    /// How much of `stdoutBuffer` is known to hold no newline (so a long line is scanned once, not per read).
    private var scannedBytes = 0
    private var stderrTail: [UInt8] = []
    private var reaped = false

    /// Starts `command` (its first word looked up in PATH) with `environment`, or throws why it cannot.
    init(command: [String], environment: [String: String]) throws(ProgramFailure) {
        guard !command.isEmpty else { throw .cannotStart(command: command, reason: "no command given") }
        // Writing to a program that has exited must give EPIPE, not kill dltutor.
        signal(SIGPIPE, SIG_IGN)
        var stdinPipe: [Int32] = [-1, -1], stdoutPipe: [Int32] = [-1, -1], stderrPipe: [Int32] = [-1, -1]
        var pid: pid_t = 0
        // Close-on-exec at once, so another program started at the same time cannot inherit (and hold open)
        // these ends.
        try ProcessSpawn.exclusively { () throws(ProgramFailure) in
            guard pipe(&stdinPipe) == 0, pipe(&stdoutPipe) == 0, pipe(&stderrPipe) == 0 else {
                for fd in stdinPipe + stdoutPipe + stderrPipe where fd >= 0 { close(fd) }
                throw .cannotStart(command: command, reason: String(cString: strerror(errno)))
            }
            for fd in stdinPipe + stdoutPipe + stderrPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            let status = ProcessSpawn.spawn(command, environment: environment, pid: &pid) { actions in
                posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
                posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
                posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], 2)
            }
            close(stdinPipe[0])
            close(stdoutPipe[1])
            close(stderrPipe[1])
            guard status == 0 else {
                close(stdinPipe[1])
                close(stdoutPipe[0])
                close(stderrPipe[0])
                throw .cannotStart(command: command, reason: String(cString: strerror(status)))
            }
        }
        self.command = command
        self.pid = pid
        stdinFD = stdinPipe[1]
        stdoutFD = stdoutPipe[0]
        stderrFD = stderrPipe[0]
        for fd in [stdinFD, stdoutFD, stderrFD] { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
    }

    deinit { finish() }

    /// The last lines the program wrote to stderr (at most `count`).
    func stderrLines(last count: Int = 12) -> [String] {
        let text = String(decoding: stderrTail, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        while lines.last?.isEmpty == true { lines.removeLast() }
        return Array(lines.suffix(count))
    }

    /// Writes `request` and a newline, then returns the next line the program writes to stdout.
    func exchange(_ request: String, timeout: Double) throws(ProgramFailure) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var pending = Array((request + "\n").utf8)[...]
        while true {
            if pending.isEmpty, let newline = newlineIndex() {
                let line = String(decoding: stdoutBuffer[..<newline], as: UTF8.self)
                stdoutBuffer.removeSubrange(...newline)
                scannedBytes = 0
                return line
            }
            if pending.isEmpty { scannedBytes = stdoutBuffer.count }
            if stdoutBuffer.count > ProgramProcess.maximumLineBytes {
                throw .lineTooLong(limit: ProgramProcess.maximumLineBytes, start: String(decoding: stdoutBuffer.prefix(200), as: UTF8.self))
            }
            if stdoutFD < 0 {
                // stdout is closed: the program has ended (or closed it); say how it ended.
                throw .exited(status: waitForExit(within: 0.5), stdoutRest: String(decoding: stdoutBuffer.prefix(200), as: UTF8.self))
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { throw .timedOut(seconds: timeout) }
            var fds = [pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: stderrFD, events: Int16(POLLIN), revents: 0)]
            if !pending.isEmpty && stdinFD >= 0 { fds.append(pollfd(fd: stdinFD, events: Int16(POLLOUT), revents: 0)) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining, 1) * 1000) + 1)
            if ready < 0 && errno != EINTR { throw .cannotTalk(reason: String(cString: strerror(errno))) }
            if fds.count > 2, fds[2].revents != 0 {
                let written = pending.withUnsafeBytes { write(stdinFD, $0.baseAddress, $0.count) }
                if written > 0 {
                    pending = pending.dropFirst(written)
                } else if written < 0 && errno != EAGAIN && errno != EINTR {
                    // EPIPE: the program closed its stdin or exited; its exit is reported from stdout's end.
                    pending = []
                    closeStdin()
                }
            }
            if fds[1].revents != 0 { drainStderr() }
            if fds[0].revents != 0 {
                if !read(stdoutFD, into: &stdoutBuffer, keepingLast: nil) {
                    close(stdoutFD)
                    stdoutFD = -1
                    drainStderr()
                }
            }
        }
    }

    /// The first newline in stdout's buffer past what was scanned before (memchr: a flood is 64 MB).
    private func newlineIndex() -> Int? {
        stdoutBuffer.withUnsafeBufferPointer { buffer in
            guard buffer.count > scannedBytes, let base = buffer.baseAddress,
                  let found = memchr(base + scannedBytes, 0x0A, buffer.count - scannedBytes) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Reads what stderr has now, keeping the tail.
    private func drainStderr() {
        guard stderrFD >= 0 else { return }
        if !read(stderrFD, into: &stderrTail, keepingLast: ProgramProcess.stderrTailBytes) {
            close(stderrFD)
            stderrFD = -1
        }
    }

    /// Reads everything available from `fd`; false at end of file.
    private func read(_ fd: Int32, into buffer: inout [UInt8], keepingLast limit: Int?) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer.append(contentsOf: chunk[..<count])
                if let limit, buffer.count > limit { buffer.removeFirst(buffer.count - limit) }
                // Stop after a large batch so the caller can look for a newline (and enforce its limit).
                if buffer.count > ProgramProcess.maximumLineBytes { return true }
                continue
            }
            if count == 0 { return false }
            return errno == EAGAIN || errno == EINTR
        }
    }

    private func closeStdin() {
        if stdinFD >= 0 { close(stdinFD) }
        stdinFD = -1
    }

    /// Waits up to `seconds` for the program to exit, without reaping it (so its process group stays
    /// valid for `finish`). Returns its status if it has exited.
    private func waitForExit(within seconds: Double) -> ProgramExit? {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            var info = siginfo_t()
            if waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0, info._sifields._sigchld.si_pid == pid {
                drainStderr()
                let code = info._sifields._sigchld.si_status
                return info.si_code == CLD_EXITED ? .status(code) : .signal(code)
            }
            if Date() > deadline { return nil }
            // Keep stderr drained, so a program flooding it while exiting is not held up.
            drainStderr()
            usleep(5_000)
        }
    }

    /// Closes stdin (the end of the session), gives the program `exitGrace` to exit, then ends its whole
    /// process group and reaps it. Safe to call more than once.
    @discardableResult
    func finish() -> ProgramExit? {
        guard !reaped else { return nil }
        closeStdin()
        let exit = waitForExit(within: ProgramProcess.exitGrace)
        endGroupAndReap()
        return exit
    }

    /// Ends the program at once (after a failure) and reaps it.
    func terminate() {
        guard !reaped else { return }
        drainStderr()
        closeStdin()
        endGroupAndReap()
    }

    private func endGroupAndReap() {
        // The group id is the program's pid, which stays ours until it is reaped: children it left behind
        // are ended with it, and nothing else can be.
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        for fd in [stdoutFD, stderrFD] where fd >= 0 { close(fd) }
        stdoutFD = -1
        stderrFD = -1
    }
}
