import FoundationEssentials

/// What the follower and its web helper (`dltutor-fetch`) say to each other over the helper's
/// stdin and stdout: one request a line, one framed outcome per request.
///
/// A request line is the validators of the last answer, `<ETag>\t<Last-Modified>` (either may be
/// empty). An outcome is a header line and then bytes:
///
///     response <status> <header count> <body bytes>\n  <name>: <value>\n …  <body>
///     too-large\n
///     failed <message bytes>\n  <message>
public enum FetchExchange {
    /// A request's validators, from the last answer.
    public struct Request: Equatable, Sendable {
        public var entityTag: String?
        public var lastModified: String?

        public init(entityTag: String? = nil, lastModified: String? = nil) {
            self.entityTag = entityTag
            self.lastModified = lastModified
        }

        public var line: String { "\(Self.clean(entityTag ?? ""))\t\(Self.clean(lastModified ?? ""))\n" }

        public init(line: String) {
            let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            entityTag = fields.first.flatMap { $0.isEmpty ? nil : $0 }
            lastModified = fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil
        }

        /// A header value never holds a tab or a line break; one that did would end the field.
        static func clean(_ value: String) -> String { String(value.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }) }
    }

    public enum Outcome: Equatable, Sendable {
        /// The status, the response's headers (names in lower case) and its body.
        case response(status: Int, headers: [String: String], body: Data)
        case tooLarge
        case failed(String)
    }

    public static func encode(_ outcome: Outcome) -> Data {
        switch outcome {
        case .response(let status, let headers, let body):
            let lines = headers.sorted { $0.key < $1.key }.map { "\(Request.clean($0.key)): \(Request.clean($0.value))\n" }
            return Data("response \(status) \(lines.count) \(body.count)\n\(lines.joined())".utf8) + body
        case .tooLarge:
            return Data("too-large\n".utf8)
        case .failed(let message):
            let bytes = Data(message.utf8)
            return Data("failed \(bytes.count)\n".utf8) + bytes
        }
    }

    /// The first whole outcome in `buffer` and how many bytes it took; nil while it is incomplete.
    /// Bytes that are no outcome at all are a failure of the helper (it is ours, so that is a bug).
    public static func decode(_ buffer: Data) -> (outcome: Outcome, length: Int)? {
        let bytes = [UInt8](buffer)
        var position = 0
        func line() -> String? {
            guard let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            defer { position = end + 1 }
            return String(decoding: bytes[position..<end], as: UTF8.self)
        }
        guard let head = line() else { return nil }
        let words = head.split(separator: " ")
        switch words.first {
        case "too-large":
            return (.tooLarge, position)
        case "failed":
            guard words.count == 2, let count = Int(words[1]) else { break }
            guard bytes.count - position >= count else { return nil }
            return (.failed(String(decoding: bytes[position..<position + count], as: UTF8.self)), position + count)
        case "response":
            guard words.count == 4, let status = Int(words[1]), let headerCount = Int(words[2]), let bodyCount = Int(words[3]) else { break }
            var headers: [String: String] = [:]
            for _ in 0..<headerCount {
                guard let header = line() else { return nil }
                guard let colon = header.firstIndex(of: ":") else { return (.failed("the web helper sent a malformed header"), position) }
                headers[String(header[..<colon]).lowercased()] = String(header[header.index(after: colon)...].drop { $0 == " " })
            }
            guard bytes.count - position >= bodyCount else { return nil }
            return (.response(status: status, headers: headers, body: Data(bytes[position..<position + bodyCount])), position + bodyCount)
        default:
            break
        }
        return (.failed("the web helper sent something unexpected: \(head.prefix(40))"), position)
    }
}
