/// J(θ + δ·eₖ) without redoing the work a perturbation cannot change.
///
/// Perturbing `W[l][i, j]` by δ (or `b[l][i]`) changes only row `i` of `Z[l]`, by `δ·A[l−1][j, :]`
/// (or δ). Everything upstream of layer l is untouched, so it comes from the cached base pass:
///
/// 1. the new row `Z[l][i, :]` is the cached row plus `δ · (row j of the layer's input)`;
/// 2. only row `i` of `A[l]` changes, so `Z[l+1]` is the cached `Z[l+1]` plus the rank-one update
///    `W[l+1][:, i] ⊗ ΔA[l][i, :]`;
/// 3. layers after `l+1` are recomputed normally;
/// 4. examples (columns) whose output did not change keep their cached loss, and the penalty changes
///    only by the perturbed weight's own term.
///
/// The result equals the naive evaluation up to floating-point rounding (a test proves it).
struct FastCostEvaluator {
    private let network: Network
    private let y: Matrix
    private let regularization: Regularization
    private let base: ForwardPass
    private let baseLosses: [Double]
    private let basePenalty: Double
    private let m: Int

    // Scratch, reused across evaluations.
    private var zRow: [Double]
    private var deltaRow: [Double]
    private var changed: [Bool]
    private var z: [Matrix]          // recomputed Z[k] for k > l
    private var a: [Matrix]          // recomputed A[k] (after dropout) for l < k < L−1
    private var outputA: Matrix      // recomputed A[L−1]
    private var losses: [Double]

    init(network: Network, x: Matrix, y: Matrix, regularization: Regularization, masks: DropoutMasks?) {
        self.network = network
        self.y = y
        self.regularization = regularization
        var pass = ForwardPass(layerCount: network.layers.count)
        network.forward(x, masks: masks, into: &pass)
        self.base = pass
        self.m = x.columns
        let last = network.layers.count - 1
        var losses = [Double](repeating: 0, count: x.columns)
        network.loss.exampleLosses(z: pass.preActivations[last], a: pass.activations[last], y: y, into: &losses)
        self.baseLosses = losses
        self.losses = losses
        self.basePenalty = network.regularizationCost(regularization, exampleCount: x.columns)
        self.zRow = [Double](repeating: 0, count: x.columns)
        self.deltaRow = zRow
        self.changed = [Bool](repeating: true, count: x.columns)
        self.z = pass.preActivations
        self.a = pass.activations
        self.outputA = pass.activations[last]
    }

    /// The unperturbed cost, from the cache.
    var baseCost: Double { sum(baseLosses) / Double(m) + basePenalty }

    private func sum(_ values: [Double]) -> Double {
        var total = 0.0
        for v in values { total += v }
        return total
    }

