import DLCore
import Experiments
import Foundation

/// The gradient check of a student's program: backprop against two-sided differences of its own cost,
/// overall and per array, with kinks set aside and a hint when the pattern is recognisable. Shown
/// with the bug lab's bars, bands, worst components and export.
public struct ProgramCheckReport: Sendable {
    public let command: [String]
    public let epsilon: Double
    public let parameters: [NamedArray]
    /// The program's backprop.
    public let analytic: [NamedArray]
    /// Two-sided differences of the program's cost.
    public let numeric: [NamedArray]
    public let cost: Double
    public let kinks: [Kink]
    /// Backprop against the numerical gradient with the kinks left out (both set to 0 there).
    public let comparison: GradientCheckingComparison
    public let hint: MistakeHint?
    /// Problems that make the numbers untrustworthy (a cost that changes between calls).
    public let warnings: [String]
    public let costEvaluations: Int
    /// Whether the program answered `costs` (batched) or was asked one cost at a time.
    public let batched: Bool

    /// At most this share of the components may be kinks; more means the cost is not a smooth function
    /// of the parameters at all (a new random mask at every call), and nothing is set aside.
    static let kinkShareLimit = 0.25

    init(command: [String], epsilon: Double, parameters: [NamedArray], analytic: [NamedArray], numeric: [NamedArray],
         cost: Double, kinks rawKinks: [Int: (left: Double, right: Double)], warnings: [String], costEvaluations: Int, batched: Bool) {
        self.command = command
        self.epsilon = epsilon
        self.parameters = parameters
        self.analytic = analytic
        self.numeric = numeric
        self.cost = cost
        self.costEvaluations = costEvaluations
        self.batched = batched
        let layout = ArrayLayout(parameters)
        var analyticVector = layout.vector(analytic), numericVector = layout.vector(numeric)
        let total = analyticVector.count
        var notes = warnings
        var kinks: [Kink] = []
        if Double(rawKinks.count) > ProgramCheckReport.kinkShareLimit * Double(total) {
            notes.append("\(rawKinks.count) of \(total) components have a cost that is not smooth within ±ε = \(epsilon): "
                + "is ε too large (the course uses 1e-7), or does the cost change from one call to the next "
                + "(a new random dropout mask at every call)? Fix the mask (or the seed) while checking.")
        } else {
            for (index, slopes) in rawKinks.sorted(by: { $0.key < $1.key }) {
                let segment = analyticVector.segment(containing: index)!
                let a = layout.entries.firstIndex { $0.name == segment.name }!
                kinks.append(Kink(name: analytic[a].componentName(index - segment.range.lowerBound), array: segment.name, index: index,
                                  backprop: analyticVector.values[index], leftSlope: slopes.left, rightSlope: slopes.right))
                analyticVector.values[index] = 0
                numericVector.values[index] = 0
            }
        }
        self.kinks = kinks
        self.warnings = notes
        comparison = GradientCheckingComparison(analytic: analyticVector, numeric: numericVector, isMeaningful: notes.isEmpty)
        let cleanAnalytic = layout.entries.indices.map { NamedArray(name: analytic[$0].name, shape: analytic[$0].shape,
                                                                    values: Array(analyticVector.values[analyticVector.segments[$0].range])) }
        let cleanNumeric = layout.entries.indices.map { NamedArray(name: numeric[$0].name, shape: numeric[$0].shape,
                                                                   values: Array(numericVector.values[numericVector.segments[$0].range])) }
        hint = notes.isEmpty
            ? MistakeHint.find(analytic: cleanAnalytic, numeric: cleanNumeric, parameters: parameters,
                               differences: comparison.segments.map(\.relativeDifference))
            : nil
    }

    public var verdict: GradientCheckVerdict { comparison.verdict }

    /// The arrays at or above the bug band.
    public var failingArrays: [String] {
        comparison.segments.filter { !($0.relativeDifference < MistakeHint.failing) }.map(\.name)
    }

    /// Passes when the overall difference is below the bug band and no array is in it.
    public var passed: Bool {
        comparison.isMeaningful && verdict != .bug && failingArrays.isEmpty
    }

    /// The relative difference of one array.
    public func difference(of array: String) -> Double { comparison.difference(of: array) }

    /// What the bug lab shows: per-array bars in the verdict bands, the worst components, the verdict,
    /// kinks set aside, the hint; details for `--json`.
    public var frame: Frame {
        var findings = comparison.verdictFindings()
        if !kinks.isEmpty {
            let shown = kinks.prefix(3).map { "\($0.name) (left slope \(short($0.leftSlope)), right \(short($0.rightSlope)), backprop \(short($0.backprop)))" }
            findings.append(Finding("\(kinks.count) kink\(kinks.count == 1 ? "" : "s") set aside (the cost bends within ±ε there): "
                + shown.joined(separator: ", ") + (kinks.count > 3 ? ", …" : "") + ".", tone: .info,
                values: ["kinks": Double(kinks.count)]))
        }
        for warning in warnings { findings.append(Finding(warning, tone: .bad)) }
        if let hint { findings.append(Finding("Hint: " + hint.text, tone: .warning)) }
        return Frame(figures: [.bar(comparison.barChart())], tables: [comparison.worstTable(count: 5)],
                     findings: findings, progress: 1, details: details)
    }

    /// The bug lab's export: the arrays, both gradients by name, the differences, the verdict; then the
    /// kinks and the hint.
    public var details: JSONValue {
        let members: [(String, JSONValue)] = [
            ("command", .array(command.map { .string($0) })),
            ("protocol_version", .number(1)),
            ("epsilon", .number(epsilon)),
            ("method", .string("two-sided")),
            ("cost", .number(cost)),
            ("parameters", .object(parameters.map { ($0.name, $0.json) })),
        ]
        let kinkMembers: [(String, JSONValue)] = [
            ("kinks", .array(kinks.map { kink in
                .object([("name", .string(kink.name)), ("backprop", .number(kink.backprop)),
                         ("left_slope", .number(kink.leftSlope)), ("right_slope", .number(kink.rightSlope))])
            })),
            ("hint", hint.map { .string($0.text) } ?? .null),
            ("warnings", .array(warnings.map { .string($0) })),
            ("passed", .bool(passed)),
            ("cost_evaluations", .number(Double(costEvaluations))),
            ("batched", .bool(batched)),
        ]
        // Both gradients as the program and the differences gave them; the differences without the kinks.
        let layout = ArrayLayout(parameters)
        let raw = GradientCheckingComparison(analytic: layout.vector(analytic), numeric: layout.vector(numeric)).detailsMembers()
        let gradientKeys: Set = ["analytic_gradients", "numerical_gradients"]
        return .object(members + raw.filter { gradientKeys.contains($0.0) }
            + comparison.detailsMembers().filter { !gradientKeys.contains($0.0) } + kinkMembers)
    }

    private func short(_ value: Double) -> String { String(format: "%.4g", value) }
}
