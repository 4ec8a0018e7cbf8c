import FoundationEssentials
import TextSupport

/// A question that checks a page was understood, with the explanation shown after answering.
///
/// Question, options and explanation are kept as lesson text (with `*`/`**`/`` ` `` markup); use
/// `Inline.parse` (or the `…Runs` properties) to get styled runs. The parser already checked that
/// the markup is well formed.
public struct Checkpoint: Sendable, Hashable {
    /// How a checkpoint is answered and what is correct.
    public enum Answer: Sendable, Hashable {
        /// Pick one of `options`; `correct` is the index (0-based) of the right one.
        case choice(options: [String], correct: Int)
        /// Type a number; right when within `tolerance` of `answer`.
        case numeric(answer: Double, tolerance: Double)
    }

    /// Unique within the lesson and stable: saved answers are keyed by it.
    public var id: String
    public var question: String
    public var answer: Answer
    public var explanation: String
    /// Shown after a first wrong answer (`~ ` lines), before the explanation gives the answer away.
    public var hint: String?
    /// The line of the ```` ```checkpoint ```` fence in the lesson file.
    public var line: Int

    public init(id: String, question: String, answer: Answer, explanation: String, hint: String? = nil, line: Int) {
        self.id = id
        self.question = question
        self.answer = answer
        self.explanation = explanation
        self.hint = hint
        self.line = line
    }

    public var questionRuns: [Inline] { Inline.parse(question) }
    public var explanationRuns: [Inline] { Inline.parse(explanation) }
    public var hintRuns: [Inline] { hint.map { Inline.parse($0) } ?? [] }
    /// The choices as styled runs; empty for a numeric checkpoint.
    public var optionRuns: [[Inline]] {
        guard case .choice(let options, _) = answer else { return [] }
        return options.map { Inline.parse($0) }
    }

    /// Whether `given` is right. A choice answer to a numeric question (or the reverse) is wrong.
    public func judge(_ given: CheckpointAnswer) -> Bool {
        switch (answer, given) {
        case (.choice(_, let correct), .choice(let index)):
            return index == correct
        case (.numeric(let expected, let tolerance), .number(let value)):
            guard value.isFinite else { return false }
            // A hair of slack so that 0.1+0.2-style binary noise never fails an exact answer.
            let slack = 1e-9 * max(abs(expected), tolerance)
            return abs(value - expected) <= tolerance + slack
        default:
            return false
        }
    }

    /// Reads what a student typed: a choice number counted from 1 (`2`) for a multiple-choice
    /// question, or a number (`3.0001`, `1e-7`, `−2`, `10,000`) for a numeric one. Nil if it is
    /// neither, so the tutor can ask again instead of marking it wrong.
    public func parseAnswer(_ text: String) -> CheckpointAnswer? {
        let trimmed = text.trimmingWhitespace
        switch answer {
        case .choice(let options, _):
            guard let number = Int(trimmed), (1...options.count).contains(number) else { return nil }
            return .choice(number - 1)
        case .numeric:
            return Checkpoint.parseNumber(trimmed).map(CheckpointAnswer.number)
        }
    }

    /// Parses a number the way people type it: Unicode minus, thousands commas, a decimal comma.
    static func parseNumber(_ text: String) -> Double? {
        text.typedNumber(decimalComma: true).flatMap { $0.isFinite ? $0 : nil }
    }
}
