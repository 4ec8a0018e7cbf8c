import DLCore
import FoundationEssentials
import TextSupport
import Localization
import TextCharts

/// Backpropagation's dθ beside the numerical dθ, compared the way the lesson teaches: one relative
/// difference ‖approx − dθ‖₂ / (‖approx‖₂ + ‖dθ‖₂) over all of θ, one per segment (W1, b1, …), and
/// one per component.
///
/// DLCore's `GradientCheckReport` does this for a check it ran itself; the experiments also compare
/// gradients that no single check produced (a check whose cost forgot the penalty against a backprop
/// that has it), so the comparison is computed here from the two vectors alone.
public struct GradientCheckingComparison: Sendable {
    public struct SegmentDifference: Sendable {
        public var name: String
        public var rows: Int
        public var columns: Int
        public var relativeDifference: Double
        public var verdict: GradientCheckVerdict
        public var shape: String { "\(rows)×\(columns)" }
    }

    public struct ComponentDifference: Sendable {
        /// e.g. "W2[1, 3]".
        public var name: String
        public var segment: String
        /// The component's position inside its segment, e.g. "[1, 3]".
        public var position: String
        public var analytic: Double
        public var numeric: Double
        /// |analytic − numeric| / (|analytic| + |numeric|), 0 when both are 0.
        public var relativeDifference: Double
        public var absoluteDifference: Double { abs(analytic - numeric) }
    }

    /// From backpropagation.
    public let analytic: ParameterVector
    /// From finite differences of the cost.
    public let numeric: ParameterVector
    /// False when the cost changed between evaluations (dropout with a fresh mask each time).
    public let isMeaningful: Bool
    /// Components whose finite difference cannot be trusted (a kink within the step): more than a tenth
    /// of them makes the verdict inconclusive.
    public let untrusted: Int
    public let overall: Double
    public let segments: [SegmentDifference]
    public let components: [ComponentDifference]
    /// Components left out of every difference because their finite difference straddles a kink or
    /// changes with the step (DLCore's `FiniteDifferenceDoubt`); `analytic` and `numeric` keep them.
    public private(set) var setAside: [SetAsideComponent] = []
    /// The gradients as computed, set-aside components included, for the export.
    private var exported: (analytic: ParameterVector, numeric: ParameterVector)?

    public init(analytic: ParameterVector, numeric: ParameterVector, isMeaningful: Bool = true, untrusted: Int = 0) {
        self.analytic = analytic
        self.numeric = numeric
        self.isMeaningful = isMeaningful
        self.untrusted = untrusted
        let overall = GradientCheckReport.relativeDifference(numeric.values[...], analytic.values[...])
        self.overall = overall
        let verdict = GradientCheckVerdict(relativeDifference: overall, isMeaningful: isMeaningful, untrusted: untrusted, of: analytic.count)
        segments = analytic.segments.map { segment in
            let difference = GradientCheckReport.relativeDifference(numeric.values[segment.range], analytic.values[segment.range])
            return SegmentDifference(name: segment.name, rows: segment.rows, columns: segment.columns,
                                     relativeDifference: difference,
                                     verdict: (isMeaningful ? GradientCheckVerdict(relativeDifference: difference) : .notMeaningful)
                                        .within(verdict))
        }
        components = analytic.segments.flatMap { segment in
            segment.range.map { index in
                let name = segment.componentName(index - segment.range.lowerBound)
                return ComponentDifference(
                    name: name, segment: segment.name, position: String(name.dropFirst(segment.name.count)),
                    analytic: analytic.values[index], numeric: numeric.values[index],
                    relativeDifference: GradientCheckReport.relativeDifference(numeric.values[index...index],
                                                                               analytic.values[index...index]))
            }
        }
    }

    /// The comparison of a check DLCore ran: components at a kink or unstable are left out of every
    /// difference (0 on both sides adds nothing to ‖n − a‖, ‖n‖ or ‖a‖) and named in the findings.
    public init(report: GradientCheckReport) {
        let doubtful = report.setAside.filter { $0.reason != .rounding }
        var analytic = report.analytic, numeric = report.numeric
        for item in doubtful {
            analytic.values[item.component.index] = 0
            numeric.values[item.component.index] = 0
        }
        self.init(analytic: analytic, numeric: numeric, isMeaningful: report.isMeaningful, untrusted: report.untrustedCount)
        setAside = doubtful
        if !doubtful.isEmpty { exported = (report.analytic, report.numeric) }
    }

