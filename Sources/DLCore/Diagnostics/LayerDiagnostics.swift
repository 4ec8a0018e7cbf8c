import FoundationEssentials

/// Health statistics of one layer, from one forward and backward pass.
public struct LayerDiagnostics: Sendable, Hashable {
    /// Counted from 1, as in W1, W2, …
    public var layer: Int
    public var activation: Activation
    /// Mean and standard deviation of all the layer's activations `A (units × m)` (before dropout).
    public var activationMean: Double
    public var activationStd: Double
    /// Fraction of activations stuck where the derivative vanishes: |tanh| > 0.99, sigmoid below 0.01 or
    /// above 0.99. nil for activations that do not saturate.
    public var saturatedFraction: Double?
    /// Fraction of ReLU activations that are exactly 0 (nil for other activations).
    public var zeroFraction: Double?
    /// Fraction of ReLU units that are 0 on *every* example: dead units that no longer learn.
    public var deadUnitFraction: Double?
    /// ‖dW‖ (Frobenius) of the layer's weight gradient.
    public var gradientNorm: Double
    /// ‖W‖.
    public var weightNorm: Double
    /// ‖ΔW‖ / ‖W‖ of the last update: around 1e-3 is healthy; much larger is unstable, much smaller
    /// is barely learning. nil before the first update.
    public var updateToWeightRatio: Double?
}

extension Network {
    /// Per-layer statistics from a forward pass, its gradients, and optionally the last update's ‖ΔW‖.
    public func diagnostics(pass: ForwardPass, gradients: Gradients, updateNorms: [Double]? = nil) throws -> [LayerDiagnostics] {
        guard pass.activations.count == layers.count, gradients.weights.count == layers.count else {
            throw DLCoreError.shapeMismatch(operation: "diagnostics", expected: "\(layers.count) layers",
                                            actual: "a pass of \(pass.activations.count) and gradients of \(gradients.weights.count)")
        }
        return layers.indices.map { l in
            let a = pass.activations[l]
            let activation = layers[l].activation
            let count = Double(max(a.count, 1))
            let mean = a.mean()
            var variance = 0.0
            var saturated = 0, zeros = 0
            for v in a.storage {
                variance += (v - mean) * (v - mean)
                switch activation {
                case .tanh: if abs(v) > 0.99 { saturated += 1 }
                case .sigmoid: if v < 0.01 || v > 0.99 { saturated += 1 }
                case .relu: if v == 0 { zeros += 1 }
                default: break
                }
            }
            var deadUnits = 0
            if activation == .relu {
                for i in 0..<a.rows where (0..<a.columns).allSatisfy({ a[i, $0] == 0 }) { deadUnits += 1 }
            }
            let weightNorm = layers[l].weights.norm()
            let saturates = activation == .tanh || activation == .sigmoid
            let ratio: Double? = updateNorms.flatMap { l < $0.count ? $0[l] / max(weightNorm, .leastNormalMagnitude) : nil }
            return LayerDiagnostics(layer: l + 1, activation: activation, activationMean: mean,
                                    activationStd: (variance / count).squareRoot(),
                                    saturatedFraction: saturates ? Double(saturated) / count : nil,
                                    zeroFraction: activation == .relu ? Double(zeros) / count : nil,
                                    deadUnitFraction: activation == .relu ? Double(deadUnits) / Double(a.rows) : nil,
                                    gradientNorm: gradients.weights[l].norm(), weightNorm: weightNorm,
                                    updateToWeightRatio: ratio)
        }
    }

    /// Per-layer statistics of a fresh forward and backward pass on `(x, y)` (no update ratio).
    public func diagnostics(_ x: Matrix, _ y: Matrix, regularization: Regularization = .none) throws -> [LayerDiagnostics] {
        let pass = try forward(x)
        let gradients = try backward(pass, targets: y, regularization: regularization)
        return try diagnostics(pass: pass, gradients: gradients)
    }
}

extension Trainer {
    /// Per-layer statistics of the last step: its mini-batch's activations, its gradients and the update
    /// it made. Empty before the first step.
    public func layerDiagnostics() -> [LayerDiagnostics] {
        guard let pass = lastForwardPass, let gradients = lastGradients else { return [] }
        return (try? network.diagnostics(pass: pass, gradients: gradients, updateNorms: optimizerState.lastUpdateNorms)) ?? []
    }
}
