import Foundation

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
        try DLCoreError.requirePositive(epsilon, "gradient-check ε")
        try regularization.validate()
        try dropout?.validate()
        try network.validateInput(x)
        try network.validateTargets(y, exampleCount: x.columns)
        guard worstCount >= 0 else { throw DLCoreError.negativeParameter(name: "worstCount", value: Double(worstCount)) }

        // Dropout with keepProb 1 drops nothing, so it cannot spoil the check.
        let activeDropout = dropout.flatMap { $0.keepProb < 1 ? $0 : nil }
        var rng = RandomSource(seed: seed)
        let masks = try activeDropout.map { try $0.drawMasks(for: network, exampleCount: x.columns, rng: &rng) }
        let meaningful = activeDropout?.fixedMask ?? true

        // The analytic gradient, through the same masks as the first cost evaluation.
        let pass = try network.forward(x, masks: masks)
        let analyticGradients = try network.backward(pass, targets: y, regularization: regularization, bugs: bugs)
        let analytic = try ParameterVector(analyticGradients, shapedLike: network)
        let segments = analytic.segments

        var numeric = [Double](repeating: 0, count: analytic.count)
        let baseCost: Double
        var evaluations = 0
        if strategy == .fast && meaningful {
            let evaluator = FastCostEvaluator(network: network, x: x, y: y, regularization: regularization, masks: masks)
            baseCost = evaluator.baseCost
            for s in segments {
                for offset in 0..<s.range.count {
                    switch method {
                    case .twoSided:
                        let (plus, minus) = evaluator.costs(segment: s, offset: offset, plus: epsilon, minus: -epsilon)
                        numeric[s.range.lowerBound + offset] = (plus - minus) / (2 * epsilon)
                    case .oneSided:
                        numeric[s.range.lowerBound + offset] = (evaluator.cost(segment: s, offset: offset, epsilon: epsilon) - baseCost) / epsilon
                    }
                    evaluations += method == .twoSided ? 2 : 1
                }
            }
        } else {
            var evaluator = NaiveCostEvaluator(network: network, x: x, y: y, regularization: regularization, masks: masks,
                                               freshMasks: meaningful ? nil : activeDropout.map { ($0, rng) })
            baseCost = evaluator.currentCost()
            evaluations = 1
            for s in segments {
                for offset in 0..<s.range.count {
                    // Without a fixed mask even J(θ) changes between evaluations, so one-sided needs a new one.
                    let reference = method == .oneSided && !meaningful ? evaluator.currentCost() : baseCost
                    numeric[s.range.lowerBound + offset] = difference(reference) {
                        evaluator.cost(segment: s, offset: offset, epsilon: $0)
                    }
                    evaluations += method == .twoSided ? 2 : (meaningful ? 1 : 2)
                }
            }
        }

        var warnings: [String] = []
        if !meaningful, let activeDropout {
            warnings.append("dropout is on (keepProb \(activeDropout.keepProb)) with a new mask for every cost evaluation, so each "
                + "evaluation sees a different network and this check is not meaningful: fix the mask "
                + "(Dropout(keepProb:fixedMask: true)) or turn dropout off")
        }
        if activeDropout?.fixedMask == true {
            warnings.append("dropout is on with a fixed mask: the check is valid for this mask only")
        }
        return GradientCheckReport(analytic: analytic, numeric: try ParameterVector(values: numeric, segments: segments),
                                   cost: baseCost, epsilon: epsilon, method: method, isMeaningful: meaningful,
                                   warnings: warnings, worstCount: worstCount, costEvaluations: evaluations, bugs: bugs)
    }

    /// Convenience: check on a data set.
    public func run(network: Network, data: Dataset) throws -> GradientCheckReport {
        try run(network: network, x: data.x, y: data.y)
    }

    /// The finite difference for one component, given the cost as a function of the perturbation.
    @inline(__always)
    private func difference(_ baseCost: Double, _ cost: (Double) -> Double) -> Double {
        switch method {
        case .twoSided: (cost(epsilon) - cost(-epsilon)) / (2 * epsilon)
        case .oneSided: (cost(epsilon) - baseCost) / epsilon
        }
    }
}
