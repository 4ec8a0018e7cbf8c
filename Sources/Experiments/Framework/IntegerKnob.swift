/// A whole-number knob: a patience, a number of steps.
public struct IntegerKnob: TypedKnob {
    public let knob: Knob
    public let defaultValue: Int

    public init(id: String, text: Localized<KnobText>, range: ClosedRange<Int>, step: Int = 1, default value: Int) {
        knob = .integer(id, text: text, range: range, step: step, default: value)
        defaultValue = value
    }

    public func typed(_ value: KnobValue) -> Int? {
        if case .integer(let number) = value { number } else { nil }
    }
}
