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
            strings.wholeNumberRange(String(range.lowerBound), String(range.upperBound))
        case .choice(let choices):
            strings.oneOf(choices)
        case .toggle:
            strings.onOrOff
        }
    }

    /// Parses text typed by a person (`--set lambda=0.7`, a lesson preset) into a valid value.
    public func parse(_ text: String) throws(KnobError) -> KnobValue {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .number(let range, _, _):
            guard let number = Double(trimmed), number.isFinite else {
                throw KnobError.invalidValue(knob: id, value: text, expected: validValuesDescription)
            }
            guard range.contains(number) else {
                throw KnobError.outOfRange(knob: id, value: text, expected: validValuesDescription)
            }
            return .number(number)
        case .integer(let range, _):
            guard let number = Int(trimmed) else {
                throw KnobError.invalidValue(knob: id, value: text, expected: validValuesDescription)
            }
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

    /// The value one step up (`direction` 1) or down (-1) from `value`, kept inside the range.
    public func stepped(_ value: KnobValue, by direction: Int) -> KnobValue {
        switch (kind, value) {
        case (.number(let range, let step, let logarithmic), .number(let current)):
            let next = logarithmic
                ? current * pow10(step * Double(direction))
                : current + step * Double(direction)
            return .number(min(max(KnobValue.rounded(next), range.lowerBound), range.upperBound))
        case (.integer(let range, let step), .integer(let current)):
            return .integer(min(max(current + step * direction, range.lowerBound), range.upperBound))
        case (.choice(let choices), .choice(let current)):
            let index = choices.firstIndex(of: current) ?? 0
            return .choice(choices[min(max(index + direction, 0), choices.count - 1)])
        case (.toggle, .toggle(let current)):
            return .toggle(!current)
        default:
            return defaultValue
        }
    }

    private func pow10(_ exponent: Double) -> Double { Foundation.pow(10, exponent) }
}

import Foundation

/// A knob's value.
public enum KnobValue: Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case integer(Int)
    case choice(String)
    case toggle(Bool)

    public var description: String {
        switch self {
        case .number(let value): KnobValue.format(value)
        case .integer(let value): String(value)
        case .choice(let value): value
        case .toggle(let value): value ? "on" : "off"
        }
    }

    /// Short, exact-looking text for a number: 0.7, 1e-07, 3.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e6 { return String(Int(value)) }
        if abs(value) >= 1e-3, abs(value) < 1e6 { return String(rounded(value)) }
        return String(format: "%.3g", value)
    }

    /// Removes the binary noise that repeated stepping leaves (0.30000000000000004 → 0.3).
    static func rounded(_ value: Double) -> Double {
        guard value != 0, value.isFinite else { return value }
        return Double(String(format: "%.12g", value)) ?? value
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
