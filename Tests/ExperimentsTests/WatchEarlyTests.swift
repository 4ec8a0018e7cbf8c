import Foundation
import Testing
@testable import Experiments

/// The watch-early page's experiment does what the page teaches, at 20 seeds: a classifier with small
/// weights starts at ln 2, and the presets show falling, oscillating, climbing and (squared error) ∞.
@Suite struct WatchEarlyTests {
    static func behaviour(_ frame: Frame) throws -> Exploding.Behaviour {
        let raw = try #require(frame.findingValue("behaviour"))
        return try #require(Exploding.Behaviour(rawValue: raw))
    }

    /// One seed: the page's default and its three presets (4 runs of 300 full-batch steps, well under a second).
    @Test(arguments: UInt64(1)...20) func thePageShowsWhatItTeaches(seed: UInt64) throws {
        let start = try Exploding().run(["task=classification", "learning-rate=0.1"], seed: seed)
        #expect(brokenClaims(start).isEmpty, "seed \(seed): \(brokenClaims(start))")
        let first = try #require(start.findingValue("first_cost"))
        #expect(abs(first - log(2)) <= 0.01 * log(2), "seed \(seed): first cost \(first)")
        #expect(start.findings.contains { $0.text.contains("ln 2") && $0.claims.contains(.near("first_cost", log(2), relativeTolerance: 0.01)) })
        #expect(try Self.behaviour(start) == .falls, "seed \(seed)")

        let ten = try Exploding().run(["task=classification", "learning-rate=10"], seed: seed)
        #expect([.oscillates, .climbs].contains(try Self.behaviour(ten)), "seed \(seed)")
        let hundred = try Exploding().run(["task=classification", "learning-rate=100"], seed: seed)
        #expect([.oscillates, .climbs].contains(try Self.behaviour(hundred)), "seed \(seed)")
        let squared = try Exploding().run(["task=regression", "learning-rate=1"], seed: seed)
        #expect(try Self.behaviour(squared) == .diverges, "seed \(seed)")
        for frame in [ten, hundred, squared] {
            #expect(brokenClaims(frame).isEmpty, "seed \(seed): \(brokenClaims(frame))")
        }
    }

    /// "At 100 it usually ends above where it started": at 18 or more of 20 seeds (19 when written).
    @Test func aHundredUsuallyClimbs() throws {
        let climbs = try (UInt64(1)...20).filter { seed in
            try Self.behaviour(try Exploding().run(["task=classification", "learning-rate=100"], seed: seed)) == .climbs
        }
        #expect(climbs.count >= 18, "climbs at seeds \(climbs)")
    }
}
