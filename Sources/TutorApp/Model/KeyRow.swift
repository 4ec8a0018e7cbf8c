/// One row of the keymap: keys as the help shows them, what they do in both languages, and the
/// bindings behind them (which key does which action, where).
public struct KeyRow: Sendable {
    /// Which keys do `action` in `contexts`.
    public struct Binding: Sendable {
        public enum Pattern: Equatable, Sendable {
            case key(Key)
            /// Any digit (a full-width one too, so an answer typed through an IME is not dropped).
            case digit
        }

        public let patterns: [Pattern]
        public let action: KeyAction
        public let contexts: [KeyContext]

        public init(_ keys: [Key], _ action: KeyAction, in contexts: [KeyContext]) {
            patterns = keys.map(Pattern.key)
            self.action = action
            self.contexts = contexts
        }

        public init(digitsAs action: KeyAction, in contexts: [KeyContext]) {
            patterns = [.digit]
            self.action = action
            self.contexts = contexts
        }

        func matches(_ key: Key, in context: KeyContext) -> Bool {
            guard contexts.contains(context) else { return false }
            return patterns.contains { pattern in
                switch pattern {
                case .key(let bound): return bound == key
                case .digit:
                    if case .character(let character) = key { return character.isNumber }
                    return false
                }
            }
        }
    }

    /// Groups of key names as shown: `[["↑", "↓"], ["j", "k"]]` is "↑ ↓  j k".
    public let labels: [[String]]
    public let english: String
    public let chinese: String
    /// False for a key the screen it works on already names (the lesson list's `c`).
    public let inHelp: Bool
    public let bindings: [Binding]

    public init(_ labels: [[String]], _ english: String, _ chinese: String, inHelp: Bool = true, _ bindings: [Binding]) {
        self.labels = labels
        self.english = english
        self.chinese = chinese
        self.inHelp = inHelp
        self.bindings = bindings
    }
}
