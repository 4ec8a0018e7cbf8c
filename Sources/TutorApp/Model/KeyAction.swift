/// What a key does in the tutor; `Keymap` says which keys do it, and where.
public enum KeyAction: Equatable, Sendable {
    /// Move in the lesson list, scroll the page, or pick a knob (with the knobs in focus).
    case up, down
    case top, bottom
    case open
    /// Continue where the student left off last time.
    case resume
    case nextPage, previousPage
    /// Between the page's text and its knobs.
    case switchFocus
    case decrease, increase
    case run
    /// The next view of the page: text, split, lab.
    case switchView
    case cancel
    case answer
    /// A follower steps out to explore on their own, or rejoins.
    case explore
    case help, closeHelp
    /// Back to the lesson list, or quit from it.
    case back
}
