/// A knob that picks one of a few named values, usually an enumeration's cases, read back as that
/// value rather than as its name.
public struct ChoiceKnob<Choice: RawRepresentable & Sendable>: TypedKnob where Choice.RawValue == String {
    public let knob: Knob
    public let defaultValue: Choice

    /// `choices` in the order the knob steps through them.
    public init(id: String, text: Localized<KnobText>, choices: [Choice], default value: Choice) {
        knob = .choice(id, text: text, choices: choices.map(\.rawValue), default: value.rawValue)
        defaultValue = value
    }

    public func typed(_ value: KnobValue) -> Choice? {
        if case .choice(let text) = value { Choice(rawValue: text) } else { nil }
    }
}

extension ChoiceKnob where Choice: CaseIterable {
    /// Every case, in declaration order.
    public init(id: String, text: Localized<KnobText>, default value: Choice) {
        self.init(id: id, text: text, choices: Array(Choice.allCases), default: value)
    }
}
