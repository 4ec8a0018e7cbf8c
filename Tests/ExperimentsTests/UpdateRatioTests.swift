import Testing
@testable import Experiments

/// The update-ratio verdict agrees with what training did, at 20 seeds: its advice ("raise α",
/// "lower α") points to where a lower full-data cost is, and its costs are full-data costs.
@Suite struct UpdateRatioTests {
    static let rates = [1e-6, 1e-4, 1e-3, 1e-2, 0.1, 1, 10]

    /// One seed's sweep of α (7 runs of 1,000 mini-batch steps, about 1 s; seeds run in parallel).
    @Test(arguments: UInt64(1)...20) func adviceAgreesWithTheOutcome(seed: UInt64) throws {
        let frames = try Self.rates.map { try UpdateRatio().run(["learning-rate=\($0)"], seed: seed) }
        let finalCosts = try frames.map { try #require($0.findingValue("final_cost")) }
        for (index, frame) in frames.enumerated() {
            let rate = Self.rates[index]
            #expect(brokenClaims(frame).isEmpty, "seed \(seed) α=\(rate): \(brokenClaims(frame))")
            let cost = finalCosts[index].isFinite ? finalCosts[index] : .infinity
            let advice = frame.findings.map(\.text).joined(separator: " ")
            if advice.contains("Raise α") {
                let better = finalCosts[(index + 1)...].filter(\.isFinite).min() ?? .infinity
                #expect(better < cost, "seed \(seed) α=\(rate) says raise α, cost \(cost), best higher α \(better)")
            }
            if advice.contains("Lower α") {
                let better = finalCosts[..<index].filter(\.isFinite).min() ?? .infinity
                #expect(better < cost, "seed \(seed) α=\(rate) says lower α, cost \(cost), best lower α \(better)")
            }
        }
        // At α = 1e-6 the weights barely move, and so does the full-data cost (a mini-batch cost would
        // move with the batch drawn).
        let first = try #require(frames[0].findingValue("first_cost"))
        #expect(abs(finalCosts[0] - first) < 0.02 * first, "seed \(seed): \(first) → \(finalCosts[0])")
        // α = 0.1 is in the band and ends below the default α = 0.01: "healthy" is not "too high".
        #expect(try #require(frames[4].findingValue("verdict")) == 0, "seed \(seed)")
        #expect(finalCosts[4] < finalCosts[3], "seed \(seed)")
    }
}
