import FoundationEssentials
import Glibc

/// Everything the forward pass computed, kept for the backward pass and for diagnostics.
///
/// Layers are indexed from 0 here (layer `l` holds W(l+1) in the course's numbering).
public struct ForwardPass: Sendable {
    /// `X (inputs × m)`.
    public internal(set) var input: Matrix
    /// `Z[l] = W[l]·A[l−1] + b[l]`, each `(units × m)`.
    public internal(set) var preActivations: [Matrix]
    /// `A[l] = g(Z[l])` before dropout, each `(units × m)`.
    public internal(set) var activations: [Matrix]
    /// `A[l] ⊙ mask[l]` for layers with dropout (empty matrices elsewhere).
    var droppedActivations: [Matrix]
    /// The masks used, if dropout was on.
    public internal(set) var masks: DropoutMasks?

    init(layerCount: Int) {
        input = Matrix(rows: 0, columns: 0)
        preActivations = Array(repeating: Matrix(rows: 0, columns: 0), count: layerCount)
        activations = preActivations
        droppedActivations = preActivations
        masks = nil
    }

    /// The network's output `A[L] (outputs × m)`.
    public var output: Matrix { activations[activations.count - 1] }
    public var exampleCount: Int { input.columns }

    /// What layer `l + 1` receives from layer `l`: the activations after dropout.
    public func layerOutput(_ l: Int) -> Matrix {
        masks?.masks[l] != nil ? droppedActivations[l] : activations[l]
    }

    /// The input to layer `l`: `X` for the first layer.
    func layerInput(_ l: Int) -> Matrix { l == 0 ? input : layerOutput(l - 1) }
}

extension Network {
    /// Runs the network on `x (inputs × m)`, optionally with dropout masks.
    public func forward(_ x: Matrix, masks: DropoutMasks? = nil) throws -> ForwardPass {
        try validateInput(x)
        try validateMasks(masks, exampleCount: x.columns)
        var pass = ForwardPass(layerCount: layers.count)
        forward(x, masks: masks, into: &pass)
        return pass
    }

    /// The forward pass into reused buffers; inputs already validated.
    func forward(_ x: Matrix, masks: DropoutMasks?, into pass: inout ForwardPass) {
        start(x, masks: masks, pass: &pass)
        for l in 0..<layers.count { forwardLayer(l, into: &pass) }
    }

    /// The forward pass and the cost without penalty, `(1/m) Σ ℓⱼ`, in one go. A sigmoid output under
    /// binary cross-entropy needs `e^−|z|` twice per example (for σ(z) and for the loss), so this
    /// computes it once; the results are bit-identical to `forward` followed by the loss.
    func forwardAndCost(_ x: Matrix, masks: DropoutMasks?, targets y: Matrix, into pass: inout ForwardPass) -> Double {
        let last = layers.count - 1
        guard loss == .binaryCrossEntropy else {
            forward(x, masks: masks, into: &pass)
            return loss.cost(z: pass.preActivations[last], a: pass.activations[last], y: y)
        }
        start(x, masks: masks, pass: &pass)
        for l in 0..<last { forwardLayer(l, into: &pass) }
        let output = layers[last]
        Matrix.affine(output.weights, pass.layerInput(last), bias: output.bias, into: &pass.preActivations[last])
        pass.activations[last].reshapeForReuse(rows: output.unitCount, columns: x.columns)
        var total = 0.0
        Matrix.withPointers(pass.preActivations[last], y, &pass.activations[last]) { z, y, a in
            // Column by column (example by example), summing in the same order as `Loss.cost`.
            let rows = output.unitCount, m = x.columns
            for j in 0..<m {
                var example = 0.0
                for i in 0..<rows {
                    let index = i &* m &+ j
                    let zi = z[index]
                    let e = Glibc.exp(-abs(zi))
                    a[index] = zi >= 0 ? 1 / (1 + e) : e / (1 + e)
                    example += max(zi, 0) - zi * y[index] + Glibc.log1p(e)
                }
                total += example
            }
        }
        return total / Double(x.columns)
    }

    private func start(_ x: Matrix, masks: DropoutMasks?, pass: inout ForwardPass) {
        if pass.preActivations.count != layers.count { pass = ForwardPass(layerCount: layers.count) }
        pass.input = x
        pass.masks = masks
    }

    /// `Z[l] = W[l]·A[l−1] + b[l]`, `A[l] = g(Z[l])`, then the dropout mask if there is one.
    private func forwardLayer(_ l: Int, into pass: inout ForwardPass) {
        let layer = layers[l]
        let previous = pass.layerInput(l)
        if layer.activation == .relu {
            Matrix.affineRectified(layer.weights, previous, bias: layer.bias, into: &pass.preActivations[l],
                                   rectified: &pass.activations[l])
        } else {
            Matrix.affine(layer.weights, previous, bias: layer.bias, into: &pass.preActivations[l])
            layer.activation.apply(pass.preActivations[l], into: &pass.activations[l])
        }
        if let mask = pass.masks?.masks[l] {
            pass.droppedActivations[l].reshapeForReuse(rows: mask.rows, columns: mask.columns)
            Matrix.withPointers(pass.activations[l], mask, &pass.droppedActivations[l]) { a, mk, out in
                for k in 0..<mask.count { out[k] = a[k] * mk[k] }
            }
        }
    }

    /// The network's output `A[L] (outputs × m)` for `x`, without dropout.
    public func predict(_ x: Matrix) throws -> Matrix {
        try forward(x).output
    }

    /// The cost `J` of a finished forward pass against `y`, including the regularization penalty.
    public func cost(of pass: ForwardPass, targets y: Matrix, regularization: Regularization = .none) throws -> Double {
        try validateTargets(y, exampleCount: pass.exampleCount)
        try regularization.validate()
        return unregularizedCost(of: pass, targets: y) + regularizationCost(regularization, exampleCount: pass.exampleCount)
    }

    /// The cost `J` of the network on `(x, y)` including the penalty (and dropout, if masks are given).
    public func cost(_ x: Matrix, _ y: Matrix, regularization: Regularization = .none, masks: DropoutMasks? = nil) throws -> Double {
        try cost(of: forward(x, masks: masks), targets: y, regularization: regularization)
    }

    func unregularizedCost(of pass: ForwardPass, targets y: Matrix) -> Double {
        let last = layers.count - 1
        return loss.cost(z: pass.preActivations[last], a: pass.activations[last], y: y)
    }

    /// The penalty term alone: `(λ₂/2m)·Σ‖W‖² + (λ₁/m)·Σ|W|`.
    public func regularizationCost(_ regularization: Regularization, exampleCount m: Int) -> Double {
        regularization.isNone ? 0 : regularization.cost(allWeights: layers.map(\.weights), exampleCount: m)
    }
}
