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
