import Testing
@testable import Experiments

/// The ε sweep says what its curves did — at every function, θ and density a student can set, and at
/// 20 seeds of the network sweep. (The floors the lesson quotes are `quote` lines of its page, checked by
/// `LessonQuoteTests`.)
@Suite struct EpsilonSweepTests {
    static let thetas = stride(from: -2.0, through: 2.0, by: 0.25).map { $0 }

    /// 4 functions × 17 θ × 10 densities (680 sweeps of a formula, well under a second).
    @Test func scalarFindingsHoldAtEveryKnobValue() throws {
        for function in ScalarFunction.allCases {
            for theta in Self.thetas {
                for density in 1...10 {
                    let frame = try EpsilonSweep().run(["function=\(function.rawValue)", "theta=\(theta)",
                                                        "points-per-decade=\(density)"])
                    let where_ = "\(function) θ=\(theta) ppd=\(density)"
                    #expect(brokenClaims(frame).isEmpty, "\(where_): \(brokenClaims(frame))")
                    let rounding = try #require(finding(frame, carrying: "two_sided_rise_decades"))
                    let oneRise = try #require(rounding.values["one_sided_rise_decades"])
                    let twoRise = try #require(rounding.values["two_sided_rise_decades"])
                    if function.value(theta) == 0 {
                        // f(θ) = 0: rounding shrinks with ε, nothing grows, and the text says so.
                        #expect(oneRise < 1 && twoRise < 1, "\(where_)")
                        #expect(rounding.text.hasPrefix("Neither"), "\(where_): \(rounding.text)")
                    } else {
                        #expect(oneRise >= 1 && twoRise >= 1, "\(where_): rises \(oneRise), \(twoRise)")
                        #expect(rounding.text.contains("both errors grow again"), "\(where_): \(rounding.text)")
                        // The trend's two-sided floor lies in the range the lesson recommends for a check.
                        let floor = try #require(frame.findingValue("best_two_sided_epsilon"))
                        #expect((1e-7...1e-4).contains(floor), "\(where_): two-sided floor at ε=\(floor)")
                    }
                    // The trend never claims a floor below what was measured.
                    let lowest = try #require(frame.findingValue("lowest_two_sided_point"))
                    #expect(try #require(frame.findingValue("best_two_sided_error")) >= lowest, "\(where_)")
                }
            }
        }
    }

    @Test func cubeAtZeroDoesNotGrowAgain() throws {
        let frame = try EpsilonSweep().run(["function=cube", "theta=0"])
        let text = try #require(finding(frame, carrying: "two_sided_rise_decades")).text
        #expect(text.hasPrefix("Neither error grows again"), "\(text)")
        #expect(!frame.findings.contains { $0.text.contains("both errors grow again") })
    }

    /// 20 seeds at the default density, 5 at each end of its range (about 5 s on one core).
    @Test func networkFindingsHoldAtTwentySeeds() throws {
        let runs = (UInt64(1)...20).map { ($0, 4) } + (UInt64(1)...5).flatMap { [($0, 1), ($0, 10)] }
        for (seed, density) in runs {
            do {
                let frame = try EpsilonSweep().run(["function=network", "points-per-decade=\(density)"], seed: seed)
                #expect(brokenClaims(frame).isEmpty, "seed \(seed) ppd \(density): \(brokenClaims(frame))")
                let text = try #require(finding(frame, carrying: "two_sided_rise_decades")).text
                #expect(text.contains("both differences grow again"), "seed \(seed): \(text)")
                #expect(try #require(frame.findingValue("two_sided_difference_at_usual_epsilon")) < 1e-7, "seed \(seed)")
                let floor = try #require(frame.findingValue("best_two_sided_epsilon"))
                #expect((1e-7...1e-4).contains(floor), "seed \(seed): two-sided floor at ε=\(floor)")
            }
        }
    }
}
