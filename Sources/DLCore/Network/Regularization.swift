/// Penalties on the weights (never the biases), in both the cost and the gradient.
///
/// With m examples in the batch:
///
///     L2:  cost (λ₂ / 2m) · Σ w²      gradient (λ₂ / m) · w
///     L1:  cost (λ₁ / m)  · Σ |w|     gradient (λ₁ / m) · sign(w)     (sign(0) = 0, a subgradient)
///
/// |w| has a kink at 0, where gradient descent jitters and a gradient check stumbles. With
/// `l1Smoothing` ε > 0 the L1 term is the smooth approximation √(w² + ε) − √ε instead (0 at w = 0,
/// within √ε of |w| everywhere), whose gradient w / √(w² + ε) is defined everywhere.
public struct Regularization: Sendable, Hashable, CustomStringConvertible {
    /// λ₁, the L1 strength.
    public var l1: Double
    /// λ₂, the L2 strength ("λ" in the course).
    public var l2: Double
    /// ε of the smooth L1 term; 0 is the exact |w|.
    public var l1Smoothing: Double

    public init(l1: Double = 0, l2: Double = 0, l1Smoothing: Double = 0) {
        self.l1 = l1
        self.l2 = l2
        self.l1Smoothing = l1Smoothing
    }

    public static let none = Regularization()
    public static func l2(_ lambda: Double) -> Regularization { Regularization(l2: lambda) }
    public static func l1(_ lambda: Double) -> Regularization { Regularization(l1: lambda) }

    public var isNone: Bool { l1 == 0 && l2 == 0 }

    public var description: String {
        switch (l1, l2) {
        case (0, 0): "none"
        case (0, _): "L2 λ=\(l2)"
        case (_, 0): "\(l1Name) λ=\(l1)"
        default: "\(l1Name) λ=\(l1), L2 λ=\(l2)"
        }
    }

    private var l1Name: String { l1Smoothing > 0 ? "smooth L1 (ε=\(l1Smoothing))" : "L1" }

    /// Throws if a strength is negative or not finite.
    public func validate() throws {
        try DLCoreError.requireNonNegative(l1, "L1 λ")
        try DLCoreError.requireNonNegative(l2, "L2 λ")
        try DLCoreError.requireNonNegative(l1Smoothing, "smooth L1 ε")
    }

    // MARK: - Each penalty beside its derivative, for one weight

    @inline(__always) static func l2Penalty(_ w: Double) -> Double { 0.5 * w * w }
    @inline(__always) static func l2PenaltyDerivative(_ w: Double) -> Double { w }
    @inline(__always) static func l1Penalty(_ w: Double) -> Double { abs(w) }
    @inline(__always) static func l1PenaltyDerivative(_ w: Double) -> Double { w > 0 ? 1 : (w < 0 ? -1 : 0) }
    @inline(__always) static func smoothL1Penalty(_ w: Double, _ e: Double) -> Double { (w * w + e).squareRoot() - e.squareRoot() }
    @inline(__always) static func smoothL1PenaltyDerivative(_ w: Double, _ e: Double) -> Double { w / (w * w + e).squareRoot() }

    /// The L1 term for one weight: |w|, or its smooth approximation.
    @inline(__always) func l1Term(_ w: Double) -> Double {
        l1Smoothing > 0 ? Regularization.smoothL1Penalty(w, l1Smoothing) : Regularization.l1Penalty(w)
    }
    @inline(__always) func l1TermDerivative(_ w: Double) -> Double {
        l1Smoothing > 0 ? Regularization.smoothL1PenaltyDerivative(w, l1Smoothing) : Regularization.l1PenaltyDerivative(w)
    }

    /// The penalty added to the cost for one weight matrix, given the batch size m.
    public func cost(weights: Matrix, exampleCount m: Int) -> Double {
        if isNone { return 0 }
        var l1Sum = 0.0, l2Sum = 0.0
        for w in weights.storage {
            l1Sum += l1Term(w)
            l2Sum += Regularization.l2Penalty(w)
        }
        return (l1 * l1Sum + l2 * l2Sum) / Double(m)
    }

    /// The penalty for all the weight matrices.
    public func cost(allWeights: [Matrix], exampleCount m: Int) -> Double {
        allWeights.reduce(0) { $0 + cost(weights: $1, exampleCount: m) }
    }

    /// Adds the penalty's gradient for `weights` to `gradient` in place.
    func addGradient(weights: Matrix, exampleCount m: Int, to gradient: inout Matrix) {
        if isNone { return }
        let a1 = l1 / Double(m), a2 = l2 / Double(m)
        gradient.storage.withUnsafeMutableBufferPointer { g in
            weights.storage.withUnsafeBufferPointer { w in
                for k in 0..<w.count {
                    g[k] += a2 * Regularization.l2PenaltyDerivative(w[k]) + a1 * l1TermDerivative(w[k])
                }
            }
        }
    }

    /// The penalty's gradient for `weights` (allocating; for lessons and tests).
    public func gradient(weights: Matrix, exampleCount m: Int) -> Matrix {
        var g = Matrix(rows: weights.rows, columns: weights.columns)
        addGradient(weights: weights, exampleCount: m, to: &g)
        return g
    }
}
