import FoundationEssentials

/// Gradient checking: compare backpropagation's dθ with finite differences of the cost J(θ).
///
///     two-sided:  dθₖ ≈ (J(θ + εeₖ) − J(θ − εeₖ)) / 2ε     error O(ε²)
///     one-sided:  dθₖ ≈ (J(θ + εeₖ) − J(θ)) / ε             error O(ε)
///     difference: ‖dθ_approx − dθ‖₂ / (‖dθ_approx‖₂ + ‖dθ‖₂), overall and per segment
///
/// The cost includes the regularization penalty, exactly as training sees it. With dropout, each cost
/// evaluation would drop different units unless the mask is fixed, and the check says so.
public struct GradientCheck: Sendable, Hashable {
    public enum Method: Sendable, Hashable { case twoSided, oneSided }
    /// `fast` reuses everything upstream of the perturbed layer; `naive` runs a full forward pass per
    /// evaluation. They agree up to rounding; `naive` is there to show (and test) that.
    public enum Strategy: Sendable, Hashable { case fast, naive }

    public var epsilon: Double
    public var method: Method
    public var strategy: Strategy
    public var regularization: Regularization
    /// Dropout during the check. `fixedMask: true` makes the check meaningful again.
    public var dropout: Dropout?
    /// Bugs planted in the backward pass being checked.
    public var bugs: [PlantedBug]
    /// How many of the worst components to list.
    public var worstCount: Int
    /// Seeds the dropout masks.
    public var seed: UInt64

    public init(epsilon: Double = 1e-7, method: Method = .twoSided, strategy: Strategy = .fast,
                regularization: Regularization = .none, dropout: Dropout? = nil, bugs: [PlantedBug] = [],
                worstCount: Int = 5, seed: UInt64 = 0) {
        self.epsilon = epsilon
        self.method = method
        self.strategy = strategy
        self.regularization = regularization
        self.dropout = dropout
        self.bugs = bugs
        self.worstCount = worstCount
        self.seed = seed
    }

    /// Checks every parameter of `network` on examples `x (inputs × m)` with targets `y (outputs × m)`.
    public func run(network: Network, x: Matrix, y: Matrix) throws -> GradientCheckReport {
        var session = try GradientCheckSession(settings: self, network: network, x: x, y: y)
        return session.finish()
    }

    /// Convenience: check on a data set.
    public func run(network: Network, data: Dataset) throws -> GradientCheckReport {
        try run(network: network, x: data.x, y: data.y)
    }
}
