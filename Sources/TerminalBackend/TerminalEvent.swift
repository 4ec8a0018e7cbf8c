/// What the terminal reports: a key, a new size, or a request to quit from a signal.
public enum TerminalEvent: Equatable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case resize(width: Int, height: Int)
    /// SIGINT (Ctrl-C), SIGTERM, SIGQUIT (Ctrl-\) or SIGHUP (the SSH connection dropped, or the
    /// terminal was lost without one: reported as SIGHUP): save and leave.
    case quitSignal(Int32)
}
