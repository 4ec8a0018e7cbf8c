import Experiments

/// The names and shapes of the program's parameter arrays, in the order it reported them: what every
/// later response is checked against.
public struct ArrayLayout: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var shape: [Int]
    }

    public let entries: [Entry]

    init(_ arrays: [NamedArray]) {
        entries = arrays.map { Entry(name: $0.name, shape: $0.shape) }
    }

    var names: [String] { entries.map(\.name) }

    /// Reads the arrays of `object` (the `parameters` or `gradients` member) against this layout:
    /// every name present once (for gradients, `dW1` may stand for `W1`), no other names, the same shapes,
    /// finite numbers. The result is in the layout's order. `what` names the member in messages.
    func read(_ object: JSONValue, what: String, gradientNames: Bool) throws(ArrayProblem) -> [NamedArray] {
        guard case .object(let members) = object else {
            throw ArrayProblem("\"\(what)\" should be an object of named arrays {\"\(entries.first?.name ?? "W1")\": [[…], …], …}, not \(object.serialized().prefix(60))")
        }
        var byName: [String: JSONValue] = [:]
        var unknown: [String] = []
        for (key, value) in members {
            var name = key
            if gradientNames, !names.contains(key), key.hasPrefix("d"), names.contains(String(key.dropFirst())) {
                name = String(key.dropFirst())
            }
            guard names.contains(name) else { unknown.append(key); continue }
            guard byName[name] == nil else { throw ArrayProblem("\"\(what)\" has \(name) twice (as \(name) and d\(name)?)") }
            byName[name] = value
        }
        let missing = names.filter { byName[$0] == nil }
        if !missing.isEmpty || !unknown.isEmpty {
            var parts: [String] = []
            if !missing.isEmpty { parts.append("is missing " + missing.joined(separator: ", ")) }
            if !unknown.isEmpty { parts.append("has names that are not parameters: " + unknown.joined(separator: ", ")) }
            throw ArrayProblem("\"\(what)\" " + parts.joined(separator: " and ")
                + "; expected exactly " + names.joined(separator: ", ") + (gradientNames ? " (or dW1, db1, …)" : ""))
        }
        return try entries.map { entry throws(ArrayProblem) in
            let array = try NamedArray(name: entry.name, json: byName[entry.name]!)
            guard array.shape == entry.shape else {
                throw ArrayProblem("\(what) \(entry.name) has shape \(array.shapeText), but the parameter \(entry.name) is \(NamedArray.shapeText(entry.shape))")
            }
            if let bad = array.values.firstIndex(where: { !$0.isFinite }) {
                throw ArrayProblem("\(what) \(array.componentName(bad)) is \(array.values[bad]), not a finite number")
            }
            return array
        }
    }
}
