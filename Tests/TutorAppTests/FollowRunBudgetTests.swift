import Classroom
import Course
import Experiments
import Testing
import TextCharts
@testable import TutorApp

/// The follower's side of the run budget: a run the host does not allow is held back (with a
/// notice when it is over the CPU budget), starts when allowed, and a run over budget is stopped.
@Suite struct FollowRunBudgetTests {
    static func following(run: Int, showingRun: Bool = true) throws -> TutorModel {
        var model = try FollowModeTests.follower()
        model.update(.presentation(.update(FollowModeTests.state(run: run, showingRun: showingRun))))
        return model
    }

    @Test func theHeaderNamesThePresentersLogin() throws {
        var model = try FollowModeTests.follower()
        var state = FollowModeTests.state()
        state.owner = "alice-login"
        model.update(.presentation(.update(state)))
        #expect(FollowModeTests.header(model).hasSuffix("[following alice — alice-login]  page 1/2"))
    }

    static func startsARun(_ effects: [Effect]) -> Bool {
        effects.contains { if case .startRun = $0 { true } else { false } }
    }

    @Test func aRunTooSoonIsHeldQuietlyAndStartsWhenAllowed() throws {
        var model = try Self.following(run: 1)
        #expect(model.isRunning && model.classroom?.presentersRunsStarted == 1)
        TutorModelTests.finishRun(&model)
        #expect(model.update(.runBudget(.tooSoon)).isEmpty)
        let before = model.status
        let held = model.update(.presentation(.update(FollowModeTests.state(run: 2, showingRun: true))))
        #expect(!Self.startsARun(held), "\(held)")
        #expect(!model.isRunning && model.classroom?.holdsRun == true)
        #expect(model.status == before, "a short wait needs no notice")
        let started = model.update(.runBudget(.allowed))
        #expect(Self.startsARun(started), "the host is asked to start the held run: \(started)")
        #expect(model.isRunning && model.classroom?.holdsRun == false && model.classroom?.presentersRunsStarted == 2)
    }

    @Test func aRunOverBudgetIsHeldWithANotice() throws {
        var model = try Self.following(run: 1)
        TutorModelTests.finishRun(&model)
        model.update(.runBudget(.overBudget(usedSeconds: 15.2, limitSeconds: 15)))
        model.update(.presentation(.update(FollowModeTests.state(run: 2, showingRun: true))))
        #expect(!model.isRunning && model.classroom?.holdsRun == true)
        #expect(FollowModeTests.footer(model).hasPrefix("Held back the presenter's run: its runs used 15 s of CPU in the last minute"))
        // The presenter moves on to a page without a run: nothing is held any more.
        model.update(.presentation(.update(FollowModeTests.state(run: 2, showingRun: false))))
        #expect(model.classroom?.holdsRun == false)
        #expect(!Self.startsARun(model.update(.runBudget(.allowed))))
        #expect(!model.isRunning)
    }

    @Test func aRunGoingOverBudgetIsStopped() throws {
        var model = try Self.following(run: 1)
        #expect(model.isRunningPresentersRun)
        #expect(model.update(.runBudget(.tooSoon)).isEmpty)
        #expect(model.isRunning, "only the CPU budget stops a run")
        let stopped = model.update(.runBudget(.overBudget(usedSeconds: 16, limitSeconds: 15)))
        #expect(stopped.contains { if case .cancelRun = $0 { true } else { false } }, "\(stopped)")
        #expect(!model.isRunning)
        #expect(FollowModeTests.footer(model).hasPrefix("Stopped the presenter's run: its runs used 16 s of CPU in the last minute"))
    }

    @Test func theStudentsOwnRunsAreNotTheBudgets() throws {
        var model = try Self.following(run: 0, showingRun: false)
        model.update(.key(.character("f")))  // explore
        model.update(.key(.character("r")))
        #expect(model.isRunning && !model.isRunningPresentersRun)
        #expect(model.update(.runBudget(.overBudget(usedSeconds: 16, limitSeconds: 15))).isEmpty)
        #expect(model.isRunning)
    }
}
