import Foundation
import Testing

/// Opt-in (`DLTUTOR_HTTP_LOAD=200`): that many followers of one presentation served by a real
/// nginx on loopback. Every follower must show the presenter's new page within 4 s of its key;
/// prints the slowest, and the CPU of nginx and of the followers over a minute of following.
@Suite(.serialized, .enabled(if: ProcessInfo.processInfo.environment["DLTUTOR_HTTP_LOAD"] != nil && EndToEndRequirements.runs(.tmux, .nginx)))
struct HTTPLoadTests {
    static let followers = ProcessInfo.processInfo.environment["DLTUTOR_HTTP_LOAD"].flatMap { Int($0) } ?? 200

    /// `pid` and its children: a follower of a URL makes its requests from its helper `dltutor-fetch`.
    static func withHelpers(_ pid: Int32) -> [Int32] {
        let children = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return [pid] + children.split(separator: " ").compactMap { Int32($0) }
    }

    @Test(.timeLimit(.minutes(10))) func manyWebFollowersSeeANewPageWithinFourSeconds() throws {
        let server = try NginxServer()
        let classroom = try FollowEndToEndTests.Classroom()
        defer { try? FileManager.default.removeItem(atPath: classroom.directory) }
        let presenter = try classroom.start("presenter", "--present class --publish \(server.root)")
        #expect(try presenter.waitFor("[presenting class]"), "\(presenter.screenText())")
        try presenter.send("G")
        try presenter.send("k")
        try presenter.send("Enter")
        #expect(try presenter.waitFor("page 1/9"))
        var terminals: [TmuxSession] = []
        for index in 0..<Self.followers {
            terminals.append(try classroom.start("web-\(index)", "--follow \(server.url)/class.json"))
        }
        for terminal in terminals {
            #expect(try terminal.waitFor("page 1/9", timeout: 60), "\(terminal.screenText())")
        }
        let tutors = try terminals.map(FollowEndToEndTests.tutorPID)
        let pids = tutors.flatMap(Self.withHelpers)
        let helpers = pids.filter { !tutors.contains($0) }
        let nginx = server.pid
        let followersBefore = pids.map(ClassLoadEndToEndTests.cpuSeconds).reduce(0, +)
        let nginxBefore = nginx.map(ClassLoadEndToEndTests.cpuSeconds) ?? 0

        let pressed = Date()
        try presenter.send("n")
        var seen = [Double?](repeating: nil, count: terminals.count)
        while seen.contains(where: { $0 == nil }), Date().timeIntervalSince(pressed) < 30 {
            for (index, terminal) in terminals.enumerated() where seen[index] == nil {
                if terminal.screenText().contains("page 2/9") { seen[index] = Date().timeIntervalSince(pressed) }
            }
        }
        let times = seen.compactMap { $0 }
        // A minute of following an unchanged page (the presenter's heartbeat rewrites it every 5 s).
        let minuteStart = (pids.map(ClassLoadEndToEndTests.cpuSeconds).reduce(0, +), nginx.map(ClassLoadEndToEndTests.cpuSeconds) ?? 0)
        Thread.sleep(forTimeInterval: 60)
        let followersMinute = pids.map(ClassLoadEndToEndTests.cpuSeconds).reduce(0, +) - minuteStart.0
        let nginxMinute = (nginx.map(ClassLoadEndToEndTests.cpuSeconds) ?? 0) - minuteStart.1
        let figures = """
        HTTP load: \(Self.followers) followers via nginx, \(times.count) saw the new page
          slowest \(String(format: "%.2f", times.max() ?? .infinity)) s, median \(times.isEmpty ? "none" : String(format: "%.2f", times.sorted()[times.count / 2])) s after the key (screens polled by capture-pane, so an upper bound)
          CPU over the next minute: followers (with their \(helpers.count) helpers dltutor-fetch) \(String(format: "%.2f", followersMinute)) s in all, nginx \(String(format: "%.2f", nginxMinute)) s
          memory (Pss) per follower: tutor \(String(format: "%.1f", tutors.map { ClassLoadEndToEndTests.proportionalMemoryMB($0).total }.reduce(0, +) / Double(max(1, tutors.count)))) MB, helper \(String(format: "%.1f", helpers.map { ClassLoadEndToEndTests.proportionalMemoryMB($0).total }.reduce(0, +) / Double(max(1, helpers.count)))) MB
          CPU during the page change: followers \(String(format: "%.2f", minuteStart.0 - followersBefore)) s, nginx \(String(format: "%.2f", minuteStart.1 - nginxBefore)) s
        """
        print(figures)
        #expect(times.count == Self.followers && (times.max() ?? .infinity) <= 4, "every follower within 4 s: \(figures)")
        #expect(helpers.count == Self.followers, "each follower of the URL has its helper: \(figures)")
    }
}
