import FoundationEssentials
import Glibc

/// J(θ + δ·eₖ) without redoing the work a perturbation cannot change.
///
/// Perturbing `W[l][i, j]` by δ (or `b[l][i]`) changes only row `i` of `Z[l]`, by `δ·A[l−1][j, k]` in
/// example k (or δ). So:
///
/// 1. everything upstream of layer l comes from the cached base forward pass;
/// 2. examples where `A[l−1][j, k] = 0` (a ReLU that is off, say) do not change at all;
/// 3. in the other examples only unit i of layer l changes; if its activation comes out the same,
///    the example is unchanged; otherwise `Z[l+1]` of that example is the cached column plus
///    `W[l+1][:, i] · ΔA`, and the layers above are recomputed for that example alone;
/// 4. the cost is the cached total plus the change in the changed examples' losses, and the penalty
///    changes only by the perturbed weight's own term.
///
/// Examples are processed one at a time (each is a column in the course's layout), so the evaluator
/// keeps example-major copies of the cached pass, where one example's values are contiguous. The result
/// equals the naive evaluation up to floating-point rounding; a test proves it.
///
/// The inner loop runs thousands of times per parameter, so it reads raw buffers copied once at the
/// start: going through Swift arrays there spent most of the time on reference counting. Those buffers
/// are never written after `init` (per-example scratch lives on the stack of each call), which is what
/// makes sharing the evaluator between copies, and threads, safe.
struct FastCostEvaluator: @unchecked Sendable {
    /// One layer's cached values as raw pointers into `buffers`.
    private struct LayerView {
        var units: Int
        var inputs: Int
        var activation: Activation
        /// `W (units × inputs)` and `Wᵀ (inputs × units)`.
        var weights: UnsafeMutablePointer<Double>
        var transposedWeights: UnsafeMutablePointer<Double>
        var bias: UnsafeMutablePointer<Double>
        /// `Z (units × m)` row-major, and `Zᵀ`, `Aᵀ` (after dropout) and the mask's transpose example-major.
        var z: UnsafeMutablePointer<Double>
        var zByExample: UnsafeMutablePointer<Double>
        var aByExample: UnsafeMutablePointer<Double>
        var maskByExample: UnsafeMutablePointer<Double>?
        /// The layer's input `A[l−1] (inputs × m)` row-major (`X` for the first layer).
        var input: UnsafeMutablePointer<Double>
        /// Where this layer's pre-activation column for one example sits in the per-call scratch; its
        /// activation column follows `scratchUnits` later.
        var scratchOffset: Int
    }

    private let buffers = RawBuffers()
    private let layers: UnsafeMutablePointer<LayerView>
    private let layerCount: Int
    private let loss: Loss
    private let regularization: Regularization
    private let m: Int
    private let baseLosses: UnsafeMutablePointer<Double>
    private let yByExample: UnsafeMutablePointer<Double>
    private let baseLossSum: Double
    private let basePenalty: Double
    private let weightValues: [[Double]]
    /// Units over all layers: the per-call scratch holds one z column and one a column of this length.
    private let scratchUnits: Int
    /// Only squared error reads the output activation; the cross-entropies work from the logits.
    private let lossReadsActivation: Bool
    private let outputIsSoftmax: Bool

