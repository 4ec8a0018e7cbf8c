import ProcessSupport
import Foundation

/// Starts programs with posix_spawn and waits for them with waitpid on their own pid.
///
/// Foundation's `Process` was seen to hang in `waitUntilExit` here when the child (tmux) forks a
/// daemon and tests run in parallel; spawning and reaping by pid leaves nothing to chance.
enum Subprocess {
    /// Runs `arguments[0]` (looked up in PATH) and returns its exit status (128+signal if killed).
    static func run(
        _ arguments: [String], environment: [String: String], stdin: String? = nil,
        stdout: String, stderr: String, timeout: Double? = nil
    ) throws -> Int32 {
        let pid = try spawn(arguments, environment: environment, stdin: stdin, stdout: stdout, stderr: stderr)
        let deadline = timeout.map { Date().addingTimeInterval($0) }
        var waitStatus: Int32 = 0
        while true {
            let result = waitpid(pid, &waitStatus, deadline == nil ? 0 : WNOHANG)
            if result == pid { break }
            if result < 0, errno != EINTR { return -1 }
            if let deadline, Date() > deadline {
                kill(-pid, SIGKILL)
                _ = waitpid(pid, &waitStatus, 0)
                break
            }
            if deadline != nil { usleep(10_000) }
        }
        let signal = waitStatus & 0x7F
        return signal == 0 ? (waitStatus >> 8) & 0xFF : 128 + signal
    }

    /// Starts `arguments[0]` in its own process group with a clean signal state (test threads block
    /// signals, and a blocked SIGWINCH or SIGTERM inherited by the tmux server would reach every
    /// program it starts), its output going to files. Returns its process id.
    static func spawn(
        _ arguments: [String], environment: [String: String], stdin: String? = nil, stdout: String, stderr: String
    ) throws -> pid_t {
        var pid: pid_t = 0
        let status = ProcessSpawn.spawn(arguments, environment: environment, pid: &pid) { actions in
            posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        }
        guard status == 0 else {
            throw NSError(domain: NSPOSIXErrorDomain, code: Int(status),
                          userInfo: [NSLocalizedDescriptionKey: "cannot start \(arguments[0])"])
        }
        return pid
    }
}
