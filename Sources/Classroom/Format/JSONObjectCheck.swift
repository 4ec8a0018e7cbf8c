import FoundationEssentials

/// Whether bytes are a JSON object (any keys), decided by `JSONDecoder` alone: a classmate's garbage is
/// told apart from a file of the wrong shape ("not a JSON object" versus "field 'x' is missing").
/// (`JSONSerialization` is Foundation proper's, which the tutor does not link.)
enum JSONObjectCheck {
    static func isObject(_ data: Data) -> Bool {
        (try? JSONDecoder().decode(AnyObject.self, from: data)) != nil
    }

    private struct AnyObject: Decodable {
        init(from decoder: any Decoder) throws {
            _ = try decoder.container(keyedBy: AnyKey.self)
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