    init(network: Network, x: Matrix, y: Matrix, regularization: Regularization, masks: DropoutMasks?) {
        var pass = ForwardPass(layerCount: network.layers.count)
        network.forward(x, masks: masks, into: &pass)
        let last = network.layers.count - 1
        self.m = x.columns
        self.layerCount = network.layers.count
        self.loss = network.loss
        self.regularization = regularization
        self.weightValues = network.layers.map(\.weights.storage)
        self.scratchUnits = network.layers.reduce(0) { $0 + $1.unitCount }
        self.lossReadsActivation = network.loss == .meanSquaredError
        self.outputIsSoftmax = network.outputActivation == .softmax

        var losses = [Double](repeating: 0, count: x.columns)
        network.loss.exampleLosses(z: pass.preActivations[last], a: pass.activations[last], y: y, into: &losses)
        // Summed in the same order as the naive cost, so J(θ) itself is identical.
        var sum = 0.0
        for value in losses { sum += value }
        self.baseLossSum = sum
        self.basePenalty = network.regularizationCost(regularization, exampleCount: x.columns)
        self.baseLosses = buffers.copy(losses)
        self.yByExample = buffers.copy(y.transposed().storage)

        let buffers = self.buffers
        let views = network.layers.indices.map { l -> LayerView in
            let layer = network.layers[l]
            return LayerView(units: layer.unitCount, inputs: layer.inputCount, activation: layer.activation,
                             weights: buffers.copy(layer.weights.storage),
                             transposedWeights: buffers.copy(layer.weights.transposed().storage),
                             bias: buffers.copy(layer.bias.storage),
                             z: buffers.copy(pass.preActivations[l].storage),
                             zByExample: buffers.copy(pass.preActivations[l].transposed().storage),
                             aByExample: buffers.copy(pass.layerOutput(l).transposed().storage),
                             maskByExample: masks?.masks[l].map { buffers.copy($0.transposed().storage) },
                             input: buffers.copy(pass.layerInput(l).storage),
                             scratchOffset: network.layers[..<l].reduce(0) { $0 + $1.unitCount })
        }
        self.layers = buffers.copy(views)
    }

    /// The unperturbed cost, from the cache.
    var baseCost: Double { baseLossSum / Double(m) + basePenalty }

    /// The cost with parameter `offset` of `segment` changed from w to `w + epsilon`.
    func cost(segment: ParameterSegment, offset: Int, epsilon: Double) -> Double {
        costs(segment: segment, offset: offset, plus: epsilon, minus: nil).plus
    }

