/// The backward pass, written the course's way (layers from the output back to the input):
///
///     dZ[L]   = ∂ℓ/∂Z[L]                      (A − Y for the cross-entropies)
///     dW[l]   = (1/m) · dZ[l] · A[l−1]ᵀ  (+ penalty gradient)
///     db[l]   = (1/m) · Σ over examples of dZ[l]
///     dA[l−1] = W[l]ᵀ · dZ[l]     (⊙ the dropout mask of layer l−1, if any)
///     dZ[l−1] = dA[l−1] ⊙ g'(Z[l−1])
///
/// `dZ` is kept per example (no 1/m): `dW` and `db` are first summed over examples, then divided by
/// m. For a ReLU layer without dropout the last two lines are one kernel call: `g'` is applied while
/// `dA` is still in registers. (The trainer takes small binary classifiers through
/// `BinaryClassifierStep` instead: the same formulas in one pass over the examples.)
struct BackpropScratch: Sendable {
    var dZ: [Matrix] = []
    /// `dA[l]` for each layer, kept separately so no buffer changes shape between layers.
    var dA: [Matrix] = []
}

extension Network {
    /// The gradients of the cost (with the penalty) for a finished forward pass, optionally with bugs.
    public func backward(_ pass: ForwardPass, targets y: Matrix, regularization: Regularization = .none,
                         bugs: [PlantedBug] = []) throws -> Gradients {
        guard pass.preActivations.count == layers.count else {
            throw DLCoreError.shapeMismatch(operation: "backward", expected: "a forward pass through \(layers.count) layers",
                                            actual: "\(pass.preActivations.count) layers")
        }
        try validateTargets(y, exampleCount: pass.exampleCount)
        try regularization.validate()
        var gradients = Gradients(zerosLike: self)
        var scratch = BackpropScratch()
        backward(pass, targets: y, regularization: regularization, bugs: bugs, into: &gradients, scratch: &scratch)
        return gradients
    }

    /// The cost (with penalty) and its gradients on `(x, y)` in one call.
    public func costAndGradients(_ x: Matrix, _ y: Matrix, regularization: Regularization = .none,
                                 masks: DropoutMasks? = nil, bugs: [PlantedBug] = []) throws -> (cost: Double, gradients: Gradients) {
        let pass = try forward(x, masks: masks)
        let cost = try cost(of: pass, targets: y, regularization: regularization)
        return (cost, try backward(pass, targets: y, regularization: regularization, bugs: bugs))
    }

    /// The backward pass into reused buffers; inputs already validated.
    func backward(_ pass: ForwardPass, targets y: Matrix, regularization: Regularization, bugs: [PlantedBug],
                  into gradients: inout Gradients, scratch: inout BackpropScratch) {
        let count = layers.count
        let m = pass.exampleCount
        let tanhBug = bugs.contains(.wrongTanhDerivative)
        if scratch.dZ.count != count {
            scratch.dZ = Array(repeating: Matrix(rows: 0, columns: 0), count: count)
            scratch.dA = scratch.dZ
        }
        if gradients.weights.count != count { gradients = Gradients(zerosLike: self) }

        let last = count - 1
        loss.outputDelta(z: pass.preActivations[last], a: pass.activations[last], y: y,
                         activation: layers[last].activation, into: &scratch.dZ[last], dA: &scratch.dA[last])

        for l in stride(from: last, through: 0, by: -1) {
            let previous = pass.layerInput(l)
            let dZ = scratch.dZ[l]
            Matrix.multiplyTransposedRight(dZ, previous, into: &gradients.weights[l])
            gradients.biases[l].reshapeForReuse(rows: dZ.rows, columns: 1)
            dZ.storage.withUnsafeBufferPointer { p in
                for i in 0..<dZ.rows { gradients.biases[l].storage[i] = Kernels.sum(m, p.baseAddress! + i * m) }
            }

            guard l > 0 else { break }
            if layers[l - 1].activation == .relu && pass.masks?.masks[l - 1] == nil {
                // ReLU without dropout: apply its derivative while dA is still in registers.
                Matrix.multiplyTransposedLeftGated(layers[l].weights, dZ, gate: pass.preActivations[l - 1], into: &scratch.dZ[l - 1])
                continue
            }
            Matrix.multiplyTransposedLeft(layers[l].weights, dZ, into: &scratch.dA[l - 1])
            if let mask = pass.masks?.masks[l - 1] {
                scratch.dA[l - 1].storage.withUnsafeMutableBufferPointer { da in
                    mask.storage.withUnsafeBufferPointer { mk in
                        for k in da.indices { da[k] *= mk[k] }
                    }
                }
            }
            layers[l - 1].activation.backward(dA: scratch.dA[l - 1], z: pass.preActivations[l - 1], a: pass.activations[l - 1],
                                              into: &scratch.dZ[l - 1], tanhDerivativeBug: tanhBug)
        }
        finishGradients(&gradients, exampleCount: m, regularization: regularization, bugs: bugs)
    }

    /// Turns sums over examples (`Σ dZ·Aᵀ`, `Σ dZ`) into the gradient of the cost: divides by m, adds the
    /// penalty's gradient, and plants the bugs a lesson asked for.
    func finishGradients(_ gradients: inout Gradients, exampleCount m: Int, regularization: Regularization, bugs: [PlantedBug]) {
        let oneOverM = 1 / Double(m)
        let skipPenalty = bugs.contains(.missingRegularizationGradient)
        for l in layers.indices {
            let scale = bugs.contains(.missingOneOverM(layer: l + 1)) ? 1 : oneOverM
            gradients.weights[l].scaleInPlace(by: scale)
            if !skipPenalty {
                regularization.addGradient(weights: layers[l].weights, exampleCount: m, to: &gradients.weights[l])
            }
            gradients.biases[l].scaleInPlace(by: scale)
        }
        for case let .scaledGradient(segment, factor) in bugs {
            guard let (isWeight, l) = ParameterNaming.parse(segment), l < layers.count else { continue }
            if isWeight { gradients.weights[l].scaleInPlace(by: factor) } else { gradients.biases[l].scaleInPlace(by: factor) }
        }
    }
}

extension Matrix {
    mutating func scaleInPlace(by factor: Double) {
        if factor == 1 { return }
        storage.withUnsafeMutableBufferPointer { p in
            for k in p.indices { p[k] *= factor }
        }
    }
}
