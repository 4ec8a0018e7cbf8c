import FoundationEssentials

/// The latest answer given to a checkpoint and whether it was right.
public struct CheckpointRecord: Codable, Sendable, Equatable {
    public var answer: CheckpointAnswer
    public var correct: Bool
    public var answeredAt: Date
    /// How many wrong answers were given so far (a first one brings the hint, a second the
    /// explanation). Absent in files written before hints: read as one wrong answer if the
    /// latest is wrong, none otherwise.
    public var wrongAnswers: Int?

    public init(answer: CheckpointAnswer, correct: Bool, answeredAt: Date, wrongAnswers: Int? = nil) {
        self.answer = answer
        self.correct = correct
        self.answeredAt = answeredAt
        self.wrongAnswers = wrongAnswers
    }

    /// Wrong answers so far, counting an old file's wrong answer as one.
    public var wrongCount: Int { wrongAnswers ?? (correct ? 0 : 1) }

    /// The explanation gives the answer away, so it comes with a right answer or a second wrong one.
    public var showsExplanation: Bool { correct || wrongCount >= 2 }
}
