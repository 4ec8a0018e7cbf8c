import FoundationEssentials
import TextSupport

/// The values of an experiment's knobs for one run: defaults, overridden by what the student set.
public struct KnobSettings: Sendable, Hashable {
    public let knobs: [Knob]
    public private(set) var values: [String: KnobValue]

    /// All knobs at their defaults.
    public init(knobs: [Knob]) {
        self.knobs = knobs
        values = Dictionary(uniqueKeysWithValues: knobs.map { ($0.id, $0.defaultValue) })
    }

    /// Defaults overridden by `name=value` texts, validated; the error names what was wrong.
    public init(experiment: some Experiment, assignments: [String]) throws(KnobError) {
        self.init(knobs: experiment.knobs)
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                throw KnobError.malformedSetting(assignment)
            }
            let name = String(assignment[..<equals]).trimmingSpaces
            let text = String(assignment[assignment.index(after: equals)...])
            try set(name, text: text, experimentID: experiment.id)
        }
    }

    public mutating func set(_ name: String, text: String, experimentID: String) throws(KnobError) {
        guard let knob = knobs.first(where: { $0.id == name }) else {
            throw KnobError.unknownKnob(experiment: experimentID, knob: name, valid: knobs.map(\.id))
        }
        values[name] = try knob.parse(text)
    }

    public mutating func set(_ name: String, to value: KnobValue) {
        guard knobs.contains(where: { $0.id == name }) else { return }
        values[name] = value
    }

    public subscript(_ name: String) -> KnobValue? { values[name] }

    /// The value of a declared knob, as its type. A knob these settings do not hold (one the
    /// experiment reads but forgot to list) reads as its default, so a student's session never
    /// crashes over it; `KnobReadLog` lets a test catch the omission.
    public subscript<Declared: TypedKnob>(knob: Declared) -> Declared.Value {
        KnobReadLog.current?.record(knob.id)
        guard let value = values[knob.id], let typed = knob.typed(value) else { return knob.defaultValue }
        return typed
    }
}
