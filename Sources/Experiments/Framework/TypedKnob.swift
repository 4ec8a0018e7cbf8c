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
