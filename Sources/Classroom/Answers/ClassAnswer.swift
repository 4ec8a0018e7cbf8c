import FoundationEssentials
import Glibc

/// What a follower writes when it answers a checkpoint of its presenter's current page: one small
/// file per student in the presentation's answers directory, rewritten (never appended) on each
/// answer.
///
/// Who answered is not in the file: the presenter takes it from the file's owner, which only root
/// can fake. Nothing here is trusted either: `decode` refuses what is not well formed, and the
/// presenter counts an answer only for its own session, lesson, page and checkpoints.
public struct ClassAnswer: Codable, Equatable, Sendable {
    public static let currentVersion = 1
    /// The largest answer file the presenter reads; a real one is about 150 bytes.
    public static let maximumFileSize = 1024

    public enum Value: Equatable, Sendable {
        /// The chosen option, counted from 0.
        case choice(Int)
        case number(Double)
    }

    public var version = ClassAnswer.currentVersion
    /// The presenter's session answered to (a restarted presenter does not count old answers).
    public var session: String
    public var lesson: String
    public var page: String
    public var checkpoint: String
    public var value: Value

    public init(session: String, lesson: String, page: String, checkpoint: String, value: Value) {
        self.session = session
        self.lesson = lesson
        self.page = page
        self.checkpoint = checkpoint
        self.value = value
    }

    enum CodingKeys: String, CodingKey {
        case version, session, lesson, page, checkpoint, choice, number
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        session = try container.decode(String.self, forKey: .session)
        lesson = try container.decode(String.self, forKey: .lesson)
        page = try container.decode(String.self, forKey: .page)
        checkpoint = try container.decode(String.self, forKey: .checkpoint)
        if let choice = try container.decodeIfPresent(Int.self, forKey: .choice) {
            value = .choice(choice)
        } else {
            value = .number(try container.decode(Double.self, forKey: .number))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(session, forKey: .session)
        try container.encode(lesson, forKey: .lesson)
        try container.encode(page, forKey: .page)
        try container.encode(checkpoint, forKey: .checkpoint)
        switch value {
        case .choice(let index): try container.encode(index, forKey: .choice)
        case .number(let number): try container.encode(number, forKey: .number)
        }
    }

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Parses an answer file; the error says briefly what was wrong (never the content).
    public static func decode(_ data: Data) -> Result<ClassAnswer, PresentationError> {
        guard data.count <= maximumFileSize else { return .failure(.unreadable("larger than \(maximumFileSize) bytes")) }
        guard JSONObjectCheck.isObject(data) else { return .failure(.unreadable("not a JSON object")) }
        guard let answer = try? JSONDecoder().decode(ClassAnswer.self, from: data) else {
            return .failure(.unreadable("not an answer file"))
        }
        guard answer.version == currentVersion else { return .failure(.unreadable("format version \(answer.version) is not supported")) }
        switch answer.value {
        case .choice(let index) where !(0..<100).contains(index): return .failure(.unreadable("the choice is out of range"))
        case .number(let number) where !number.isFinite: return .failure(.unreadable("the number is not finite"))
        default: return .success(answer)
        }
    }
}
