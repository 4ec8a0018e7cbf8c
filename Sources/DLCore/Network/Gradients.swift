/// The gradient of the cost with respect to every parameter: `dW[l]` has the shape of `W[l]`,
/// `db[l]` the shape of `b[l]` (layers indexed from 0; names W1, b1, … count from 1).
public struct Gradients: Sendable, Hashable {
    public var weights: [Matrix]
    public var biases: [Matrix]

    public init(weights: [Matrix], biases: [Matrix]) {
        self.weights = weights
        self.biases = biases
    }

    /// Zero gradients shaped like `network`'s parameters.
    public init(zerosLike network: Network) {
        weights = network.layers.map { Matrix(rows: $0.weights.rows, columns: $0.weights.columns) }
        biases = network.layers.map { Matrix(rows: $0.bias.rows, columns: 1) }
    }

    /// `‖dW[l]‖² + ‖db[l]‖²` summed over layers, square-rooted: the global gradient norm.
    public var norm: Double {
        (weights.reduce(0) { $0 + $1.squaredNorm() } + biases.reduce(0) { $0 + $1.squaredNorm() }).squareRoot()
    }

    /// The gradient of one named segment ("W2", "b1"), or nil if there is no such segment.
    public func segment(named name: String) -> Matrix? {
        guard let (isWeight, l) = ParameterNaming.parse(name), l < weights.count else { return nil }
        return isWeight ? weights[l] : biases[l]
    }
}

/// Segment names: `W1, b1, W2, b2, …` — layers counted from 1 as in the course.
enum ParameterNaming {
    static func weightName(_ l: Int) -> String { "W\(l + 1)" }
    static func biasName(_ l: Int) -> String { "b\(l + 1)" }

    /// ("W3") → (true, 2); nil for anything else.
    static func parse(_ name: String) -> (isWeight: Bool, layer: Int)? {
        guard let first = name.first, first == "W" || first == "b", let n = Int(name.dropFirst()), n >= 1 else { return nil }
        return (first == "W", n - 1)
    }
}
