import FoundationEssentials

/// How a layer's weights start. `fanIn` is the number of inputs to a unit (W's columns), `fanOut`
/// the number of units (W's rows). Biases start at zero unless given.
public enum Initializer: Sendable, Hashable, CustomStringConvertible {
    /// All weights 0: every hidden unit computes the same thing forever (symmetry is never broken).
    case zeros
    /// All weights equal to a constant: the same symmetry problem as zeros.
    case constant(Double)
    /// Uniform in (−range, range).
    case uniform(range: Double)
    /// Normal with mean 0 and the given standard deviation (the course's `randn · 0.01` is 0.01).
    case normal(standardDeviation: Double)
    /// Glorot/Xavier normal: σ = √(2 / (fanIn + fanOut)).
    case xavierNormal
    /// Glorot/Xavier uniform: r = √(6 / (fanIn + fanOut)).
    case xavierUniform
    /// He normal, for ReLU: σ = √(2 / fanIn).
    case he
    /// LeCun normal, for tanh/SELU: σ = √(1 / fanIn).
    case lecun
    /// A random orthogonal matrix (from the QR of a Gaussian matrix) times `gain`.
    case orthogonal(gain: Double)
    /// A random orthogonal matrix from the SVD of a Gaussian matrix (`U·Vᵀ`, the orthogonal factor of
    /// its polar decomposition, as Saxe et al. and Lasagne do) times `gain`. The same distribution as the
    /// QR way when QR's signs are fixed; a different matrix for the same draw.
    case orthogonalSVD(gain: Double)
    /// Given ("pretrained") weights for every layer, and optionally biases; shapes must match.
    case given(weights: [Matrix], biases: [Matrix]?)

    public var description: String {
        switch self {
        case .zeros: "zeros"
        case let .constant(c): "constant \(c)"
        case let .uniform(r): "uniform ±\(r)"
        case let .normal(s): "normal σ=\(s)"
        case .xavierNormal: "Xavier normal"
        case .xavierUniform: "Xavier uniform"
        case .he: "He"
        case .lecun: "LeCun"
        case let .orthogonal(g): g == 1 ? "orthogonal" : "orthogonal ×\(g)"
        case let .orthogonalSVD(g): g == 1 ? "orthogonal (SVD)" : "orthogonal (SVD) ×\(g)"
        case .given: "given weights"
        }
    }

    /// The standard deviation (or, for uniform ones, the range) this scheme uses for a layer.
    public func scale(fanIn: Int, fanOut: Int) -> Double {
        switch self {
        case .zeros: 0
        case let .constant(c): c
        case let .uniform(r): r
        case let .normal(s): s
        case .xavierNormal: (2 / Double(fanIn + fanOut)).squareRoot()
        case .xavierUniform: (6 / Double(fanIn + fanOut)).squareRoot()
        case .he: (2 / Double(fanIn)).squareRoot()
        case .lecun: (1 / Double(fanIn)).squareRoot()
        case let .orthogonal(g), let .orthogonalSVD(g): g
        case .given: .nan
        }
    }

    /// Weights `(rows × columns)` = `(fanOut × fanIn)` for layer `layer` (from 0).
    public func weights(layer: Int, rows: Int, columns: Int, rng: inout RandomSource) throws -> Matrix {
        let s = scale(fanIn: columns, fanOut: rows)
        switch self {
        case .zeros:
            return Matrix(rows: rows, columns: columns)
        case let .constant(c):
            guard c.isFinite else { throw DLCoreError.nonFiniteValue("constant initializer \(c)") }
            return Matrix(rows: rows, columns: columns, repeating: c)
        case let .uniform(r):
            try DLCoreError.requireNonNegative(r, "uniform initializer range")
            return rng.uniformMatrix(rows: rows, columns: columns, low: -r, high: r)
        case .xavierUniform:
            return rng.uniformMatrix(rows: rows, columns: columns, low: -s, high: s)
        case let .normal(sigma):
            try DLCoreError.requireNonNegative(sigma, "normal initializer standard deviation")
            return rng.normalMatrix(rows: rows, columns: columns, standardDeviation: sigma)
        case .xavierNormal, .he, .lecun:
            return rng.normalMatrix(rows: rows, columns: columns, standardDeviation: s)
        case let .orthogonal(gain):
            guard gain.isFinite else { throw DLCoreError.nonFiniteValue("orthogonal gain \(gain)") }
            // QR of a tall Gaussian matrix; transpose when W is wide, so rows or columns are orthonormal.
            let tall = rng.normalMatrix(rows: max(rows, columns), columns: min(rows, columns))
            let q = try tall.qrDecomposition().q
            return (rows >= columns ? q : q.transposed()).scaled(by: gain)
        case let .orthogonalSVD(gain):
            guard gain.isFinite else { throw DLCoreError.nonFiniteValue("orthogonal gain \(gain)") }
            // G = U·Σ·Vᵀ; U·Vᵀ keeps G's directions and sets every singular value to 1.
            let tall = rng.normalMatrix(rows: max(rows, columns), columns: min(rows, columns))
            let svd = try tall.singularValueDecomposition()
            let polar = try svd.u.dot(svd.v.transposed())
            return (rows >= columns ? polar : polar.transposed()).scaled(by: gain)
        case let .given(weights, _):
            guard layer < weights.count else {
                throw DLCoreError.shapeMismatch(operation: "given weights", expected: "weights for layer \(layer + 1)",
                                                actual: "\(weights.count) matrices")
            }
            try weights[layer].requireShape(rows: rows, columns: columns, "given weights W\(layer + 1)")
            guard weights[layer].isFinite else { throw DLCoreError.nonFiniteValue("given weights W\(layer + 1)") }
            return weights[layer]
        }
    }

    /// Biases `(rows × 1)`: zero, or the given ones.
    public func bias(layer: Int, rows: Int) throws -> Matrix {
        guard case let .given(_, biases?) = self else { return Matrix(rows: rows, columns: 1) }
        guard layer < biases.count else {
            throw DLCoreError.shapeMismatch(operation: "given biases", expected: "biases for layer \(layer + 1)",
                                            actual: "\(biases.count) matrices")
        }
        try biases[layer].requireShape(rows: rows, columns: 1, "given biases b\(layer + 1)")
        return biases[layer]
    }
}
