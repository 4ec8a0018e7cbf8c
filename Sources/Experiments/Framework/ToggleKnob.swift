/// An on/off knob.
public struct ToggleKnob: TypedKnob {
    public let knob: Knob
    public let defaultValue: Bool

    public init(id: String, text: Localized<KnobText>, default value: Bool) {
        knob = .toggle(id, text: text, default: value)
        defaultValue = value
    }

    public func typed(_ value: KnobValue) -> Bool? {
        if case .toggle(let flag) = value { flag } else { nil }
    }
}
