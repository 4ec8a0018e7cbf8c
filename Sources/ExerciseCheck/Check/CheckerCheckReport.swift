import Experiments
import FoundationEssentials
import TextSupport

/// How a student's gradient checker did against dltutor's own, round by round.
public struct CheckerCheckReport: Sendable {
    let rounds: [CheckerCheck.Round]

    /// The checker's numerical gradient may differ from dltutor's by this much per array (rounding
    /// in two implementations of the same cost), and its relative difference from the formula by this
    /// share.
    static let numericTolerance = 1e-5
    static let differenceTolerance = 1e-3

    func numericAgrees(_ round: CheckerCheck.Round) -> Bool {
        round.numericComparison.segments.allSatisfy { $0.relativeDifference < CheckerCheckReport.numericTolerance }
    }

    func differenceAgrees(_ round: CheckerCheck.Round) -> Bool {
        abs(round.reportedDifference - round.expectedDifference) <= CheckerCheckReport.differenceTolerance * round.expectedDifference + 1e-12
    }

    public var passed: Bool { rounds.allSatisfy { numericAgrees($0) && differenceAgrees($0) } }

    /// The arrays where the checker's numerical gradient is off, by round.
    public var failingArrays: [String] {
        Array(Set(rounds.flatMap { $0.numericComparison.segments.filter { !($0.relativeDifference < CheckerCheckReport.numericTolerance) }.map(\.name) })).sorted()
    }

    public var frame: Frame {
        var rows: [[String]] = []
        var findings: [Finding] = []
        for round in rounds {
            let what = "ε = \(round.epsilon)" + (round.planted.map { ", backprop with d\($0) doubled" } ?? ", true backprop")
            for segment in round.numericComparison.segments {
                rows.append([what, segment.name, scientific(segment.relativeDifference, 2),
                             segment.relativeDifference < CheckerCheckReport.numericTolerance ? "agrees" : "differs"])
            }
            if !numericAgrees(round) {
                let off = round.numericComparison.segments.filter { !($0.relativeDifference < CheckerCheckReport.numericTolerance) }
                findings.append(Finding("At \(what): your numerical gradient differs from two-sided differences (J(θ+ε) − J(θ−ε))/2ε in "
                    + off.map(\.name).joined(separator: ", ") + (round.epsilon > 1e-5 ? " (one-sided differences are off by about ε here)" : "")
                    + ". Perturb one component at a time, both ways, and put it back.", tone: .bad))
            }
            if differenceAgrees(round) {
                findings.append(Finding("At \(what): your relative difference \(scientific(round.reportedDifference, 3)) "
                    + "is ‖n − a‖/(‖n‖ + ‖a‖) of your gradients.", tone: .good))
            } else {
                findings.append(Finding("At \(what): your relative difference is \(scientific(round.reportedDifference, 3)), "
                    + "but ‖n − a‖/(‖n‖ + ‖a‖) of your numerical gradient n and the backprop a sent is "
                    + "\(scientific(round.expectedDifference, 3)): use the 2-norm of the whole vectors.", tone: .bad))
            }
        }
        findings.insert(Finding(passed ? "Your gradient checker agrees with dltutor's on a network whose gradients are known."
                                       : "Your gradient checker does not agree with dltutor's yet.", tone: passed ? .good : .bad), at: 0)
        let details = JSONValue.object([
            ("kind", .string("checker")),
            ("passed", .bool(passed)),
            ("rounds", .array(rounds.map { round in
                .object([("epsilon", .number(round.epsilon)), ("planted", round.planted.map { .string("d\($0) doubled") } ?? .null),
                         ("reported_relative_difference", .number(round.reportedDifference)),
                         ("expected_relative_difference", .number(round.expectedDifference))]
                        + round.numericComparison.detailsMembers().filter { $0.0 != "components" })
            })),
        ])
        return Frame(tables: [ResultTable(title: "Your numerical gradient against dltutor's",
                                          columns: ["round", "array", "relative difference", ""], rows: rows)],
                     findings: findings, progress: 1, details: details)
    }
}

private func scientific(_ value: Double, _ digits: Int) -> String { String(printf: "%.\(digits)e", value) }
