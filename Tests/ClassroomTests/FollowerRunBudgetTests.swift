import Classroom
import Testing

@Suite struct FollowerRunBudgetTests {
    @Test func runsStartAtMostOnceEveryThreeSeconds() {
        var budget = FollowerRunBudget()
        #expect(budget.permission(now: 10) == .allowed)
        budget.recordStart(now: 10)
        #expect(budget.permission(now: 12.9) == .tooSoon)
        #expect(budget.permission(now: 13) == .allowed)
    }

    @Test func cpuOverTheLimitInAMinuteHoldsRunsUntilItAgesOut() {
        var budget = FollowerRunBudget()
        budget.charge(10, now: 0)
        #expect(budget.permission(now: 1) == .allowed)
        budget.charge(5, now: 20)
        #expect(budget.cpuUsed(now: 20) == 15)
        #expect(budget.permission(now: 30) == .overBudget(usedSeconds: 15, limitSeconds: FollowerRunBudget.cpuLimit))
        #expect(budget.permission(now: 60) == .allowed, "the first charge left the window")
        #expect(budget.cpuUsed(now: 60) == 5)
        #expect(budget.cpuUsed(now: 80) == 0)
    }

    @Test func aPresenterBumpingItsRunEveryHalfSecondGetsAQuarterOfACore() {
        // Each run would take a whole core; the follower charges what it spends.
        var budget = FollowerRunBudget()
        var spent = 0.0
        var now = 0.0
        var running = false
        while now < 600 {
            if budget.permission(now: now) == .allowed, !running {
                budget.recordStart(now: now)
                running = true
            }
            if running {
                budget.charge(0.5, now: now)
                spent += 0.5
                if budget.permission(now: now) != .allowed, case .overBudget = budget.permission(now: now) { running = false }
            }
            now += 0.5
        }
        #expect(spent <= 600 / FollowerRunBudget.window * (FollowerRunBudget.cpuLimit + 0.5), "\(spent) s of CPU in 10 minutes")
    }
}
