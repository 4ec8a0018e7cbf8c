import Course
import Localization
import Testing
@testable import Experiments

/// Issue 13: the lesson texts quote only numbers their experiments produce. Every `quote` line of the shipped
/// course (see Lessons/FORMAT.md) names a finding's value and the literal the page writes; this runs the page's
/// experiment with the page's settings (and the quote's preset) at the default seed and at other seeds a student
/// reaches with `--seed`, and checks the value against the literal within the tolerance the text states. That
/// every number of such a page is a quote or a declared fact is the linter's part (`ShippedCourseTests`).
@Suite struct LessonQuoteTests {
    /// The default seed and nine others (every quoted setting at ten seeds: about 4 s in the debug build).
    static let seeds: [UInt64] = Array(1...10)

    @Test(arguments: try LessonQuoteRuns.cases())
    func everyQuoteHoldsAtEverySeed(_ run: LessonQuoteRuns.Run) throws {
        let experiment = try #require(ExperimentCatalog.experiment(id: run.experimentID))
        for seed in Self.seeds {
            let frame = try experiment.run(run.assignments, seed: seed, language: .en)
            for (place, quote) in run.quotes {
                let where_ = "\(place) line \(quote.line), \(run.experimentID) --seed \(seed)"
                    + run.assignments.map { " --set \($0)" }.joined()
                guard let value = frame.findingValue(quote.valueName) else {
                    Issue.record("\(where_): no finding carries the value \(quote.valueName) (quoted as \"\(quote.literal)\")")
                    continue
                }
                let inTextUnits = LessonQuoteRuns.fraction(value, named: quote.valueName)
                #expect(quote.holds(for: inTextUnits),
                        "\(where_): the text says \(quote.valueName) is \"\(quote.literal)\" (\(quote.tolerance.description)) but the run gives \(inTextUnits)")
            }
        }
    }

    /// The check is not empty: the grouping keeps every quote of the shipped course, among them the ε page's
    /// floors (the figures issue 13 found wrong).
    @Test func theShippedCourseQuotesItsRuns() throws {
        let quotes = try LessonQuoteRuns.cases().flatMap(\.quotes)
        let declared = try CourseLoader.loadShipped(language: .en, environment: [:]).lessons
            .flatMap(\.pages).compactMap(\.experiment).flatMap(\.quotes)
        #expect(!quotes.isEmpty)
        #expect(quotes.count == declared.count)
        let floors = quotes.filter { $0.place == "gradient-checking#error-order" }.map(\.quote.valueName)
        #expect(Set(floors).isSuperset(of: ["best_two_sided_epsilon", "best_two_sided_error", "best_one_sided_epsilon", "best_one_sided_error"]))
    }

    @Test func percentValuesAreReadAsFractions() {
        #expect(LessonQuoteRuns.fraction(98, named: "dev_accuracy_percent") == 0.98)
        #expect(LessonQuoteRuns.fraction(12.5, named: "change_points") == 0.125)
        #expect(LessonQuoteRuns.fraction(0.98, named: "dev_accuracy") == 0.98)
    }
}

/// The quotes of the shipped course, grouped by the run they read (one experiment at one setting), so that each
/// run is made once per seed. The English pages carry the quotes; the linter keeps the Chinese ones identical.
enum LessonQuoteRuns {
    struct Run: Sendable, CustomTestStringConvertible {
        let experimentID: String
        let assignments: [String]
        /// Each quote with where it is written (`gradient-checking#error-order`).
        let quotes: [(place: String, quote: Quote)]
        var testDescription: String {
            "\(experimentID) [\(assignments.isEmpty ? "defaults" : assignments.joined(separator: ", "))] \(quotes.count) quote(s)"
        }
    }

    static func cases() throws -> [Run] {
        let course = try CourseLoader.loadShipped(language: .en, environment: [:])
        var runs: [Run] = []
        for lesson in course.lessons {
            for page in lesson.pages {
                guard let embed = page.experiment else { continue }
                for quote in embed.quotes {
                    let assignments = embed.assignments(for: quote)
                    let entry = (place: "\(lesson.id)#\(page.id)", quote: quote)
                    if let index = runs.firstIndex(where: { $0.experimentID == embed.experimentID && $0.assignments == assignments }) {
                        runs[index] = Run(experimentID: embed.experimentID, assignments: assignments, quotes: runs[index].quotes + [entry])
                    } else {
                        runs.append(Run(experimentID: embed.experimentID, assignments: assignments, quotes: [entry]))
                    }
                }
            }
        }
        return runs
    }

    /// A finding's value in the unit lesson literals are read in: findings name values kept in percent or
    /// percentage points `…_percent` or `…_points` (`dev_accuracy_percent` = 98); the literal `98 %` is 0.98.
    static func fraction(_ value: Double, named name: String) -> Double {
        name.hasSuffix("_percent") || name.hasSuffix("_points") ? value / 100 : value
    }
}
