import Localization

/// A setting a student can turn before (re-)running an experiment: λ, keep_prob, ε, an init scheme…
///
/// Knobs are typed so that the tutor can step them with ←/→, the CLI can parse `--set name=value`,
/// and the lesson linter can reject a lesson that presets a value out of range.
public struct Knob: Sendable, Hashable, Identifiable {
    public enum Kind: Sendable, Hashable {
        /// A real number in a range. `logarithmic` knobs step by factors (λ, ε, learning rate).
        case number(range: ClosedRange<Double>, step: Double, logarithmic: Bool)
        case integer(range: ClosedRange<Int>, step: Int)
        case choice([String])
        case toggle
    }

    /// The name used in `--set name=value` and in lesson files; stable, part of the public interface.
    public var id: String
    /// A short label for the knob panel, e.g. "λ (L2 strength)", and one line of help, in each language.
    public var text: Localized<KnobText>
    public var kind: Kind
    public var defaultValue: KnobValue

    public init(id: String, text: Localized<KnobText>, kind: Kind, defaultValue: KnobValue) {
        self.id = id
        self.text = text
        self.kind = kind
        self.defaultValue = defaultValue
    }

    public func label(in language: Language) -> String { text[language].label }
    public func help(in language: Language) -> String { text[language].help }

    public static func number(
        _ id: String, text: Localized<KnobText>, range: ClosedRange<Double>, step: Double,
        logarithmic: Bool = false, default value: Double
    ) -> Knob {
        Knob(id: id, text: text, kind: .number(range: range, step: step, logarithmic: logarithmic),
             defaultValue: .number(value))
    }

    public static func integer(
        _ id: String, text: Localized<KnobText>, range: ClosedRange<Int>, step: Int = 1, default value: Int
    ) -> Knob {
        Knob(id: id, text: text, kind: .integer(range: range, step: step), defaultValue: .integer(value))
    }

    public static func choice(_ id: String, text: Localized<KnobText>, choices: [String], default value: String) -> Knob {
        Knob(id: id, text: text, kind: .choice(choices), defaultValue: .choice(value))
    }

    public static func toggle(_ id: String, text: Localized<KnobText>, default value: Bool) -> Knob {
        Knob(id: id, text: text, kind: .toggle, defaultValue: .toggle(value))
    }

    /// What values are valid, for error messages (which the command line writes in English):
    /// "a number from 1e-12 to 0.1".
    public var validValuesDescription: String { validValues(in: .en) }

    /// What values are valid, in the knob panel's language.
    public func validValues(in language: Language) -> String {
        let strings = language.experimentStrings
        return switch kind {
        case .number(let range, _, _):
            strings.numberRange(KnobValue.format(range.lowerBound), KnobValue.format(range.upperBound))
        case .integer(let range, _):
            strings.wholeNumberRange(KnobValue.format(Double(range.lowerBound)), KnobValue.format(Double(range.upperBound)))
        case .choice(let choices):
            strings.oneOf(choices)
        case .toggle:
            strings.onOrOff
        }
    }

    /// Parses text typed by a person (`--set lambda=0.7`, a lesson preset) into a valid value.
    public func parse(_ text: String) throws(KnobError) -> KnobValue {
        let trimmed = text.trimmingSpaces
        switch kind {
        case .number(let range, _, _):
            guard let number = KnobValue.parseNumber(trimmed), number.isFinite else {
                throw KnobError.invalidValue(knob: id, value: text, expected: validValuesDescription)
            }
            guard range.contains(number) else {
                throw KnobError.outOfRange(knob: id, value: text, expected: validValuesDescription)
            }
            return .number(number)
        case .integer(let range, _):
            guard let real = KnobValue.parseNumber(trimmed), real == real.rounded(), abs(real) < 1e15 else {
                throw KnobError.invalidValue(knob: id, value: text, expected: validValuesDescription)
            }
            let number = Int(real)
            guard range.contains(number) else {
                throw KnobError.outOfRange(knob: id, value: text, expected: validValuesDescription)
            }
            return .integer(number)
        case .choice(let choices):
            guard choices.contains(trimmed) else {
                throw KnobError.invalidValue(knob: id, value: text, expected: validValuesDescription)
            }
            return .choice(trimmed)
        case .toggle:
            switch trimmed.lowercased() {
            case "on", "true", "yes", "1": return .toggle(true)
            case "off", "false", "no", "0": return .toggle(false)
            default: throw KnobError.invalidValue(knob: id, value: text, expected: validValuesDescription)
            }
        }
    }

