/// What a finding asserts about its own numbers, stated so that a test can check it at any seed and knob
/// value without knowing how the experiment chose its words.
///
/// An experiment picks a sentence ("high variance", "both errors grow again", "two-sided is smaller")
/// from rules of its own; the claim says what that sentence commits to, in terms of the finding's named
/// `values`. The claims harness runs every experiment over many seeds and knob settings and checks that
/// every claim holds for the values it was made from — a label that is true only at the default seed is a
/// failing test, not a surprise for a student.
public indirect enum Claim: Sendable, Hashable {
    /// `values[name] < values[other]`.
    case less(String, than: String)
    /// `values[name] ≤ bound`.
    case atMost(String, Double)
    /// `values[name] ≥ bound`.
    case atLeast(String, Double)
    /// `|values[name]| > factor × values[standardError]`: a label that is given only beyond the noise of
    /// the quantity it compares ("gap 12.0 ± 3.1 pts: high variance").
    case beyondNoise(String, standardError: String, factor: Double)
    /// `|values[name]| ≤ factor × values[standardError]`: "cannot be told apart" is said only when it
    /// cannot.
    case withinNoise(String, standardError: String, factor: Double)
    /// `|values[name] − target| ≤ tolerance × |target|`: a number the text quotes as "about" another.
    case near(String, Double, relativeTolerance: Double)
    /// One claim or the other: the negation of a rule that needs both (a label given at "≥ 5 points and beyond
    /// 2 standard errors" is withheld at "< 5 points or within 2 standard errors").
    case either(Claim, or: Claim)
    /// `values[name]` is there and is not a finite number: "the cost became ∞" (a diverged run).
    case notFinite(String)

    /// The value names the claim reads.
    public var valueNames: [String] {
        switch self {
        case let .less(name, other): [name, other]
        case let .atMost(name, _), let .atLeast(name, _), let .near(name, _, _), let .notFinite(name): [name]
        case let .beyondNoise(name, error, _), let .withinNoise(name, error, _): [name, error]
        case let .either(first, second): first.valueNames + second.valueNames.filter { !first.valueNames.contains($0) }
        }
    }

    /// Whether the claim holds for `values`; `nil` when one of the values it reads is missing (itself a
    /// defect: a claim must be made from numbers the finding carries).
    public func holds(in values: [String: Double]) -> Bool? {
        if case let .either(first, second) = self {
            // True when either side holds (a side may read a value the other shows to be infinite); otherwise
            // unreadable if a side is.
            let one = first.holds(in: values), other = second.holds(in: values)
            if one == true || other == true { return true }
            guard one != nil, other != nil else { return nil }
            return false
        }
        if case let .notFinite(name) = self { return values[name].map { !$0.isFinite } }
        let numbers = valueNames.compactMap { values[$0] }
        guard numbers.count == valueNames.count, numbers.allSatisfy(\.isFinite) else { return nil }
        switch self {
        case .less: return numbers[0] < numbers[1]
        case let .atMost(_, bound): return numbers[0] <= bound
        case let .atLeast(_, bound): return numbers[0] >= bound
        case let .beyondNoise(_, _, factor): return abs(numbers[0]) > factor * numbers[1]
        case let .withinNoise(_, _, factor): return abs(numbers[0]) <= factor * numbers[1]
        case let .near(_, target, tolerance): return abs(numbers[0] - target) <= tolerance * abs(target)
        case .either, .notFinite: return nil
        }
    }

    /// The claim as a short formula, for `--json` and test messages (e.g. `|gap| > 2 × gap_se`).
    public var formula: String {
        switch self {
        case let .less(name, other): "\(name) < \(other)"
        case let .atMost(name, bound): "\(name) <= \(bound)"
        case let .atLeast(name, bound): "\(name) >= \(bound)"
        case let .beyondNoise(name, error, factor): "|\(name)| > \(factor) x \(error)"
        case let .withinNoise(name, error, factor): "|\(name)| <= \(factor) x \(error)"
        case let .near(name, target, tolerance): "|\(name) - \(target)| <= \(tolerance) x \(abs(target))"
        case let .either(first, second): "(\(first.formula)) or (\(second.formula))"
        case let .notFinite(name): "\(name) is not finite"
        }
    }
}
