import Glibc

/// A program started by `ProcessSpawn` with pipes to the ends the caller asks for and its stderr on
/// /dev/null: the web helper of `--follow URL`, the benchmark's Python reference. (The student's own
/// program has its own, watchful driver: ExerciseCheck's `ProgramProcess`.)
public struct ProcessPipes: Sendable {
    public let pid: pid_t
    /// The write end of the program's stdin, or -1 when it reads /dev/null.
    public let input: Int32
    /// The read end of the program's stdout.
    public let output: Int32

    /// Starts `arguments` (the first looked up in PATH); both of our ends are close-on-exec, so a
    /// program started later cannot hold them open. Throws the C library's reason.
    public static func start(_ arguments: [String], environment: [String: String], writesInput: Bool) throws(SpawnFailure) -> ProcessPipes {
        var stdinPipe: [Int32] = [-1, -1], stdoutPipe: [Int32] = [-1, -1]
        var pid: pid_t = 0
        try ProcessSpawn.exclusively { () throws(SpawnFailure) in
            guard (!writesInput || pipe(&stdinPipe) == 0), pipe(&stdoutPipe) == 0 else {
                let reason = SpawnFailure(errorNumber: errno)
                for fd in stdinPipe + stdoutPipe where fd >= 0 { close(fd) }
                throw reason
            }
            for fd in stdinPipe + stdoutPipe where fd >= 0 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            let status = ProcessSpawn.spawn(arguments, environment: environment, pid: &pid) { actions in
                if writesInput {
                    posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], 0)
                } else {
                    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
                }
                posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], 1)
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            }
            if stdinPipe[0] >= 0 { close(stdinPipe[0]) }
            close(stdoutPipe[1])
            guard status == 0 else {
                if stdinPipe[1] >= 0 { close(stdinPipe[1]) }
                close(stdoutPipe[0])
                throw SpawnFailure(errorNumber: status)
            }
        }
        return ProcessPipes(pid: pid, input: stdinPipe[1], output: stdoutPipe[0])
    }

    /// Everything the program writes to stdout until it closes it, then its exit status (nil when a
    /// signal ended it). Blocks; for programs that end by themselves.
    public func readToEndAndWait() -> (output: [UInt8], status: Int32?) {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(output, &chunk, chunk.count)
            if count > 0 { bytes += chunk[0..<count]; continue }
            if count < 0, errno == EINTR { continue }
            break
        }
        close(output)
        if input >= 0 { close(input) }
        return (bytes, wait())
    }

    /// Reaps the program (blocking until it has ended); its exit status, nil when a signal ended it.
    @discardableResult
    public func wait() -> Int32? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        return status & 0x7f == 0 ? (status >> 8) & 0xff : nil
    }
}

/// Why a program could not be started: the C library's message for its error number.
public struct SpawnFailure: Error, CustomStringConvertible, Sendable {
    public let errorNumber: Int32
    public var description: String { String(cString: strerror(errorNumber)) }
}
