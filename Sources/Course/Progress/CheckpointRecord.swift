import Foundation

/// The latest answer given to a checkpoint and whether it was right.
public struct CheckpointRecord: Codable, Sendable, Equatable {
    public var answer: CheckpointAnswer
    public var correct: Bool
    public var answeredAt: Date

    public init(answer: CheckpointAnswer, correct: Bool, answeredAt: Date) {
        self.answer = answer
        self.correct = correct
        self.answeredAt = answeredAt
    }
}
