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
            let name = String(assignment[..<equals]).trimmingCharacters(in: .whitespaces)
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

    public func number(_ name: String) -> Double {
        switch values[name] {
        case .number(let value): value
        case .integer(let value): Double(value)
        default: preconditionFailure("knob \(name) is not a number")
        }
    }

    public func integer(_ name: String) -> Int {
        switch values[name] {
        case .integer(let value): value
        case .number(let value): Int(value)
        default: preconditionFailure("knob \(name) is not an integer")
        }
    }

    public func choice(_ name: String) -> String {
        guard case .choice(let value) = values[name] else { preconditionFailure("knob \(name) is not a choice") }
        return value
    }

    public func toggle(_ name: String) -> Bool {
        guard case .toggle(let value) = values[name] else { preconditionFailure("knob \(name) is not a toggle") }
        return value
    }
}

import Foundation
