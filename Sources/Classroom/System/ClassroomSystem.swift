#if canImport(Glibc)
import Glibc
#endif

/// What presenting and following ask of the system, in one place so tests can stand in for it:
/// the time, whose processes are alive, the user database and who this process is.
public struct ClassroomSystem: Sendable {
    public var clock: any WallClock
    public var liveness: any ProcessLiveness
    public var users: any UserDirectory
    public var cpu: any CPUClock
    /// This process's effective user and id (written into the presenter's file).
    public var user: uid_t
    public var pid: Int32

    public init(clock: any WallClock = SystemWallClock(), liveness: any ProcessLiveness = SystemProcessLiveness(),
                users: any UserDirectory = SystemUserDirectory(), cpu: any CPUClock = ProcessCPUClock(),
                user: uid_t = geteuid(), pid: Int32 = getpid()) {
        self.clock = clock
        self.liveness = liveness
        self.users = users
        self.cpu = cpu
        self.user = user
        self.pid = pid
    }

    /// Whether the presenter that wrote `state` into a file of `owner`'s is still there: it wrote
    /// recently (and not in the future), and its pid is a live process of that same owner.
    public func isAlive(_ state: PresentationState, owner: uid_t) -> Bool {
        !state.isStale(now: clock.now()) && liveness.isProcess(state.pid, ownedBy: owner)
    }
}
