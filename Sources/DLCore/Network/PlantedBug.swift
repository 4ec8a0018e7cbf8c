/// A known mistake a lesson can plant in the backward pass, so a gradient check can be seen catching
/// it and pointing at the right segment. The forward pass and the cost stay correct.
///
/// Layers are numbered from 1, as in the segment names W1, b1, W2, …
public enum PlantedBug: Sendable, Hashable, CustomStringConvertible {
    /// One segment's gradient multiplied by `factor`, e.g. `dW2 × 2` or `db1 × 4`.
    case scaledGradient(segment: String, factor: Double)
    /// The cost includes the regularization penalty but the gradient forgets its term.
    case missingRegularizationGradient
    /// tanh's derivative written `1 − z²` instead of `1 − tanh²(z)`.
    case wrongTanhDerivative
    /// `dW` and `db` of one layer without the `1/m` (so they come out m times too large).
    case missingOneOverM(layer: Int)

    public var description: String {
        switch self {
        case let .scaledGradient(segment, factor): "d\(segment) × \(factor)"
        case .missingRegularizationGradient: "regularization term missing from the gradient"
        case .wrongTanhDerivative: "tanh derivative 1 − z² instead of 1 − tanh²(z)"
        case let .missingOneOverM(layer): "missing 1/m in dW\(layer) and db\(layer)"
        }
    }
}
