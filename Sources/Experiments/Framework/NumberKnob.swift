/// A real-number knob: λ, ε, a learning rate.
public struct NumberKnob: TypedKnob {
    public let knob: Knob
    public let defaultValue: Double

    public init(id: String, text: Localized<KnobText>, range: ClosedRange<Double>, step: Double,
                logarithmic: Bool = false, default value: Double) {
        knob = .number(id, text: text, range: range, step: step, logarithmic: logarithmic, default: value)
        defaultValue = value
    }

    public func typed(_ value: KnobValue) -> Double? {
        if case .number(let number) = value { number } else { nil }
    }
}
