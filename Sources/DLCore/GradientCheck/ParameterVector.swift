/// One named piece of the flat parameter vector θ: `W2` is layer 2's weight matrix.
public struct ParameterSegment: Sendable, Hashable {
    /// "W1", "b1", "W2", … (layers counted from 1, as in the course).
    public var name: String
    /// Where the segment lives in θ.
    public var range: Range<Int>
    /// The shape of the matrix the segment came from (`units × inputs` for W, `units × 1` for b).
    public var rows: Int
    public var columns: Int
    /// The layer, counted from 0.
    public var layer: Int
    public var isWeight: Bool

    public init(name: String, range: Range<Int>, rows: Int, columns: Int, layer: Int, isWeight: Bool) {
        self.name = name
        self.range = range
        self.rows = rows
        self.columns = columns
        self.layer = layer
        self.isWeight = isWeight
    }

    /// The name of one component by its offset within the segment, e.g. "W2[3, 0]" (row, column from 0).
    public func componentName(_ offset: Int) -> String {
        isWeight ? "\(name)[\(offset / columns), \(offset % columns)]" : "\(name)[\(offset)]"
    }
}

/// All the parameters of a network flattened into one vector θ = (W1, b1, W2, b2, …), each matrix
/// row-major, with the segments that say which part is which. Gradients flatten the same way, so
/// θ and dθ line up component by component.
public struct ParameterVector: Sendable, Hashable {
    public var values: [Double]
    public let segments: [ParameterSegment]

    /// The segments for a network's shapes.
    static func segments(for network: Network) -> [ParameterSegment] {
        var result: [ParameterSegment] = []
        var offset = 0
        for (l, layer) in network.layers.enumerated() {
            let w = layer.weights.count, b = layer.bias.count
            result.append(ParameterSegment(name: ParameterNaming.weightName(l), range: offset..<(offset + w),
                                           rows: layer.weights.rows, columns: layer.weights.columns, layer: l, isWeight: true))
            offset += w
            result.append(ParameterSegment(name: ParameterNaming.biasName(l), range: offset..<(offset + b),
                                           rows: b, columns: 1, layer: l, isWeight: false))
            offset += b
        }
        return result
    }

    /// θ for a network.
    public init(_ network: Network) {
        segments = ParameterVector.segments(for: network)
        values = network.layers.flatMap { $0.weights.storage + $0.bias.storage }
    }

    /// dθ for gradients shaped like `network`'s parameters.
    public init(_ gradients: Gradients, shapedLike network: Network) throws {
        guard gradients.weights.count == network.layers.count, gradients.biases.count == network.layers.count else {
            throw DLCoreError.shapeMismatch(operation: "flattening gradients", expected: "\(network.layers.count) layers",
                                            actual: "\(gradients.weights.count) weight and \(gradients.biases.count) bias gradients")
        }
        for (l, layer) in network.layers.enumerated() {
            try gradients.weights[l].requireShape(rows: layer.weights.rows, columns: layer.weights.columns, "dW\(l + 1)")
            try gradients.biases[l].requireShape(rows: layer.bias.rows, columns: 1, "db\(l + 1)")
        }
        segments = ParameterVector.segments(for: network)
        values = zip(gradients.weights, gradients.biases).flatMap { $0.storage + $1.storage }
    }

    /// A vector with the given values laid out by `segments` (used for numeric gradients).
    public init(values: [Double], segments: [ParameterSegment]) throws {
        let expected = segments.last?.range.upperBound ?? 0
        guard values.count == expected else {
            throw DLCoreError.shapeMismatch(operation: "ParameterVector", expected: "\(expected) values", actual: "\(values.count)")
        }
        self.values = values
        self.segments = segments
    }

    public var count: Int { values.count }

    public func segment(named name: String) -> ParameterSegment? { segments.first { $0.name == name } }

    /// The values of one named segment.
    public func values(of name: String) -> ArraySlice<Double>? {
        segment(named: name).map { values[$0.range] }
    }

    /// The segment holding component `index` of θ.
    public func segment(containing index: Int) -> ParameterSegment? {
        segments.first { $0.range.contains(index) }
    }

    /// The component's name, e.g. "b1[4]".
    public func componentName(_ index: Int) -> String {
        guard let s = segment(containing: index) else { return "θ[\(index)]" }
        return s.componentName(index - s.range.lowerBound)
    }

    /// A copy of `network` with these values put back as its weights and biases.
    public func unflattened(into network: Network) throws -> Network {
        guard segments == ParameterVector.segments(for: network) else {
            throw DLCoreError.shapeMismatch(operation: "unflattening θ", expected: "segments \(network.layerSizes)",
                                            actual: segments.map { "\($0.name) \($0.rows)×\($0.columns)" }.joined(separator: ", "))
        }
        var copy = network
        for s in segments {
            let slice = Array(values[s.range])
            if s.isWeight { copy.layers[s.layer].weights.storage = slice } else { copy.layers[s.layer].bias.storage = slice }
        }
        return copy
    }

    /// These values as gradients (dW, db per layer).
    public func asGradients() -> Gradients {
        var weights: [Matrix] = [], biases: [Matrix] = []
        for s in segments {
            let m = (try? Matrix(rows: s.rows, columns: s.columns, values: Array(values[s.range]))) ?? Matrix(rows: 0, columns: 0)
            if s.isWeight { weights.append(m) } else { biases.append(m) }
        }
        return Gradients(weights: weights, biases: biases)
    }
}

extension Network {
    /// θ: every weight and bias in one vector with named segments.
    public var parameterVector: ParameterVector { ParameterVector(self) }

    /// A copy with θ put back (throws if θ was made for other shapes).
    public func withParameters(_ theta: ParameterVector) throws -> Network {
        try theta.unflattened(into: self)
    }
}
