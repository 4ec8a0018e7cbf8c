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
        pass.input = x
        pass.masks = masks
        if pass.preActivations.count != layers.count { pass = ForwardPass(layerCount: layers.count); pass.input = x; pass.masks = masks }
        for l in 0..<layers.count {
            let layer = layers[l]
            let previous = pass.layerInput(l)
            Matrix.affine(layer.weights, previous, bias: layer.bias, into: &pass.preActivations[l])
            layer.activation.apply(pass.preActivations[l], into: &pass.activations[l])
            if let mask = masks?.masks[l] {
                pass.droppedActivations[l].reshapeForReuse(rows: mask.rows, columns: mask.columns)
                Matrix.withPointers(pass.activations[l], mask, &pass.droppedActivations[l]) { a, mk, out in
                    for k in 0..<mask.count { out[k] = a[k] * mk[k] }
                }
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