    public var verdict: GradientCheckVerdict {
        GradientCheckVerdict(relativeDifference: overall, isMeaningful: isMeaningful, untrusted: untrusted, of: analytic.count)
    }

    /// The relative difference of one segment ("W2"), NaN if there is none.
    public func difference(of segment: String) -> Double {
        segments.first { $0.name == segment }?.relativeDifference ?? .nan
    }

    /// The components where the two gradients differ most in absolute value, worst first (a bug in
    /// a few components hides in a small overall number, but not here).
    public func worstComponents(_ count: Int) -> [ComponentDifference] {
        Array(components.enumerated().sorted {
            $0.element.absoluteDifference != $1.element.absoluteDifference
                ? $0.element.absoluteDifference > $1.element.absoluteDifference : $0.offset < $1.offset
        }.prefix(count).map(\.element))
    }

    // MARK: - What a student sees

    /// Networks with at most this many parameters get one bar per component under each segment;
    /// larger ones one bar per segment, so every segment stays on screen.
    static let componentBarLimit = 20

    /// One group per segment on a log scale, coloured by the gradient-check bands. No title by
    /// default: at 80×24 that row is worth more as a bar, and the knob line names the settings.
    public func barChart(title: String = "", language: Language) -> BarChart {
        let perComponent = components.count <= GradientCheckingComparison.componentBarLimit
        let groups = segments.map { segment in
            let bars = perComponent
                ? components.filter { $0.segment == segment.name }.map { Bar($0.position, $0.relativeDifference) }
                : [Bar(segment.shape, segment.relativeDifference)]
            return BarGroup(segment.name, bars: bars)
        }
        return BarChart(title: title, groups: groups, scale: .log, range: 1e-12...1,
                        bands: language.experimentStrings.gradientCheckBands)
    }

    public func worstTable(count: Int, language: Language) -> ResultTable {
        let strings = language.experimentStrings
        return ResultTable(
            title: strings.worstComponentsTitle,
            columns: strings.worstComponentsColumns,
            rows: worstComponents(count).map {
                [$0.name, NumberText.scientific($0.analytic, 4), NumberText.scientific($0.numeric, 4), NumberText.scientific($0.absoluteDifference, 2),
                 NumberText.scientific($0.relativeDifference, 2)]
            })
    }

