/// The host's part of presenting and following, between the tutor's input waits.
///
/// A presenter publishes each state it is given and rewrites the last one every
/// `PresentationState.heartbeatInterval` seconds. A follower polls its `PresentationReader` every
/// `pollInterval` seconds from inside the wait for input (no CPU while the class sits idle),
/// queues what it learned for the tutor, and keeps the `FollowerRunBudget` of the runs its
/// presenter asks for. The terminal and the tutor stay outside: input arrives through `wait`.
///
/// Class answers: a follower sends the student's answers with `send`; a presenter reads its
/// answers directory every `answersInterval` seconds, and only while the host says a checkpoint is
/// on screen (`collectsAnswers`).
public final class ClassroomSession {
    public static let pollInterval = 0.5
    /// While a web request is in flight: its answer is taken up this soon after it comes (it
    /// takes milliseconds), not up to `pollInterval` later.
    public static let answerPollInterval = 0.05
    public static let answersInterval = 1.0

    public enum Role {
        case presenter(PresentationPublisher)
        case follower(any PresentationSource)
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

    /// Presenter: reads the followers' answers (nil when they cannot be collected).
    let collector: AnswerCollector?
    /// Set by the host while the presenter's screen shows a checkpoint.
    public var collectsAnswers = false
    private var nextHeartbeat = 0.0
    private var nextAnswers = 0.0
    private var lastAnswers: [ClassAnswer]?
    private var pendingAnswers: AnswerCollector.Collection?
    /// Follower: writes the student's answers.
    let sender: AnswerSender?

    public init(role: Role, cpu: any CPUClock = ProcessCPUClock(), collector: AnswerCollector? = nil,
                sender: AnswerSender? = nil) {
        self.role = role
        self.cpu = cpu
        self.collector = collector
        self.sender = sender
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
            if now >= nextHeartbeat {
                nextHeartbeat = now + PresentationState.heartbeatInterval
                if let last = publisher.last { publish(last) }
            }
            var answered = false
            if collectsAnswers, collector != nil, now >= nextAnswers {
                answered = collectAnswers(now: now)
            }
            nextPeriodic = collectsAnswers && collector != nil ? min(nextHeartbeat, nextAnswers) : nextHeartbeat
            return problem != nil || answered
        case .follower(let source):
            poll()
            nextPeriodic = now + (source.expectsAnswer ? Self.answerPollInterval : Self.pollInterval)
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

    /// Reads the answers directory now (at most once per `answersInterval`); true when what it
    /// found differs from the last look.
    @discardableResult
    public func collectAnswers(now: Double) -> Bool {
        guard case .presenter(let publisher) = role, let collector, now >= nextAnswers else { return false }
        nextAnswers = now + Self.answersInterval
        nextPeriodic = min(nextPeriodic, nextAnswers)
        let found = collector.collect(session: publisher.session)
        if found.answers == lastAnswers && found.ignored.isEmpty { return false }
        lastAnswers = found.answers
        pendingAnswers = AnswerCollector.Collection(answers: found.answers, ignored: (pendingAnswers?.ignored ?? []) + found.ignored)
        return true
    }

    /// The answers found by the last look that found something new, once.
    public func takeAnswers() -> AnswerCollector.Collection? {
        defer { pendingAnswers = nil }
        return pendingAnswers
    }

    /// Why the last write failed, once.
    public func takeProblem() -> String? {
        defer { problem = nil }
        return problem
    }

    /// Leaves the class: a presenter removes its file.
    public func leave() {
        if case .presenter(let publisher) = role {
            publisher.remove()
            collector?.directory.remove()
        }
    }

    // MARK: Follower

    /// Looks at the presenter's file now (also done every `pollInterval` while waiting).
    public func poll() {
        guard case .follower(let reader) = role else { return }
        pending += reader.poll()
    }

    /// Sends the student's answer beside the presentation followed now; a failure is kept for
    /// `takeProblem`.
    public func send(_ answer: ClassAnswer) {
        guard case .follower(let reader) = role, let sender else { return }
        guard let followed = reader.followedFile else { return }
        do {
            try sender.send(answer, presentationFile: followed.path, presenter: followed.owner)
        } catch {
            problem = error.description
        }
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
