import Glibc
import Synchronization

/// posix_spawnp with the settings every program dltutor starts needs: its own process group (so the
/// whole group can be ended), no blocked signals and every handler at its default (the caller's test
/// threads block signals, and dltutor ignores SIGPIPE; a child must inherit neither).
public enum ProcessSpawn {
    private static let pipesAndSpawns = Mutex(())

    /// Runs `body` — making pipes, marking them close-on-exec, spawning — while no other thread of this
    /// process does the same: a program spawned between another thread's `pipe` and its `fcntl` would
    /// inherit (and hold open) that thread's pipe ends (Glibc's `pipe2` is not visible to Swift).
    public static func exclusively<Result, Failure: Error>(_ body: () throws(Failure) -> Result) throws(Failure) -> Result {
        try pipesAndSpawns.withLock { (_: inout ()) throws(Failure) -> Result in try body() }
    }

    /// Starts `arguments[0]` (looked up in PATH); `fileActions` sets up its stdin, stdout and stderr.
    /// Returns posix_spawnp's status (0 on success) and sets `pid`.
    public static func spawn(_ arguments: [String], environment: [String: String], pid: inout pid_t,
                             fileActions: (inout posix_spawn_file_actions_t) -> Void) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        fileActions(&actions)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        return posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
    }
}
