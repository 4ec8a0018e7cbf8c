import DLCore
import Testing
@testable import Experiments

/// Runs `experiment` to completion with its defaults overridden by `assignments` ("bug=none").
private func run(_ experiment: some Experiment, _ assignments: [String] = [], seed: UInt64 = 1) throws -> Frame {
    try experiment.run(assignments, seed: seed)
}

/// A named number from any of the frame's findings.
private func value(_ frame: Frame, _ name: String) -> Double? {
    frame.findingValue(name)
}

private let segmentNames = ["W1", "b1", "W2", "b2", "W3", "b3"]

@Suite struct GradientCheckingTests {
    @Test func epsilonSweepShowsTheErrorOrdersAndTheTwoSidedAdvantage() throws {
        let frame = try run(EpsilonSweep())
        let oneSlope = try #require(value(frame, "one_sided_slope"))
        let twoSlope = try #require(value(frame, "two_sided_slope"))
        #expect(abs(oneSlope - 1) < 0.15, "one-sided error should fall like ε¹ for ε ≥ 1e-4, slope \(oneSlope)")
        #expect(abs(twoSlope - 2) < 0.15, "two-sided error should fall like ε² for ε ≥ 1e-4, slope \(twoSlope)")
        let bestOne = try #require(value(frame, "best_one_sided_error"))
        let bestTwo = try #require(value(frame, "best_two_sided_error"))
        #expect(bestTwo * 100 <= bestOne, "best two-sided \(bestTwo) vs best one-sided \(bestOne)")
    }

    @Test func epsilonSweepOnAWholeNetworkShowsTheSameOrders() throws {
        let frame = try run(EpsilonSweep(), ["function=network"])
        let oneSlope = try #require(value(frame, "one_sided_slope"))
        let twoSlope = try #require(value(frame, "two_sided_slope"))
        #expect(abs(oneSlope - 1) < 0.15, "one-sided relative difference slope \(oneSlope)")
        #expect(abs(twoSlope - 2) < 0.15, "two-sided relative difference slope \(twoSlope)")
        let bestOne = try #require(value(frame, "best_one_sided_error"))
        let bestTwo = try #require(value(frame, "best_two_sided_error"))
        #expect(bestTwo * 100 <= bestOne)
        // At the usual ε = 1e-7 a correct network passes a two-sided check.
        #expect(try #require(value(frame, "two_sided_difference_at_usual_epsilon")) < 1e-7)
    }

    @Test func bugLabFlagsExactlyTheBuggedSegments() throws {
        let lab = ComponentsBugLab()
        let correct = try run(lab)
        let overall = try #require(value(correct, "relative_difference"))
        #expect(overall < 1e-6, "a correct network passes, got \(overall)")
        for name in segmentNames {
            #expect(try #require(value(correct, "difference_\(name)")) < 1e-6)
        }

        let bugged: [(bug: String, segment: String, expected: Double)] = [
            ("dW2-times-2", "W2", 1.0 / 3), ("db1-times-4", "b1", 3.0 / 5),
        ]
        for (bug, segment, expected) in bugged {
            let frame = try run(lab, ["bug=\(bug)"])
            let measured = try #require(value(frame, "difference_\(segment)"))
            #expect(abs(measured - expected) < 1e-6, "\(bug): \(segment) should be \(expected), got \(measured)")
            for other in segmentNames where other != segment {
                #expect(try #require(value(frame, "difference_\(other)")) < 1e-6, "\(bug): \(other) should pass")
            }
        }

        // A forgotten 1/m (with λ = 0) scales every segment by m = 100: all at 99/101.
        let missing = try run(lab, ["bug=missing-1/m"])
        for name in segmentNames {
            #expect(abs(try #require(value(missing, "difference_\(name)")) - 99.0 / 101) < 1e-6)
        }
    }

