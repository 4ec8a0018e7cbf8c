/// The class's answers to one checkpoint, as counts only: how many answered, how many were right,
/// and a bar per choice (or per value or range of a numeric answer). No names, ever.
///
/// The presenter's screen draws it live; the presenter reveals it to the followers by putting it
/// in its state file (`PresentationState.answers`), where it is untrusted input like the rest.
public struct AnswerSummary: Codable, Equatable, Sendable {
    public struct Bar: Codable, Equatable, Sendable {
        /// "1", "2"… for a choice; a value or a range ("0.5–1") for a numeric answer.
        public var label: String
        public var count: Int
        /// Whether the answers in this bar are right (a numeric range may hold both: nil).
        public var right: Bool?

        public init(label: String, count: Int, right: Bool?) {
            self.label = label
            self.count = count
            self.right = right
        }
    }

    public static let maximumBars = 12
    public static let maximumLabelLength = 24

    public var checkpoint: String
    public var answered: Int
    public var right: Int
    public var bars: [Bar]

    public init(checkpoint: String, answered: Int, right: Int, bars: [Bar]) {
        self.checkpoint = checkpoint
        self.answered = answered
        self.right = right
        self.bars = bars
    }

    /// Why a summary read from a file cannot be shown, or nil when it is fine.
    var problem: String? {
        let counts = 0...10_000_000
        guard counts.contains(answered), (0...answered).contains(right) else { return "the answer counts are not valid" }
        guard bars.count <= Self.maximumBars, bars.allSatisfy({ counts.contains($0.count) }) else { return "too many answer bars" }
        guard bars.allSatisfy({ $0.label.count <= Self.maximumLabelLength && $0.label.unicodeScalars.allSatisfy { $0.value >= 0x20 && !(0x7F..<0xA0).contains($0.value) } })
        else { return "an answer label is not valid" }
        return nil
    }
}
