/// How close a run's value must be to the number a page quotes: the text's own tolerance.
///
/// Written after the literal of a `quote` line:
/// - `rounded`: the value rounds to the literal as written (`0.693` holds for 0.6925…0.6935);
/// - `± 10 %`: within 10 % of the literal; `± 0.05`: within 0.05 (in the literal's unit, so `± 2` after
///   `"98 %"` means two points);
/// - `× 1.5`: within a factor of 1.5 either way ("about 6·10⁻¹²" on a log scale);
/// - `≥`, `≤`, `>`, `<`: a bound ("above 90 %", "below 10⁻⁷"); `>=`, `<=`, `+-` and `x` are the ASCII spellings.
public enum QuoteTolerance: Sendable, Hashable {
    case rounded
    case relative(Double)
    case absolute(Double)
    case factor(Double)
    case atLeast
    case atMost
    case above
    case below

    public func accepts(_ value: Double, quoted: NumberToken) -> Bool {
        let target = quoted.value
        guard value.isFinite else { return false }
        switch self {
        case .rounded: return abs(value - target) <= quoted.halfUnit * (1 + 1e-9)
        case .relative(let share): return abs(value - target) <= share * abs(target)
        case .absolute(let width): return abs(value - target) <= width * quoted.unit * (1 + 1e-9)
        case .factor(let factor):
            guard target != 0 else { return value == 0 }
            let ratio = value / target
            return ratio >= 1 / factor * (1 - 1e-12) && ratio <= factor * (1 + 1e-12)
        case .atLeast: return value >= target
        case .atMost: return value <= target
        case .above: return value > target
        case .below: return value < target
        }
    }

    /// Reads the text after a quote's literal, or nil when it is none of the forms above.
    public static func parse(_ text: String) -> QuoteTolerance? {
        let compact = text.filter { !$0.isWhitespace }
        switch compact {
        case "rounded": return .rounded
        case "≥", ">=": return .atLeast
        case "≤", "<=": return .atMost
        case ">": return .above
        case "<": return .below
        default: break
        }
        for sign in ["±", "+-"] where compact.hasPrefix(sign) {
            let rest = String(compact.dropFirst(sign.count))
            if rest.hasSuffix("%"), let share = Double(rest.dropLast()), share > 0 { return .relative(share / 100) }
            if let width = Double(rest), width > 0 { return .absolute(width) }
            return nil
        }
        for sign in ["×", "x"] where compact.hasPrefix(sign) {
            if let factor = Double(compact.dropFirst(sign.count)), factor > 1 { return .factor(factor) }
            return nil
        }
        return nil
    }

    public var description: String {
        switch self {
        case .rounded: "rounded"
        case .relative(let share): "± \(Self.format(share * 100)) %"
        case .absolute(let width): "± \(Self.format(width))"
        case .factor(let factor): "× \(Self.format(factor))"
        case .atLeast: "≥"
        case .atMost: "≤"
        case .above: ">"
        case .below: "<"
        }
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
