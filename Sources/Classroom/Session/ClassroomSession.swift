/// The host's part of presenting and following, between the tutor's input waits.
///
/// A presenter publishes each state it is given and rewrites the last one every
/// `PresentationState.heartbeatInterval` seconds. A follower polls its `PresentationReader` every
/// `pollInterval` seconds from inside the wait for input (no CPU while the class sits idle),
/// queues what it learned for the tutor, and keeps the `FollowerRunBudget` of the runs its
/// presenter asks for. The terminal and the tutor stay outside: input arrives through `wait`.
public final class ClassroomSession {
    public static let pollInterval = 0.5

    public enum Role {
        case presenter(PresentationPublisher)
        case follower(PresentationReader)
    }

    public let role: Role
    let cpu: any CPUClock
    private var pending: [PresentationEvent] = []
    private var problem: String?
    private var nextPeriodic = 0.0
    public private(set) var budget = FollowerRunBudget()
    /// CPU time when the last look found a presenter's run going.
    private var cpuMark: Double?
    /// Set by the host while the tutor holds a presenter's run back: wake up when it may start.
    public var holdsRun = false

    public init(role: Role, cpu: any CPUClock = ProcessCPUClock()) {
        self.role = role
        self.cpu = cpu
    }

    // MARK: Waiting

    /// Waits for the next input event with `wait(seconds)`, doing the periodic work meanwhile;
    /// nil on `timeout`, or as soon as there is something to deliver.
    public func nextEvent<Event>(timeout: Double?, now: () -> Double, wait: (Double) -> Event?) -> Event? {
        let deadline = timeout.map { now() + $0 }
        while true {
            var seconds = max(0, nextPeriodic - now())
            if let deadline { seconds = min(seconds, max(0, deadline - now())) }
            if let event = wait(seconds) { return event }
            if now() >= nextPeriodic {
                if periodic(now: now()) { return nil }
            }
            if let deadline, now() >= deadline { return nil }
        }
    }

    /// The heartbeat or the poll; true when something is waiting to be delivered.
    func periodic(now: Double) -> Bool {
        switch role {
        case .presenter(let publisher):
            nextPeriodic = now + PresentationState.heartbeatInterval
            if let last = publisher.last { publish(last) }
            return problem != nil
        case .follower:
            nextPeriodic = now + Self.pollInterval
            poll()
            return !pending.isEmpty || (holdsRun && budget.permission(now: now) == .allowed)
        }
    }

    // MARK: Presenter

    /// Publishes `snapshot`; a failure is kept for `takeProblem`.
    public func publish(_ snapshot: PresentationState) {
        guard case .presenter(let publisher) = role else { return }
        do {
            try publisher.publish(snapshot)
        } catch {
            problem = error.description
        }
    }

    /// Why the last write failed, once.
    public func takeProblem() -> String? {
        defer { problem = nil }
        return problem
    }

    /// Leaves the class: a presenter removes its file.
    public func leave() {
        if case .presenter(let publisher) = role { publisher.remove() }
    }

    // MARK: Follower

    /// Looks at the presenter's file now (also done every `pollInterval` while waiting).
    public func poll() {
        guard case .follower(let reader) = role else { return }
        pending += reader.poll()
    }

    /// What was learned since the last call, oldest first.
    public func takeEvents() -> [PresentationEvent] {
        defer { pending = [] }
        return pending
    }

    /// Whether the presenter's next run may start at `now`.
    public func runPermission(now: Double) -> RunPermission { budget.permission(now: now) }

    public func presentersRunStarted(now: Double) { budget.recordStart(now: now) }

    /// Charges the CPU used since the last call to the presenter's runs, if one was going then;
    /// `running` says whether one is going now.
    public func account(presentersRunGoing running: Bool, now: Double) {
        let seconds = cpu.cpuSeconds()
        if let cpuMark { budget.charge(seconds - cpuMark, now: now) }
        cpuMark = running ? seconds : nil
    }
}
