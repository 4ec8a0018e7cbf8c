import CNcursesw
import FoundationEssentials
import Glibc
import TextCharts

/// The real terminal, through wide-character ncurses.
///
/// It draws screen buffers by sending only the runs of cells that changed since the last frame,
/// reads keys with an optional timeout (blocking, so an idle tutor uses no CPU), and always gives
/// the terminal back as it found it: on `stop()`, on quit signals (reported as events so the app
/// can save first) and on crashes (restored by the C signal handlers).
public final class Terminal {
    public let options: RenderOptions
    private var previous: ScreenBuffer?
    private var colorPairs: [Int: Int16] = [:]
    private var started = false

    /// Takes over the terminal. Call `TerminalCheck.run()` first: ncurses exits by itself on an
    /// unknown terminal.
    public init(check: TerminalCheck, forceASCII: Bool, allowColor: Bool) {
        dlt_save_terminal_modes()
        dlt_install_signal_handlers()
        initscr()
        cbreak()
        noecho()
        nonl()
        keypad(dlt_stdscr(), true)
        // How long a lone ESC waits for the rest of an arrow key's sequence. Over SSH or on a loaded
        // host the bytes of one key can arrive apart; 100 ms (vim's default) keeps arrows whole and
        // Esc still feels immediate.
        set_escdelay(100)
        curs_set(0)
        let colorWanted = allowColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        var color = false
        if colorWanted, has_colors() {
            start_color()
            use_default_colors()
            color = true
        }
        options = RenderOptions(charset: (check.localeIsUTF8 && !forceASCII) ? .unicode : .ascii, color: color)
        started = true
    }

    deinit { stop() }

    /// Gives the terminal back: normal screen, cursor shown, modes restored.
    public func stop() {
        guard started else { return }
        started = false
        curs_set(1)
        endwin()
    }

    /// Hands the terminal to another program (the student's editor) and takes it back when it exits,
    /// as a good terminal program does: the normal screen and modes while it runs, then the tutor's
    /// modes and a full redraw. Returns its exit status (128 + N when killed by signal N), or a
    /// negative errno when it could not start.
    public func runOutside(_ arguments: [String], environment: [String: String]) -> Int32 {
        def_prog_mode()
        endwin()
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        let status = dlt_run_in_foreground(argv, envp)
        reset_prog_mode()
        curs_set(0)
        invalidate()
        refresh()
        return status
    }

    public var size: (width: Int, height: Int) {
        (Int(dlt_cols()), Int(dlt_lines()))
    }

    // MARK: Drawing

    /// Shows `buffer`, sending only what changed since the last call.
    public func draw(_ buffer: ScreenBuffer) {
        let runs = buffer.changes(since: previous)
        for run in runs {
            applyStyle(run.style)
            var wide = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            wide.append(0)
            _ = mvaddwstr(Int32(run.y), Int32(run.x), wide)
        }
        attrset(Int32(bitPattern: UInt32(dlt_a_normal())))
        previous = buffer
        refresh()
    }

    /// Forgets what is on screen so the next `draw` sends everything (after a resize).
    public func invalidate() {
        previous = nil
        erase()
    }

    private func applyStyle(_ style: Style) {
        var attributes = dlt_a_normal()
        if style.bold { attributes |= dlt_a_bold() }
        if style.dim { attributes |= dlt_a_dim() }
        if style.reverse { attributes |= dlt_a_reverse() }
        if style.underline { attributes |= dlt_a_underline() }
        let pair = options.color ? colorPair(foreground: style.foreground, background: style.background) : 0
        attr_set(attributes, pair, nil)
    }

    private func colorPair(foreground: Color, background: Color) -> Int16 {
        if foreground == .default, background == .default { return 0 }
        let key = Int(foreground.rawValue) * 16 + Int(background.rawValue)
        if let pair = colorPairs[key] { return pair }
        let next = Int16(colorPairs.count + 1)
        guard Int32(next) < dlt_color_pairs() else { return 0 }
        init_pair(next, cursesColor(foreground), cursesColor(background))
        colorPairs[key] = next
        return next
    }

    private func cursesColor(_ color: Color) -> Int16 {
        switch color {
        case .default: -1
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        // Bright black where the terminal has 16 colours; plain white (dimmed by nobody) otherwise.
        case .gray: dlt_colors() >= 16 ? 8 : Int16(COLOR_WHITE)
        }
    }

    // MARK: Input

    /// Waits for the next event: forever when `timeout` is nil, else at most `timeout` seconds
    /// (nil result when nothing happened).
    public func nextEvent(timeout: Double?) -> TerminalEvent? {
        if let signal = pendingSignal() { return .quitSignal(signal) }
        let milliseconds: Int32 = timeout.map { Int32(max(0, ($0 * 1000).rounded())) } ?? -1
        wtimeout(dlt_stdscr(), milliseconds)
        var character: wint_t = 0
        let status = wget_wch(dlt_stdscr(), &character)
        if let signal = pendingSignal() { return .quitSignal(signal) }
        switch status {
        case KEY_CODE_YES:
            return keyEvent(Int32(character))
        case OK:
            return characterEvent(UInt32(character))
        default:
            // End of file or an I/O error: the terminal is gone (its tmux or SSH session ended
            // without a SIGHUP reaching us). Blocking reads would now return at once, forever, so
            // this is a hangup: save and leave.
            if dlt_input_lost() != 0 { return .quitSignal(SIGHUP) }
            return nil  // timeout, or a read interrupted by a signal other than a quit signal
        }
    }

    private func pendingSignal() -> Int32? {
        let signal = dlt_pending_signal()
        return signal == 0 ? nil : signal
    }

    private func keyEvent(_ code: Int32) -> TerminalEvent? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_RESIZE:
            .resize(width: Int(dlt_cols()), height: Int(dlt_lines()))
        default: nil
        }
    }

    private func characterEvent(_ code: UInt32) -> TerminalEvent? {
        switch code {
        case 0x0A, 0x0D: return .enter
        case 0x1B: return .escape
        case 0x09: return .tab
        case 0x7F, 0x08: return .backspace
        case 0x03: return .quitSignal(SIGINT)  // Ctrl-C delivered as a byte (raw mode)
        default:
            guard code >= 0x20, let scalar = Unicode.Scalar(code) else { return nil }
            return .character(Character(scalar))
        }
    }
}
