import DLCore
import Experiments
import FoundationEssentials
import TextSupport

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

    init(command: [String], epsilon: Double, parameters: [NamedArray], analytic: [NamedArray], numeric: [NamedArray], cost: Double,
         doubts: [Int: (reason: FiniteDifferenceDoubt, left: Double, right: Double)], bending: Set<Int>,
         warnings: [String], costEvaluations: Int, batched: Bool) {
        self.command = command
        self.epsilon = epsilon
        self.parameters = parameters
        self.analytic = analytic
        self.numeric = numeric
        self.cost = cost
        self.costEvaluations = costEvaluations
        self.batched = batched
        self.warnings = warnings
        let layout = ArrayLayout(parameters)
        var analyticVector = layout.vector(analytic), numericVector = layout.vector(numeric)
        var kinks: [Kink] = []
        for (index, doubt) in doubts.sorted(by: { $0.key < $1.key }) {
            let segment = analyticVector.segment(containing: index)!
            let a = layout.entries.firstIndex { $0.name == segment.name }!
            kinks.append(Kink(name: analytic[a].componentName(index - segment.range.lowerBound), array: segment.name, index: index,
                              reason: doubt.reason, backprop: analyticVector.values[index], leftSlope: doubt.left, rightSlope: doubt.right))
            // Left out of every difference: 0 on both sides adds nothing to ‖n − a‖, ‖n‖ or ‖a‖.
            analyticVector.values[index] = 0
            numericVector.values[index] = 0
        }
        self.kinks = kinks
        // As DLCore's check counts them: set aside (but not for rounding), or on a cost that bends within the step.
        let untrusted = Set(doubts.filter { $0.value.reason != .rounding }.map(\.key)).union(bending).count
        comparison = GradientCheckingComparison(analytic: analyticVector, numeric: numericVector, isMeaningful: warnings.isEmpty,
                                                untrusted: untrusted)
        let cleanAnalytic = layout.entries.indices.map { NamedArray(name: analytic[$0].name, shape: analytic[$0].shape,
                                                                    values: Array(analyticVector.values[analyticVector.segments[$0].range])) }
        let cleanNumeric = layout.entries.indices.map { NamedArray(name: numeric[$0].name, shape: numeric[$0].shape,
                                                                   values: Array(numericVector.values[numericVector.segments[$0].range])) }
        hint = comparison.verdict == .bug || comparison.verdict == .lookCloser
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
        (verdict == .great || verdict == .lookCloser) && failingArrays.isEmpty
    }

    /// The relative difference of one array.
    public func difference(of array: String) -> Double { comparison.difference(of: array) }

    /// What the bug lab shows: per-array bars in the verdict bands, the worst components, the verdict,
    /// kinks set aside, the hint; details for `--json`.
    public var frame: Frame {
        var findings = comparison.verdictFindings(language: .en)
        if !kinks.isEmpty {
            let count = { (reason: FiniteDifferenceDoubt) in kinks.filter { $0.reason == reason }.count }
            let shown = kinks.filter { $0.reason == .kink }.prefix(3).map {
                "\($0.name) (slopes \(short($0.leftSlope)) and \(short($0.rightSlope)), backprop \(short($0.backprop)))"
            }
            findings.append(Finding("Set aside: \(count(.kink)) at a kink of the cost, \(count(.unstable)) unstable between ε and ε/2, "
                + "\(count(.rounding)) within rounding" + (shown.isEmpty ? "." : ": " + shown.joined(separator: ", ") + (count(.kink) > 3 ? ", …" : "") + "."),
                tone: .info, values: ["set_aside": Double(kinks.count)]))
        }
        if verdict == .inconclusive {
            findings.append(Finding("Over a tenth of the components cross a kink or change with the step at ε = \(epsilon): "
                + "the check cannot tell. Use a smaller ε (the course uses 1e-7).", tone: .bad))
        }
        for warning in warnings { findings.append(Finding(warning, tone: .bad)) }
        if let hint { findings.append(Finding("Hint: " + hint.text, tone: .warning)) }
        return Frame(figures: [.bar(comparison.barChart(language: .en))], tables: [comparison.worstTable(count: 5, language: .en)],
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
            ("set_aside", .array(kinks.map { kink in
                .object([("name", .string(kink.name)), ("reason", .string(kink.reason.rawValue)), ("backprop", .number(kink.backprop)),
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

    private func short(_ value: Double) -> String { String(printf: "%.4g", value) }
}
