/// How much of a follower's machine its presenter may use: runs a presenter asks for start at most
/// once every `minimumInterval` seconds, and use at most `cpuLimit` seconds of CPU in any
/// `window` seconds. A presenter that asks for more (by mistake, or bumping its run counter
/// with an expensive knob to load the class) gets its runs held back, not every student's core.
///
/// Times are the host's monotonic seconds; CPU is charged by the host while a presenter's run is on.
public struct FollowerRunBudget: Equatable, Sendable {
    public static let minimumInterval = 3.0
    public static let window = 60.0
    /// A quarter of a core over the window: room for several runs a minute of the course's
    /// heaviest (every experiment at its defaults takes at most 1.3 s of CPU; split.dev-size at
    /// dev-size=100000 about 3.3 s), far less than a machine.
    public static let cpuLimit = 15.0

    public private(set) var lastStart: Double?
    private var charges: [Charge] = []

    struct Charge: Equatable, Sendable {
        var time: Double
        var seconds: Double
    }

    public init() {}

    /// CPU seconds charged in the window ending at `now`.
    public func cpuUsed(now: Double) -> Double {
        charges.filter { now - $0.time < Self.window }.reduce(0) { $0 + $1.seconds }
    }

    public func permission(now: Double) -> RunPermission {
        let used = cpuUsed(now: now)
        if used >= Self.cpuLimit { return .overBudget(usedSeconds: used, limitSeconds: Self.cpuLimit) }
        if let lastStart, now - lastStart < Self.minimumInterval { return .tooSoon }
        return .allowed
    }

    public mutating func recordStart(now: Double) {
        lastStart = now
    }

    public mutating func charge(_ seconds: Double, now: Double) {
        guard seconds > 0 else { return }
        charges.removeAll { now - $0.time >= Self.window }
        charges.append(Charge(time: now, seconds: seconds))
    }
}