    /// How ←/→ step this knob (see `KnobStepping`): logarithmic over ranges wider than two decades.
    public var stepping: KnobStepping {
        switch kind {
        case .number(let range, let step, let logarithmic):
            if logarithmic { return .powersOfTen(fraction: step) }
            return KnobStepping.spansManyDecades(lower: range.lowerBound, upper: range.upperBound, step: step)
                ? .oneTwoFive : .linear(step)
        case .integer(let range, let step):
            return KnobStepping.spansManyDecades(lower: Double(range.lowerBound), upper: Double(range.upperBound),
                                                 step: Double(step))
                ? .oneThreeTen : .linear(Double(step))
        case .choice, .toggle:
            return .linear(1)
        }
    }

    /// The value one step up (`direction` 1) or down (-1) from `value`, kept inside the range.
    public func stepped(_ value: KnobValue, by direction: Int) -> KnobValue {
        switch (kind, value) {
        case (.number(let range, let step, _), .number(let current)):
            let smallest = range.lowerBound > 0 ? range.lowerBound : step
            let next = stepping.step(current, by: direction, in: range, smallest: smallest, integral: false)
            return .number(min(max(KnobValue.rounded(next), range.lowerBound), range.upperBound))
        case (.integer(let range, let step), .integer(let current)):
            let bounds = Double(range.lowerBound)...Double(range.upperBound)
            let smallest = range.lowerBound > 0 ? Double(range.lowerBound) : Double(step)
            let next = stepping.step(Double(current), by: direction, in: bounds, smallest: smallest, integral: true)
            return .integer(min(max(Int(next.rounded()), range.lowerBound), range.upperBound))
        case (.choice(let choices), .choice(let current)):
            let index = choices.firstIndex(of: current) ?? 0
            return .choice(choices[min(max(index + direction, 0), choices.count - 1)])
        case (.toggle, .toggle(let current)):
            return .toggle(!current)
        default:
            return defaultValue
        }
    }
}

import FoundationEssentials
import TextSupport

/// A knob's value.
public enum KnobValue: Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case integer(Int)
    case choice(String)
    case toggle(Bool)

    public var description: String {
        switch self {
        case .number(let value): KnobValue.format(value)
        case .integer(let value): KnobValue.format(Double(value))
        case .choice(let value): value
        case .toggle(let value): value ? "on" : "off"
        }
    }

    /// The value as `--set name=value` takes it: like `description`, but without thousands commas
    /// (a comma separates the values of a list such as `--compare`).
    public var commandLineText: String {
        switch self {
        case .integer(let value): String(value)
        case .number(let value) where value == value.rounded() && abs(value) < 1e15: String(Int(value))
        default: description
        }
    }

    /// Short text for a number, as the panel, `dltutor run` and messages show it: 0.7, 3.16, 1e-7,
    /// 10,000 (thousands grouped from five digits), 1.5e6. At most four significant digits: a value
    /// typed with more runs as typed.
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 {
            let whole = Int(value)
            return abs(whole) >= 10_000 ? grouped(whole) : String(whole)
        }
        if abs(value) >= 1e-3, abs(value) < 1e6 { return trimmed(String(printf: "%.4g", value)) }
        // Scientific: "1e-7", "3.16e-5" (no zero padding or "+" in the exponent).
        let parts = String(printf: "%.3e", value).split(separator: "e")
        guard parts.count == 2, let exponent = Int(parts[1]) else { return String(value) }
        return trimmed(String(parts[0])) + "e" + String(exponent)
    }

    /// Reads a number the way people type it: `1e-7`, `−2` (Unicode minus), `10,000` or `10 000`.
    public static func parseNumber(_ text: String) -> Double? {
        text.typedNumber()
    }

    private static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }

    /// "3.160" → "3.16", "1.000" → "1".
    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var result = text
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result
    }

    /// Removes the binary noise that repeated stepping leaves (0.30000000000000004 → 0.3).
    static func rounded(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        return Double(String(printf: "%.12g", value)) ?? value
    }
}

/// Why a knob setting was refused; the message names the knob and what would be valid.
public enum KnobError: Error, Equatable, CustomStringConvertible {
    case unknownKnob(experiment: String, knob: String, valid: [String])
    case invalidValue(knob: String, value: String, expected: String)
    case outOfRange(knob: String, value: String, expected: String)
    case malformedSetting(String)

    public var description: String {
        switch self {
        case .unknownKnob(let experiment, let knob, let valid):
            "experiment \(experiment) has no knob '\(knob)'; its knobs are: "
                + (valid.isEmpty ? "(none)" : valid.joined(separator: ", "))
        case .invalidValue(let knob, let value, let expected):
            "'\(value)' is not a valid value for \(knob): expected \(expected)"
        case .outOfRange(let knob, let value, let expected):
            "\(value) is out of range for \(knob): expected \(expected)"
        case .malformedSetting(let text):
            "'\(text)' is not a knob setting: write it as name=value, e.g. lambda=0.7"
        }
    }
}
