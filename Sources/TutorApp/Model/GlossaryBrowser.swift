import Course

/// The glossary screen's state: what the student has typed to search (in either language) and how
/// far the list is scrolled. Keys typed here are text, so they are handled here rather than
/// looked up in the keymap (as a checkpoint's typed number is).
public struct GlossaryBrowser: Equatable, Sendable {
    public internal(set) var query = ""
    /// The first line shown of the list of matching entries.
    public internal(set) var scroll = 0
    /// Opened from the help overlay, to which Esc returns.
    public let fromHelp: Bool

    /// A search longer than any term is a mistake, not a search.
    static let maximumQueryLength = 40

    public init(fromHelp: Bool) {
        self.fromHelp = fromHelp
    }

    public enum Outcome: Equatable {
        case stay
        case close
    }

    /// Applies a key: characters search, Backspace erases, arrows and pages scroll, Esc closes.
    mutating func handle(_ key: Key, page: Int) -> Outcome {
        switch key {
        case .escape:
            return .close
        case .backspace:
            if !query.isEmpty { query.removeLast() }
            scroll = 0
        case .up: scroll = max(0, scroll - 1)
        case .down: scroll += 1
        case .pageUp: scroll = max(0, scroll - max(1, page - 1))
        case .pageDown: scroll += max(1, page - 1)
        case .home: scroll = 0
        case .end: scroll = Int(Int32.max)
        case .character(let character) where !character.isNewline && query.count < Self.maximumQueryLength:
            query.append(character)
            scroll = 0
        default:
            break
        }
        return .stay
    }

    /// Keeps `scroll` within a list of `lines` shown `page` at a time.
    mutating func clampScroll(lines: Int, page: Int) {
        scroll = min(max(0, scroll), max(0, lines - page))
    }

    func matches(in glossary: Glossary) -> [GlossaryEntry] {
        glossary.search(query)
    }
}