    /// The findings every check shares, one short line each (at 80×24 every finding line costs a
    /// bar): the overall verdict with the segments that fail, and the worst component.
    public func verdictFindings(language: Language) -> [Finding] {
        let strings = language.experimentStrings
        let verdict = self.verdict
        let tone: Finding.Tone = switch verdict {
        case .great: .good
        case .lookCloser: .warning
        case .bug, .notMeaningful, .inconclusive: .bad
        }
        var values = ["relative_difference": overall]
        for segment in segments { values["difference_\(segment.name)"] = segment.relativeDifference }
        let failing = segments.filter { $0.relativeDifference >= GradientCheckVerdict.bugAtOrAbove || !$0.relativeDifference.isFinite }
        let differences = failing.map(\.relativeDifference)
        let segmentText: String
        if verdict == .inconclusive {
            segmentText = strings.cannotJudge
        } else if failing.isEmpty {
            let largest = segments.max { $0.relativeDifference < $1.relativeDifference }
            segmentText = strings.allSegmentsPass(segments.count, largest?.name ?? "?", NumberText.scientific(largest?.relativeDifference ?? .nan, 1))
        } else if failing.count == segments.count {
            segmentText = strings.allSegmentsFail(segments.count, NumberText.fixed(differences.min() ?? .nan, 4),
                                                  NumberText.fixed(differences.max() ?? .nan, 4))
        } else {
            segmentText = strings.failingSegments(failing.map { "\($0.name) \(NumberText.fixed($0.relativeDifference, 4))" })
        }
        // The verdict as claims on the difference it was read from (kinks set aside), against DLCore's thresholds.
        values["great_below"] = GradientCheckVerdict.greatBelow
        values["bug_at_or_above"] = GradientCheckVerdict.bugAtOrAbove
        values["meaningful"] = isMeaningful ? 1 : 0
        values["untrusted_share"] = Double(untrusted) / Double(max(analytic.count, 1))
        var claims: [Claim] = switch verdict {
        case .great: [.less("relative_difference", than: "great_below")]
        case .lookCloser: [.atLeast("relative_difference", GradientCheckVerdict.greatBelow), .less("relative_difference", than: "bug_at_or_above")]
        case .bug: [.atLeast("relative_difference", GradientCheckVerdict.bugAtOrAbove)]
        case .notMeaningful: [.atMost("meaningful", 0)]
        case .inconclusive: [.atLeast("untrusted_share", GradientCheckVerdict.inconclusiveShare)]
        }
        // The segments named as failing fail; "all pass" means none reaches the bug threshold.
        if verdict != .inconclusive {
            claims += failing.isEmpty
                ? segments.map { .less("difference_\($0.name)", than: "bug_at_or_above") }
                : failing.map { .atLeast("difference_\($0.name)", GradientCheckVerdict.bugAtOrAbove) }
        }
        var findings = [Finding(strings.overallVerdict(NumberText.scientific(overall, 1), strings.verdict(verdict), segmentText),
                                tone: tone, values: values, claims: claims)]
        if !setAside.isEmpty {
            let kinks = setAside.filter { $0.reason == .kink }.count
            let names = setAside.prefix(3).map(\.component.name).joined(separator: ", ") + (setAside.count > 3 ? ", …" : "")
            let text = strings.setAside(setAside.count, analytic.count, allKinks: kinks == setAside.count, names)
            var values = ["set_aside": Double(setAside.count), "kinks": Double(kinks), "untrusted": Double(untrusted),
                          "untrusted_share": Double(untrusted) / Double(max(analytic.count, 1))]
            values["components"] = Double(analytic.count)
            // The warning tone says "too many to judge": more than a tenth of the components untrusted.
            findings.append(verdict == .inconclusive
                ? Finding(text, tone: .warning, values: values,
                          claims: [.atLeast("untrusted_share", GradientCheckVerdict.inconclusiveShare)])
                : .descriptive(text, values: values, because: "it counts the components set aside; the verdict on the rest is the overall finding"))
        }
        if let worst = worstComponents(1).first {
            findings.append(.descriptive(
                strings.worstComponent(worst.name, short(worst.analytic), short(worst.numeric)),
                values: ["worst_component_analytic": worst.analytic, "worst_component_numeric": worst.numeric],
                because: "the worst component's two numbers, for the student to compare"))
        }
        return findings
    }

    /// The numbers behind the check, for `--json`: the gradients by name and every difference.
    public func detailsMembers() -> [(String, JSONValue)] {
        [
            ("analytic_gradients", gradientsJSON(exported?.analytic ?? analytic)),
            ("numerical_gradients", gradientsJSON(exported?.numeric ?? numeric)),
            ("relative_difference", .number(overall)),
            ("verdict", .string(verdict.label)),
            ("segments", .array(segments.map { segment in
                .object([
                    ("name", .string(segment.name)), ("shape", .numbers([Double(segment.rows), Double(segment.columns)])),
                    ("relative_difference", .number(segment.relativeDifference)), ("verdict", .string(segment.verdict.label)),
                ])
            })),
        ] + (setAside.isEmpty ? [] : [
            ("set_aside", .array(setAside.map { item in
                .object([("name", .string(item.component.name)), ("reason", .string(item.reason.rawValue)),
                         ("analytic", .number(item.component.analytic)), ("numeric", .number(item.component.numeric))])
            })),
        ]) + [
            ("components", .array(components.map { component in
                .object([
                    ("name", .string(component.name)), ("analytic", .number(component.analytic)),
                    ("numeric", .number(component.numeric)), ("relative_difference", .number(component.relativeDifference)),
                ])
            })),
        ]
    }

    /// "dW1": [[…], …] for every segment, rows as in the matrices.
    private func gradientsJSON(_ vector: ParameterVector) -> JSONValue {
        .object(vector.segments.map { segment in
            ("d" + segment.name, GradientCheckingComparison.matrixJSON(Array(vector.values[segment.range]), columns: segment.columns))
        })
    }

    /// A row-major matrix as an array of rows.
    public static func matrixJSON(_ values: [Double], columns: Int) -> JSONValue {
        .array(stride(from: 0, to: values.count, by: max(columns, 1)).map { start in
            .numbers(Array(values[start..<min(start + columns, values.count)]))
        })
    }

    public static func matrixJSON(_ matrix: Matrix) -> JSONValue { matrixJSON(matrix.storage, columns: matrix.columns) }
}

private func short(_ value: Double) -> String { String(printf: "%.4g", value) }