    /// J(θ + εₚeₖ) and, if `minus` is given, J(θ + εₘeₖ), in one sweep over the examples (the two-sided
    /// check needs both, and they share every cached value they read).
    func costs(segment: ParameterSegment, offset: Int, plus: Double, minus: Double?) -> (plus: Double, minus: Double) {
        let l = segment.layer
        let view = layers[l]
        let i = segment.isWeight ? offset / segment.columns : offset
        let w = segment.isWeight ? weightValues[l][offset] : view.bias[offset]
        // The changes the naive check really makes: (w + ε) − w, exact after rounding w + ε.
        let deltaPlus = (w + plus) - w
        let deltaMinus = minus.map { (w + $0) - w } ?? 0
        let twoSided = minus != nil

        let zi = view.z + i &* m
        let inputRow = segment.isWeight ? view.input + (offset % segment.columns) &* m : nil
        let isOutput = l == layerCount - 1
        let units = view.units
        var changePlus = 0.0, changeMinus = 0.0
        // One example's columns live on the stack, so the evaluator itself is never written to.
        if l == layerCount - 2 && loss == .binaryCrossEntropy && layers[l + 1].units == 1 && view.activation == .relu {
            // The commonest case by far (the benchmark's W2): a ReLU layer right under one sigmoid output unit.
            // The same operations as the general path below, without its per-example bookkeeping.
            let output = layers[l + 1]
            let outgoing = output.transposedWeights[i]
            let outputZ = output.zByExample, y = yByExample, base = baseLosses
            let cachedA = view.aByExample + i, maskByExample = view.maskByExample.map { $0 + i }
            @inline(__always) func change(_ deltaA: Double, _ k: Int) -> Double {
                let z = outputZ[k] + deltaA * outgoing
                var total = 0.0
                total += max(z, 0) - z * y[k] + Glibc.log1p(Glibc.exp(-abs(z)))
                return total - base[k]
            }
            for k in 0..<m {
                let input = inputRow?[k] ?? 1
                if input == 0 { continue }
                let zPlus = zi[k] + deltaPlus * input, zMinus = zi[k] + deltaMinus * input
                let cached = cachedA[k &* units]
                let mask = maskByExample.map { $0[k &* units] } ?? 1
                let aPlus = (zPlus > 0 ? zPlus : 0) * mask - cached
                if aPlus != 0 { changePlus += change(aPlus, k) }
                if twoSided {
                    let aMinus = (zMinus > 0 ? zMinus : 0) * mask - cached
                    if aMinus != 0 { changeMinus += change(aMinus, k) }
                }
            }
        } else {
        // Both sides through a ReLU layer to one output unit: computed side by side (two independent chains of adds).
        let pairable = twoSided && !isOutput && l + 2 == layerCount - 1 && !lossReadsActivation
            && layers[l + 1].activation == .relu && layers[l + 1].maskByExample == nil && layers[l + 2].units == 1
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * scratchUnits) { buffer in
            let scratch = buffer.baseAddress!
            for k in 0..<m {
                let input = inputRow?[k] ?? 1
                if input == 0 { continue }
                let zPlus = zi[k] + deltaPlus * input, zMinus = zi[k] + deltaMinus * input
                if isOutput {
                    changePlus += outputLossChange(unit: i, example: k, newZ: zPlus, scratch: scratch)
                    if twoSided { changeMinus += outputLossChange(unit: i, example: k, newZ: zMinus, scratch: scratch) }
                    continue
                }
                // Only unit i of layer l changes in this example; if its activation does not, nothing does.
                let cached = view.aByExample[k &* units &+ i]
                let mask = view.maskByExample.map { $0[k &* units &+ i] } ?? 1
                let aPlus = view.activation.value(zPlus) * mask - cached
                if pairable {
                    let aMinus = view.activation.value(zMinus) * mask - cached
                    if aPlus != 0 && aMinus != 0 {
                        let (p, q) = lossChangesTwoLayersUp(layer: l, unit: i, example: k, deltaPlus: aPlus, deltaMinus: aMinus,
                                                            scratch: scratch)
                        changePlus += p
                        changeMinus += q
                        continue
                    }
                }
                if aPlus != 0 { changePlus += lossChangeAbove(layer: l, unit: i, example: k, deltaA: aPlus, scratch: scratch) }
                if twoSided {
                    let aMinus = view.activation.value(zMinus) * mask - cached
                    if aMinus != 0 { changeMinus += lossChangeAbove(layer: l, unit: i, example: k, deltaA: aMinus, scratch: scratch) }
                }
            }
        }
        }
        return ((baseLossSum + changePlus) / Double(m) + penalty(w: w, delta: deltaPlus, isWeight: segment.isWeight),
                (baseLossSum + changeMinus) / Double(m) + penalty(w: w, delta: deltaMinus, isWeight: segment.isWeight))
    }

    /// The penalty after changing one parameter from w to w + δ: only that weight's own term moves.
    private func penalty(w: Double, delta: Double, isWeight: Bool) -> Double {
        guard isWeight && !regularization.isNone else { return basePenalty }
        let changed = w + delta
        return basePenalty + (regularization.l2 * (Regularization.l2Penalty(changed) - Regularization.l2Penalty(w))
            + regularization.l1 * (regularization.l1Term(changed) - regularization.l1Term(w))) / Double(m)
    }

    /// How example k's loss changes when output unit i's pre-activation becomes `newZ`.
    @inline(__always)
    private func outputLossChange(unit i: Int, example k: Int, newZ: Double, scratch: UnsafeMutablePointer<Double>) -> Double {
        let output = layers[layerCount - 1]
        let z = scratch + output.scratchOffset
        z.update(from: output.zByExample + k &* output.units, count: output.units)
        z[i] = newZ
        return outputLoss(example: k, scratch: scratch) - baseLosses[k]
    }

    /// `lossChangeAbove` for both sides at once, in the case `pairable` describes in `costs`: the same
    /// operations in the same order as its fused path, the two sides interleaved.
    private func lossChangesTwoLayersUp(layer l: Int, unit i: Int, example k: Int, deltaPlus: Double, deltaMinus: Double,
                                        scratch: UnsafeMutablePointer<Double>) -> (Double, Double) {
        let next = layers[l + 1], above = layers[l + 2]
        let cached = next.zByExample + k &* next.units
        let outgoing = next.transposedWeights + i &* next.units
        let weights = above.weights
        var sPlus = above.bias[0], sMinus = sPlus
        for c in 0..<next.units {
            let zPlus = cached[c] + deltaPlus * outgoing[c]
            let zMinus = cached[c] + deltaMinus * outgoing[c]
            sPlus += weights[c] * (zPlus > 0 ? zPlus : 0)
            sMinus += weights[c] * (zMinus > 0 ? zMinus : 0)
        }
        let aboveZ = scratch + above.scratchOffset
        aboveZ[0] = sPlus
        let plus = outputLoss(example: k, scratch: scratch) - baseLosses[k]
        aboveZ[0] = sMinus
        return (plus, outputLoss(example: k, scratch: scratch) - baseLosses[k])
    }

    /// How example k's loss changes when unit i of hidden layer l changes its output by `deltaA`.
    private func lossChangeAbove(layer l: Int, unit i: Int, example k: Int, deltaA: Double,
                                 scratch: UnsafeMutablePointer<Double>) -> Double {
        let last = layerCount - 1
        // Layer l+1 of this example: the cached column plus W[l+1][:, i]·ΔA.
        let next = layers[l + 1]
        let cached = next.zByExample + k &* next.units
        let outgoing = next.transposedWeights + i &* next.units
        let nextZ = scratch + next.scratchOffset
        if l + 2 == last && !lossReadsActivation && next.activation == .relu && next.maskByExample == nil {
            // The common case of a ReLU layer under the output (the benchmark's W1 and b1): the new z, a and the
            // output's z in one pass, with the same operations in the same order as the general path below.
            let above = layers[last]
            let aboveZ = scratch + above.scratchOffset
            if above.units == 1 {
                var s = above.bias[0]
                for c in 0..<next.units {
                    let z = cached[c] + deltaA * outgoing[c]
                    s += above.weights[c] * (z > 0 ? z : 0)
                }
                aboveZ[0] = s
            } else {
                let belowA = nextZ + scratchUnits
                for c in 0..<next.units {
                    let z = cached[c] + deltaA * outgoing[c]
                    belowA[c] = z > 0 ? z : 0
                }
                for r in 0..<above.units {
                    let row = above.weights + r &* above.inputs
                    var s = above.bias[r]
                    for c in 0..<above.inputs { s += row[c] * belowA[c] }
                    aboveZ[r] = s
                }
            }
            return outputLoss(example: k, scratch: scratch) - baseLosses[k]
        }
        for r in 0..<next.units { nextZ[r] = cached[r] + deltaA * outgoing[r] }

        // The layers above, for this example only: z = b + W·a, summed in the forward pass's order.
        var q = l + 1
        while q < last {
            let below = layers[q], above = layers[q + 1]
            let belowZ = scratch + below.scratchOffset, belowA = belowZ + scratchUnits, aboveZ = scratch + above.scratchOffset
            below.activation.applyElementwise(belowZ, belowA, count: below.units)
            if let mask = below.maskByExample {
                for r in 0..<below.units { belowA[r] *= mask[k &* below.units &+ r] }
            }
            for r in 0..<above.units {
                let row = above.weights + r &* above.inputs
                var s = above.bias[r]
                for c in 0..<above.inputs { s += row[c] * belowA[c] }
                aboveZ[r] = s
            }
            q += 1
        }
        return outputLoss(example: k, scratch: scratch) - baseLosses[k]
    }

    /// The loss of example k from the output pre-activations in the output layer's scratch column.
    @inline(__always)
    private func outputLoss(example k: Int, scratch: UnsafeMutablePointer<Double>) -> Double {
        let output = layers[layerCount - 1]
        let z = scratch + output.scratchOffset, a = z + scratchUnits
        if lossReadsActivation {
            if outputIsSoftmax {
                Activation.softmaxColumn(z, a, rows: output.units, columns: 1, column: 0)
            } else {
                output.activation.applyElementwise(z, a, count: output.units)
            }
        }
        return loss.exampleLoss(z, a, yByExample + k &* output.units, rows: output.units, columns: 1, column: 0)
    }
}

/// Memory the fast check owns outright; filled during the evaluator's `init`, read-only afterwards,
/// freed when the last copy of the evaluator is gone.
private final class RawBuffers: @unchecked Sendable {
    private var allocations: [UnsafeMutableRawPointer] = []

    func make(_ count: Int) -> UnsafeMutablePointer<Double> {
        let p = UnsafeMutablePointer<Double>.allocate(capacity: max(count, 1))
        p.initialize(repeating: 0, count: max(count, 1))
        allocations.append(UnsafeMutableRawPointer(p))
        return p
    }

    func copy<T>(_ values: [T]) -> UnsafeMutablePointer<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(values.count, 1))
        _ = UnsafeMutableBufferPointer(start: p, count: values.count).initialize(from: values)
        allocations.append(UnsafeMutableRawPointer(p))
        return p
    }

    deinit {
        // Everything stored here is plain data (Doubles and structs of pointers), so no deinitialization.
        for p in allocations { p.deallocate() }
    }
}
