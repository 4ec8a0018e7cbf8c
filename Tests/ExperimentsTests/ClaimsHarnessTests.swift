import Course
import Localization
import Testing
@testable import Experiments

/// The claims harness of issue 13: every experiment of the catalog, at 20 seeds at its defaults and at a few seeds
/// at every point of a knob grid (each lesson preset, both ends of each knob's range), must make only claims its
/// own numbers support. A label that is true at the default seed and false at another is a failing test.
@Suite struct ClaimsHarnessTests {
    @Test(arguments: ClaimsGrid.cases())
    func everyClaimHoldsForTheValuesItWasMadeFrom(_ point: ClaimsGrid.Point) throws {
        let experiment = try #require(ExperimentCatalog.experiment(id: point.id))
        for seed in point.seeds {
            let frame = try experiment.run(point.assignments, seed: seed, language: .en)
            let place = "\(point.id) --seed \(seed)" + point.assignments.map { " --set \($0)" }.joined()
            #expect(!frame.findings.isEmpty, "\(place) ends with no finding")
            #expect(frame.progress == 1, "\(place) ends at progress \(frame.progress)")
            for finding in frame.findings {
                // A number that was never a number reaches the student as Swift prints it ("typical nan"); the
                // words for a diverged run say "NaN or ∞" on purpose.
                #expect(finding.text.firstMatch(of: /\b(nan|inf)\b/) == nil, "\(place): an unformatted non-number in “\(finding.text)”")
                for problem in ClaimsInventory.problems(finding) {
                    Issue.record("\(place): \(problem)")
                }
                for claim in finding.claims {
                    let holds = claim.holds(in: finding.values)
                    let read = claim.valueNames.map { "\($0) = \(finding.values[$0].map { "\($0)" } ?? "missing")" }
                    #expect(holds == true, "\(place): \(claim.formula) is \(holds.map { "\($0)" } ?? "unreadable") (\(read.joined(separator: ", "))) in “\(finding.text)”")
                }
            }
            for problem in ClaimsTheory.problems(id: point.id, frame: frame) {
                Issue.record("\(place): \(problem)")
            }
        }
    }

    /// The grid is what the harness promises: 20 seeds at every experiment's defaults, every lesson preset, both
    /// ends of every number knob and every choice of every choice knob.
    @Test func theGridCoversEveryExperimentAtTwentySeedsAndEveryPreset() throws {
        let points = ClaimsGrid.cases()
        for experiment in ExperimentCatalog.all {
            let own = points.filter { $0.id == experiment.id }
            let defaultSeeds = Set(own.filter { $0.assignments.isEmpty }.flatMap(\.seeds))
            #expect(defaultSeeds.count >= 20, "\(experiment.id) runs at \(defaultSeeds.count) seeds at its defaults")
            for knob in experiment.knobs {
                for value in ClaimsGrid.extremes(of: knob) {
                    #expect(own.contains { $0.assignments.contains("\(knob.id)=\(value)") }, "\(experiment.id) never runs \(knob.id)=\(value)")
                }
            }
        }
        let presets = try ClaimsGrid.lessonPresets()
        #expect(!presets.isEmpty)
        for (id, settings) in presets {
            for assignments in settings {
                #expect(points.contains { $0.id == id && $0.assignments == assignments }, "\(id) never runs the preset \(assignments)")
            }
        }
    }
}

/// Every finding states what it claims, or says why it claims nothing: a sentence that compares or labels carries
/// claims on its values; one that only reports numbers is `Finding.descriptive(_:values:because:)`, with the reason,
/// and its tone is `.info` (a coloured tone is itself a verdict). So a new verdict cannot be added without its claim.
enum ClaimsInventory {
    static func problems(_ finding: Finding) -> [String] {
        switch (finding.claims.isEmpty, finding.descriptive) {
        case (true, nil):
            ["no claim and no descriptive reason (\(finding.tone)) in “\(finding.text)”"]
        case (false, _?):
            ["both claims and a descriptive reason in “\(finding.text)”"]
        case (true, let reason?) where reason.isEmpty || finding.tone != .info:
            ["descriptive with tone \(finding.tone) and reason “\(reason)” in “\(finding.text)”"]
        default:
            []
        }
    }
}

/// The knob settings and seeds the harness runs.
enum ClaimsGrid {
    /// One parameterized case: an experiment at one setting, over a few seeds.
    struct Point: Sendable, CustomTestStringConvertible {
        let id: String
        let assignments: [String]
        let seeds: [UInt64]
        var testDescription: String {
            "\(id) [\(assignments.isEmpty ? "defaults" : assignments.joined(separator: ", "))] seeds \(seeds.map { "\($0)" }.joined(separator: ","))"
        }
    }

    /// 20 seeds at the defaults, cut into cases of five so that the two cores share them evenly.
    static let defaultSeeds: [UInt64] = Array(1...20)
    static let defaultSeedsPerCase = 5
    /// Every other grid point runs at this many seeds, different at every point, so that the grid as a whole
    /// also covers many seeds (the budget: the whole harness under two minutes on two cores, debug build).
    static let seedsPerGridPoint = 2

    static func cases() -> [Point] {
        let presets = (try? lessonPresets()) ?? [:]
        var points: [Point] = []
        for experiment in ExperimentCatalog.all {
            for start in stride(from: 0, to: defaultSeeds.count, by: defaultSeedsPerCase) {
                points.append(Point(id: experiment.id, assignments: [],
                                    seeds: Array(defaultSeeds[start..<min(start + defaultSeedsPerCase, defaultSeeds.count)])))
            }
            var settings: [[String]] = presets[experiment.id] ?? []
            for knob in experiment.knobs {
                settings += extremes(of: knob).map { ["\(knob.id)=\($0)"] }
            }
            var seen: Set<[String]> = [[]]
            for assignments in settings where seen.insert(assignments).inserted {
                let first = 100 + UInt64(points.count) * UInt64(seedsPerGridPoint)
                points.append(Point(id: experiment.id, assignments: assignments,
                                    seeds: (0..<UInt64(seedsPerGridPoint)).map { first + $0 }))
            }
        }
        return points
    }

    /// Both ends of a number knob's range, every choice of a choice knob, both states of a toggle.
    static func extremes(of knob: Knob) -> [String] {
        switch knob.kind {
        case let .number(range, _, _): [KnobValue.format(range.lowerBound), KnobValue.format(range.upperBound)]
        case let .integer(range, _): [KnobValue.format(Double(range.lowerBound)), KnobValue.format(Double(range.upperBound))]
        case let .choice(choices): choices
        case .toggle: ["off", "on"]
        }
    }

    /// Every setting the shipped lessons start an experiment from or offer as a preset, by experiment id (the
    /// Chinese pages carry the same presets: the linter checks it). A named preset applies over the page's own.
    static func lessonPresets() throws -> [String: [[String]]] {
        let course = try CourseLoader.loadShipped(language: .en, environment: [:])
        var presets: [String: [[String]]] = [:]
        for lesson in course.lessons {
            for page in lesson.pages {
                guard let embed = page.experiment else { continue }
                let base = embed.assignments
                if !base.isEmpty { presets[embed.experimentID, default: []].append(base) }
                for named in embed.namedPresets {
                    let names = Set(named.settings.map(\.name))
                    let merged = embed.presets.filter { !names.contains($0.name) }.map(\.assignment) + named.settings.map(\.assignment)
                    presets[embed.experimentID, default: []].append(merged)
                }
            }
        }
        return presets
    }
}