    /// The cost with parameter `offset` of `segment` changed from w to `w + epsilon`.
    mutating func cost(segment: ParameterSegment, offset: Int, epsilon: Double) -> Double {
        let l = segment.layer
        let layer = network.layers[l]
        let i = segment.isWeight ? offset / segment.columns : offset
        let w = segment.isWeight ? layer.weights.storage[offset] : layer.bias.storage[offset]
        // The change the naive check really makes: (w + ε) − w, exact after rounding w + ε.
        let delta = (w + epsilon) - w

        // 1. The new row i of Z[l].
        let m = self.m
        let baseZ = base.preActivations[l]
        zRow.withUnsafeMutableBufferPointer { row in
            baseZ.storage.withUnsafeBufferPointer { zp in
                let zi = zp.baseAddress! + i * m
                if segment.isWeight {
                    let j = offset % segment.columns
                    base.layerInput(l).storage.withUnsafeBufferPointer { input in
                        let xj = input.baseAddress! + j * m
                        for k in 0..<m { row[k] = zi[k] + delta * xj[k] }
                    }
                } else {
                    for k in 0..<m { row[k] = zi[k] + delta }
                }
            }
        }

        let last = network.layers.count - 1
        var penalty = basePenalty
        if segment.isWeight && !regularization.isNone {
            let w2 = w + delta
            penalty += (regularization.l2 * (Regularization.l2Penalty(w2) - Regularization.l2Penalty(w))
                + regularization.l1 * (Regularization.l1Penalty(w2) - Regularization.l1Penalty(w))) / Double(m)
        }

        if l == last {
            // The output layer itself: replace row i of Z[L−1]; every example may change.
            z[last].assignContents(of: base.preActivations[last])
            z[last].storage.withUnsafeMutableBufferPointer { zp in
                for k in 0..<m { zp[i * m + k] = zRow[k] }
            }
            for k in 0..<m { changed[k] = true }
            return outputCost() + penalty
        }

        // 2. The new row i of A[l] (after dropout) and its change.
        layer.activation.applyElementwise(zRow, into: &deltaRow)
        if let mask = base.masks?.masks[l] {
            for k in 0..<m { deltaRow[k] *= mask.storage[i * m + k] }
        }
        let baseA = base.layerOutput(l)
        for k in 0..<m {
            deltaRow[k] -= baseA.storage[i * m + k]
            changed[k] = deltaRow[k] != 0
        }

        // 3. Z[l+1] = cached Z[l+1] + W[l+1][:, i] ⊗ ΔA[l][i, :].
        let next = network.layers[l + 1]
        z[l + 1].assignContents(of: base.preActivations[l + 1])
        z[l + 1].storage.withUnsafeMutableBufferPointer { zp in
            deltaRow.withUnsafeBufferPointer { d in
                next.weights.storage.withUnsafeBufferPointer { wp in
                    for r in 0..<next.unitCount {
                        let weight = wp[r * next.inputCount + i]
                        if weight != 0 { Kernels.axpy(m, weight, d.baseAddress!, zp.baseAddress! + r * m) }
                    }
                }
            }
        }

        // 4. The remaining layers, recomputed in full (every example may have changed from here on).
        if l + 1 < last {
            for k in 0..<m { changed[k] = true }
            for k in (l + 1)..<last {
                network.layers[k].activation.apply(z[k], into: &a[k])
                if let mask = base.masks?.masks[k] {
                    a[k].storage.withUnsafeMutableBufferPointer { ap in
                        for e in ap.indices { ap[e] *= mask.storage[e] }
                    }
                }
                Matrix.multiply(network.layers[k + 1].weights, a[k], into: &z[k + 1])
                z[k + 1].addBiasToEveryColumn(network.layers[k + 1].bias)
            }
        }
        return outputCost() + penalty
    }

    /// The mean loss from `z[L−1]`, recomputing only the examples marked in `changed`.
    private mutating func outputCost() -> Double {
        let last = network.layers.count - 1
        let outputLayer = network.layers[last]
        let zL = z[last]
        let rows = zL.rows, m = self.m
        outputA.reshapeForReuse(rows: rows, columns: m)
        var total = 0.0
        zL.storage.withUnsafeBufferPointer { zp in
            outputA.storage.withUnsafeMutableBufferPointer { ap in
                y.storage.withUnsafeBufferPointer { yp in
                    let z = zp.baseAddress!, a = ap.baseAddress!, y = yp.baseAddress!
                    for k in 0..<m {
                        guard changed[k] else {
                            total += baseLosses[k]
                            continue
                        }
                        if network.loss == .meanSquaredError {
                            // Only MSE reads A; the cross-entropies work from the logits.
                            if outputLayer.activation == .softmax {
                                Activation.softmaxColumn(z, a, rows: rows, columns: m, column: k)
                            } else {
                                for r in 0..<rows { a[r * m + k] = outputLayer.activation.value(z[r * m + k]) }
                            }
                        }
                        total += network.loss.exampleLoss(z, UnsafePointer(a), y, rows: rows, columns: m, column: k)
                    }
                }
            }
        }
        return total / Double(m)
    }
}

extension Activation {
    /// `a = g(z)` for two equally long arrays (element-wise activations only).
    func applyElementwise(_ z: [Double], into a: inout [Double]) {
        z.withUnsafeBufferPointer { zp in
            a.withUnsafeMutableBufferPointer { ap in
                applyElementwise(zp.baseAddress!, ap.baseAddress!, count: zp.count)
            }
        }
    }
}

extension Matrix {
    /// Copies `other`'s shape and values into this matrix's own storage (no new allocation when it fits).
    mutating func assignContents(of other: Matrix) {
        reshapeForReuse(rows: other.rows, columns: other.columns)
        storage.withUnsafeMutableBufferPointer { dst in
            other.storage.withUnsafeBufferPointer { src in
                if let d = dst.baseAddress, let s = src.baseAddress { d.update(from: s, count: src.count) }
            }
        }
    }
}
