import Testing
@testable import Experiments

/// Early stopping shows what its page teaches at 20 seeds: the dev cost climbs before the stop at the
/// page's patience, and the rise finding is true at both ends of the patience range.
@Suite struct EarlyStoppingTests {
    /// One seed at patience 10, 1 and 50 (3 short mini-batch runs, a fraction of a second).
    @Test(arguments: UInt64(1)...20) func theDevCostRisesBeforeTheStop(seed: UInt64) throws {
        let page = try EarlyStoppingPatience().run(["patience=10"], seed: seed)
        let rise = try #require(page.findingValue("dev_rise_percent"))
        #expect(rise >= EarlyStoppingPatience.visibleRisePercent, "seed \(seed): dev cost only \(rise)% above its best")
        #expect(page.findings.contains { $0.text.contains("dev cost climbed") }, "seed \(seed)")
        // The chart shows it: the dev curve's last points stand above its lowest.
        guard case let .line(chart) = try #require(page.figures.first) else { Issue.record("no line chart"); return }
        let dev = chart.series[1].y
        #expect(try #require(dev.suffix(3).min()) > (dev.min() ?? .nan), "seed \(seed)")

        let hasty = try EarlyStoppingPatience().run(["patience=1"], seed: seed)
        let patient = try EarlyStoppingPatience().run(["patience=50"], seed: seed)
        for frame in [page, hasty, patient] {
            #expect(brokenClaims(frame).isEmpty, "seed \(seed): \(brokenClaims(frame))")
        }
        // More patience never finds a worse best epoch (the runs are the same until the earlier stops).
        let costs = try [hasty, page, patient].map { try #require($0.findingValue("best_dev_cost")) }
        #expect(costs[1] <= costs[0] && costs[2] <= costs[1], "seed \(seed): \(costs)")
    }
}