    @Test func checkWithoutThePenaltyFailsOnlyTheWeights() throws {
        let check = RegularizationPenaltyCheck()
        let forgotten = try run(check)
        for name in segmentNames {
            let difference = try #require(value(forgotten, "difference_\(name)"))
            if name.hasPrefix("W") {
                #expect(difference >= 1e-3, "\(name) should fail without the penalty, got \(difference)")
            } else {
                #expect(difference < 1e-6, "\(name) is untouched by the penalty and should pass, got \(difference)")
            }
        }
        for fixed in [["include-penalty=on"], ["lambda=0"]] {
            let frame = try run(check, fixed)
            let overall = try #require(value(frame, "relative_difference"))
            #expect(overall < 1e-6, "\(fixed): the check should pass, got \(overall)")
            #expect(try #require(value(frame, "largest_w_difference")) < 1e-6)
        }
    }

    @Test func dropoutWithFreshMasksFailsAndAFixedMaskOrKeepProbOnePasses() throws {
        let check = DropoutGradientCheck()
        let fresh = try run(check)
        let noisy = try #require(value(fresh, "relative_difference"))
        #expect(noisy >= 1e-3, "fresh masks should spoil the check, got \(noisy)")
        for repaired in [["fix-mask=on"], ["keep-prob=1"]] {
            let frame = try run(check, repaired)
            let overall = try #require(value(frame, "relative_difference"))
            #expect(overall < 1e-6, "\(repaired): the check should pass, got \(overall)")
        }
    }

    /// The export carries the masks, so another tool can redo the fixed-mask check: the network in the export,
    /// run through those masks, gives the exported cost.
    @Test func theDropoutCheckExportsTheMasksItsCostWasComputedWith() throws {
        let frame = try run(DropoutGradientCheck(), ["fix-mask=on"])
        guard case .object(let members)? = frame.details,
              case .array(let exported)? = members.first(where: { $0.0 == "dropout_masks" })?.1,
              case .number(let cost)? = members.first(where: { $0.0 == "cost" })?.1 else {
            Issue.record("no dropout_masks or cost in the details")
            return
        }
        let lab = try GradientCheckingLab(layerSizes: [4, 5, 3, 1], hidden: .tanh, initializer: .xavierNormal, seed: 1)
        let masks = try exported.map { rows -> Matrix in
            guard case .array(let rows) = rows else { throw DLCoreError.invalidConfiguration("mask is not rows") }
            return try Matrix(rows.map { row -> [Double] in
                guard case .array(let numbers) = row else { return [] }
                return numbers.compactMap { if case .number(let n) = $0 { n } else { nil } }
            })
        }
        #expect(masks.map(\.rows) == [5, 3])
        #expect(masks.allSatisfy { $0.columns == lab.x.columns && $0.storage.allSatisfy { $0 == 0 || abs($0 - 1 / 0.8) < 1e-12 } })
        let recomputed = try lab.network.cost(lab.x, lab.y, masks: DropoutMasks(masks: masks + [nil]))
        #expect(abs(recomputed - cost) <= 1e-12 * abs(cost), "cost with the exported masks \(recomputed), exported \(cost)")
        let unmasked = try lab.network.cost(lab.x, lab.y)
        #expect(abs(unmasked - cost) > 1e-6, "the masks must matter for the check to test them")
    }

    @Test func wrongTanhDerivativePassesAtInitializationAndFailsAfterTraining() throws {
        let check = AfterTrainingCheck()
        let bugged = try run(check)
        let atInit = try #require(value(bugged, "difference_at_init"))
        let afterTraining = try #require(value(bugged, "difference_after_training"))
        #expect(atInit < 1e-6, "with z ≈ 0 the wrong derivative hides, got \(atInit)")
        #expect(afterTraining >= 1e-3, "after training it shows, got \(afterTraining)")

        let correct = try run(check, ["bug=none"])
        let differences = try #require(correct.figures.first.flatMap { figure -> [Double]? in
            if case .line(let chart) = figure { chart.series.first?.y } else { nil }
        })
        #expect(differences.count == AfterTrainingCheck.checkCount + 1)
        #expect(differences.allSatisfy { $0 < 1e-6 }, "a correct backprop passes throughout, got \(differences.max() ?? .nan)")
    }

    @Test func bugLabIsDeterministic() throws {
        let first = try run(ComponentsBugLab(), ["bug=both"], seed: 7)
        let second = try run(ComponentsBugLab(), ["bug=both"], seed: 7)
        #expect(first.findings.map(\.values) == second.findings.map(\.values))
        #expect(first.details == second.details)
    }
}
