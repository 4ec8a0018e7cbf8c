import Experiments

/// One named array of numbers the program reports ("W1", "b1", …): its shape and its values, flat in
/// row-major order (the last index varies fastest). A scalar has the shape [].
public struct NamedArray: Sendable, Hashable {
    public var name: String
    public var shape: [Int]
    public var values: [Double]

    public init(name: String, shape: [Int], values: [Double]) {
        self.name = name
        self.shape = shape
        self.values = values
    }

    /// Reads nested lists of numbers of any depth (or one number); throws a sentence naming the array
    /// and where it is malformed.
    init(name: String, json: JSONValue) throws(ArrayProblem) {
        self.name = name
        var shape: [Int] = []
        // The shape is read along the first element at every depth; every other element must agree.
        var probe = json
        while case .array(let items) = probe {
            shape.append(items.count)
            guard let first = items.first else { break }
            probe = first
        }
        self.shape = shape
        var values: [Double] = []
        values.reserveCapacity(shape.reduce(1, *))
        try NamedArray.flatten(json, depth: 0, shape: shape, position: [], name: name, into: &values)
        self.values = values
    }

    private static func flatten(_ json: JSONValue, depth: Int, shape: [Int], position: [Int], name: String,
                                into values: inout [Double]) throws(ArrayProblem) {
        if depth == shape.count {
            switch json {
            case .number(let value): values.append(value)
            case .null: throw ArrayProblem("\(name)\(index(position)) is null, not a number (NaN written as null?)")
            case .array: throw ArrayProblem("\(name)\(index(position)) is a list where a number should be: the rows of \(name) are not all the same depth")
            default: throw ArrayProblem("\(name)\(index(position)) is \(json.serialized().prefix(40)), not a number")
            }
            return
        }
        guard case .array(let items) = json else {
            throw ArrayProblem("\(name)\(index(position)) is a number where a list of \(shape[depth]) should be: the rows of \(name) are not all the same depth")
        }
        guard items.count == shape[depth] else {
            throw ArrayProblem("\(name) is ragged: \(name)\(index(position)) has \(items.count) entries, but its first has \(shape[depth])")
        }
        for (i, item) in items.enumerated() {
            try flatten(item, depth: depth + 1, shape: shape, position: position + [i], name: name, into: &values)
        }
    }

    public var count: Int { values.count }

    /// "2×3", "5", or "scalar".
    public var shapeText: String { NamedArray.shapeText(shape) }

    static func shapeText(_ shape: [Int]) -> String {
        shape.isEmpty ? "scalar" : shape.map(String.init).joined(separator: "×")
    }

    /// "[1, 2]" for a position; "" for a scalar.
    static func index(_ position: [Int]) -> String {
        position.isEmpty ? "" : "[" + position.map(String.init).joined(separator: ", ") + "]"
    }

    /// The position of flat component `offset`, e.g. [1, 2].
    public func position(of offset: Int) -> [Int] {
        var rest = offset
        var position = [Int](repeating: 0, count: shape.count)
        for axis in shape.indices.reversed() {
            position[axis] = rest % max(shape[axis], 1)
            rest /= max(shape[axis], 1)
        }
        return position
    }

    /// "W1[1, 2]".
    public func componentName(_ offset: Int) -> String { name + NamedArray.index(position(of: offset)) }

    /// The nested lists the protocol sends.
    public var json: JSONValue {
        guard !shape.isEmpty else { return .number(values.first ?? 0) }
        func nested(_ axis: Int, _ start: Int) -> JSONValue {
            let stride = shape[(axis + 1)...].reduce(1, *)
            if axis == shape.count - 1 { return .numbers(Array(values[start..<(start + shape[axis])])) }
            return .array((0..<shape[axis]).map { nested(axis + 1, start + $0 * stride) })
        }
        return nested(0, 0)
    }
}

/// What is wrong with an array the program sent, as a sentence naming it.
struct ArrayProblem: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
