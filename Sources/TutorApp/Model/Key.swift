/// A key the student pressed, independent of the terminal library that read it.
public enum Key: Equatable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
}

/// Everything that can happen to the tutor: the input side of its update loop.
public enum Message: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// Time passed while a run is live: advance it. `now` is a monotonic clock in seconds.
    case tick(now: Double)
    /// A quit signal (Ctrl-C, SIGTERM, SIGHUP): save and leave without asking.
    case quitSignal
    /// What the host read from the presentation this tutor follows.
    case presentation(PresentationEvent)
}

/// What the tutor asks its host to do after an update, as values (the host performs them).
public enum Effect: Equatable, Sendable {
    case quit
    /// The student's progress changed: write `model.progress` to disk.
    case saveProgress
    /// The presenter's state changed: publish `model.presentationSnapshot` for its followers.
    case publishPresentation
}
