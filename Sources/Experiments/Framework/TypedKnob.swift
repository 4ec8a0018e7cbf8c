/// A knob declared once, with the type its value is read as.
///
/// An experiment declares each knob as a static constant, lists the constants' `knob`s as its
/// knobs and reads them with `settings[Self.lambda]`, which gives a `Double`, not a `KnobValue`
/// to pick apart. A misspelt constant does not compile; a knob read but not listed is caught by
/// the test that compares every experiment's listed knobs with the ones its run reads.
public protocol TypedKnob: Sendable {
    associatedtype Value: Sendable
    /// The untyped description the tutor, the command line and the linter work with.
    var knob: Knob { get }
    /// The value `value` holds, or nil when it is of another kind than this knob's.
    func typed(_ value: KnobValue) -> Value?
    var defaultValue: Value { get }
}

extension TypedKnob {
    public var id: String { knob.id }
}

/// A real-number knob: λ, ε, a learning rate.
public struct NumberKnob: TypedKnob {
    public let knob: Knob
    public let defaultValue: Double

    public init(id: String, label: String, help: String, range: ClosedRange<Double>, step: Double,
                logarithmic: Bool = false, default value: Double) {
        knob = .number(id, label: label, help: help, range: range, step: step, logarithmic: logarithmic, default: value)
        defaultValue = value
    }

    public func typed(_ value: KnobValue) -> Double? {
        if case .number(let number) = value { number } else { nil }
    }
}

/// A whole-number knob: a patience, a number of steps.
public struct IntegerKnob: TypedKnob {
    public let knob: Knob
    public let defaultValue: Int

    public init(id: String, label: String, help: String, range: ClosedRange<Int>, step: Int = 1, default value: Int) {
        knob = .integer(id, label: label, help: help, range: range, step: step, default: value)
        defaultValue = value
    }

    public func typed(_ value: KnobValue) -> Int? {
        if case .integer(let number) = value { number } else { nil }
    }
}

/// An on/off knob.
public struct ToggleKnob: TypedKnob {
    public let knob: Knob
    public let defaultValue: Bool

    public init(id: String, label: String, help: String, default value: Bool) {
        knob = .toggle(id, label: label, help: help, default: value)
        defaultValue = value
    }

    public func typed(_ value: KnobValue) -> Bool? {
        if case .toggle(let flag) = value { flag } else { nil }
    }
}

/// A knob that picks one of an enumeration's cases, read back as the case.
public struct ChoiceKnob<Choice: RawRepresentable & Sendable>: TypedKnob where Choice.RawValue == String {
    public let knob: Knob
    public let defaultValue: Choice

    /// `choices` in the order the knob steps through them.
    public init(id: String, label: String, help: String, choices: [Choice], default value: Choice) {
        knob = .choice(id, label: label, help: help, choices: choices.map(\.rawValue), default: value.rawValue)
        defaultValue = value
    }

    public func typed(_ value: KnobValue) -> Choice? {
        if case .choice(let text) = value { Choice(rawValue: text) } else { nil }
    }
}

extension ChoiceKnob where Choice: CaseIterable {
    /// Every case, in declaration order.
    public init(id: String, label: String, help: String, default value: Choice) {
        self.init(id: id, label: label, help: help, choices: Array(Choice.allCases), default: value)
    }
}
