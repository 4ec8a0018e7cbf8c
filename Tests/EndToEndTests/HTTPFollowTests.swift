import Classroom
import Foundation
import Testing

/// Following over the web against a real nginx on loopback: the reader on its own (page changes,
/// conditional requests, a presenter gone, the server gone and back, a 404, a garbage or huge
/// body, a slow server), then the real binary: a presenter publishing with `--publish` and a
/// follower of its URL in tmux.
@Suite(.serialized, .enabled(if: EndToEndRequirements.runs(.tmux, .nginx)))
struct HTTPFollowTests {
    static func state(page: String, heartbeat: Double = 1000, padding: String = "") -> String {
        """
        {"version": 1, "name": "class", "session": "s1\(padding)", "pid": 7, "started": 1, "heartbeat": \(heartbeat), "lesson": "gradient-checking", "page": "\(page)", "run": 0, "seed": 3}
        """
    }

    /// Polls as the follower's wait would (every 50 ms, the follower's clock running 2× faster)
    /// until something happens or `seconds` of real time pass.
    static func events(_ reader: HTTPPresentationReader, _ clock: FakeWallClock, within seconds: Double = 6) -> [PresentationEvent] {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let events = reader.poll()
            if !events.isEmpty { return events }
            usleep(50_000)
            clock.time += 0.1
        }
        return []
    }

    @Test func theReaderFollowsChangesWithConditionalRequestsAndNoticesAbsence() throws {
        let server = try NginxServer()
        try server.serve(Self.state(page: "two-sided"), at: "class.json")
        let clock = FakeWallClock()
        let reader = HTTPPresentationReader(url: URL(string: server.url + "/class.json")!, clock: clock)
        #expect(reader.name == "class")
        guard case .update(let first)? = Self.events(reader, clock).first else { Issue.record("no first state"); return }
        #expect(first.page == "two-sided" && first.owner == "127.0.0.1")

        // Unchanged: the server answers 304 and the follower sees nothing new.
        #expect(Self.events(reader, clock, within: 3) == [])
        #expect(server.accessLog.contains("\" 304 "), "conditional requests: \(server.accessLog)")

        // A page change (and a rewrite every few seconds keeps the presenter present).
        try server.serve(Self.state(page: "error-order", heartbeat: 1005), at: "class.json")
        guard case .update(let second)? = Self.events(reader, clock).first else { Issue.record("no page change"); return }
        #expect(second.page == "error-order")

        // Garbage: ignored with a reason; then a file too large to be a presentation.
        try server.serve("{\"version\": 1, \"name\": ", at: "class.json")
        #expect(Self.events(reader, clock) == [.unreadable("class.json: not a JSON object")])
        try server.serve(String(repeating: " ", count: 100_000), at: "class.json")
        #expect(Self.events(reader, clock) == [.unreadable("class.json: the file is larger than 64 KB")])

        // The presenter quits (its file goes): gone, once.
        try server.serve(Self.state(page: "error-order", heartbeat: 1010), at: "class.json")
        guard case .update? = Self.events(reader, clock).first else { Issue.record("not back"); return }
        unlink(server.root + "/class.json")
        #expect(Self.events(reader, clock) == [.gone(.noFile)])
        #expect(Self.events(reader, clock, within: 2) == [], "reported once")

        // Back, then the server goes away and comes back.
        try server.serve(Self.state(page: "flatten", heartbeat: 1020), at: "class.json")
        guard case .update(let back)? = Self.events(reader, clock).first else { Issue.record("not back"); return }
        #expect(back.page == "flatten")
        server.stop()
        guard case .gone(.unreachable)? = Self.events(reader, clock).first else { Issue.record("server gone not noticed"); return }
        try server.start()
        guard case .update(let again)? = Self.events(reader, clock).first else { Issue.record("server back not noticed"); return }
        #expect(again.page == "flatten", "the same content counts again after the server was gone")

        // A presenter that stops rewriting (killed, its file left behind): gone after 15 s of the follower's clock.
        let events = Self.events(reader, clock, within: 12)
        #expect(events == [.gone(.stale)], "\(events)")
    }

    @Test func aMissingFileAndASlowServerAreAbsences() throws {
        let server = try NginxServer()
        let clock = FakeWallClock()
        let missing = HTTPPresentationReader(url: URL(string: server.url + "/nobody.json")!, clock: clock)
        #expect(Self.events(missing, clock) == [.gone(.noFile)])

        // 1.5 KB at 20 bytes a second takes over a minute: the request gives up after 8 s.
        try server.serve(Self.state(page: "two-sided", padding: String(repeating: "x", count: 1300)), at: "slow/class.json")
        let slow = HTTPPresentationReader(url: URL(string: server.url + "/slow/class.json")!, clock: clock)
        let started = Date()
        let events = Self.events(slow, clock, within: 15)
        guard case .gone(.unreachable(let reason))? = events.first else { Issue.record("\(events)"); return }
        #expect(Date().timeIntervalSince(started) < 12, "the request times out: \(reason)")
    }
}

extension HTTPFollowTests {
    /// The real binary: the presenter publishes into nginx's document root, the follower follows its URL.
    @Test func aFollowerOfTheURLFollowsThePresenterAndSeesItGo() throws {
        let server = try NginxServer()
        let classroom = try FollowEndToEndTests.Classroom()
        defer { try? FileManager.default.removeItem(atPath: classroom.directory) }
        let presenter = try classroom.start("presenter", "--present class --publish \(server.root)")
        #expect(try presenter.waitFor("[presenting class]"), "\(presenter.screenText())")
        #expect(FileManager.default.fileExists(atPath: server.root + "/class.json"))
        let follower = try classroom.start("web", "--follow \(server.url)/class.json")
        #expect(try follower.waitFor("[following class — 127.0.0.1]", timeout: 10), "\(follower.screenText())")

        try presenter.send("G")
        try presenter.send("k")
        try presenter.send("Enter")
        #expect(try presenter.waitFor("page 1/9"))
        #expect(try follower.waitFor("page 1/9", timeout: 6), "follows into the lesson: \(follower.screenText())")
        let pressed = Date()
        try presenter.send("n")
        #expect(try follower.waitFor("page 2/9", timeout: 6), "follows the page turn: \(follower.screenText())")
        #expect(Date().timeIntervalSince(pressed) < 4, "a new page within 4 s")

        try presenter.send("q")
        try presenter.send("q")
        #expect(try presenter.waitFor("dltutor exited 0"), "\(presenter.screenText())")
        #expect(!FileManager.default.fileExists(atPath: server.root + "/class.json"), "the published copy goes too")
        #expect(try follower.waitFor("[presenter gone]", timeout: 6), "\(follower.screenText())")
    }
}

/// A wall clock the test sets.
final class FakeWallClock: WallClock, @unchecked Sendable {
    var time: Double = 1_000_000
    func now() -> Double { time }
}
