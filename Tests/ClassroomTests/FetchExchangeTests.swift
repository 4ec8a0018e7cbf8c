import Classroom
import Foundation
import Testing

/// What the follower and its web helper say to each other: every outcome survives the trip,
/// arriving in any pieces, and bytes that are no outcome are a failure, not a crash or a hang.
@Suite struct FetchExchangeTests {
    static let outcomes: [FetchExchange.Outcome] = [
        .response(status: 200, headers: ["etag": "\"5e1-6\"", "last-modified": "Tue, 01 Dec 2026 12:00:00 GMT"],
                  body: Data("{\"version\": 1}\n\nsecond line".utf8)),
        .response(status: 304, headers: [:], body: Data()),
        .tooLarge,
        .failed("Could not connect to the server: 127.0.0.1 — 拒绝连接"),
    ]

    @Test func outcomesSurviveTheTripInAnyPieces() throws {
        let stream = Self.outcomes.map(FetchExchange.encode).reduce(Data(), +)
        for cut in [1, 7, 64] {
            var buffer = Data()
            var decoded: [FetchExchange.Outcome] = []
            for start in stride(from: 0, to: stream.count, by: cut) {
                buffer.append(stream[start..<min(start + cut, stream.count)])
                while let (outcome, length) = FetchExchange.decode(buffer) {
                    decoded.append(outcome)
                    buffer.removeFirst(length)
                }
            }
            #expect(decoded == Self.outcomes, "in pieces of \(cut) bytes")
            #expect(buffer.isEmpty)
        }
    }

    @Test func garbageIsAFailureOfTheHelper() {
        guard case .failed(let reason)? = FetchExchange.decode(Data("HTTP/1.1 200 OK\n".utf8))?.outcome else {
            Issue.record("garbage decoded as an outcome")
            return
        }
        #expect(reason.contains("HTTP/1.1 200 OK"))
        #expect(FetchExchange.decode(Data("response 200 0 10\nshort".utf8)) == nil, "an incomplete body waits")
    }

    @Test func requestLinesCarryTheValidatorsAndNoLineBreaks() {
        let request = FetchExchange.Request(entityTag: "\"abc\"", lastModified: "Tue, 01 Dec 2026 12:00:00 GMT")
        #expect(FetchExchange.Request(line: String(request.line.dropLast())) == request)
        #expect(FetchExchange.Request(line: String(FetchExchange.Request().line.dropLast())) == FetchExchange.Request())
        let sneaky = FetchExchange.Request(entityTag: "\"a\"\nGET evil", lastModified: nil)
        #expect(sneaky.line.filter { $0 == "\n" }.count == 1)
    }
}
