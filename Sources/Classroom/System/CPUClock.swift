#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The CPU time this process has used, in seconds: what a follower's run budget counts.
public protocol CPUClock: Sendable {
    func cpuSeconds() -> Double
}

public struct ProcessCPUClock: CPUClock {
    public init() {}

    public func cpuSeconds() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
