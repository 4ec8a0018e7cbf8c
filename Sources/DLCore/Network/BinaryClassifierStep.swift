import CDenseKernels

/// One training step of a small binary classifier in a single pass over the examples.
///
/// The layer-by-layer `forward`/`backward` write every `Z`, `A` and `dZ` of all m examples to memory
/// and read them back; for a small network that traffic, not the arithmetic, is what a step costs.
/// This path (the C kernel `dl_binary_classifier_step`) runs the forward pass, the loss and the
/// backward pass of eight examples at a time while they are still in registers. It computes the same
/// formulas — the tests hold it to the layer-by-layer result — but adds up the sums over examples in
/// its own fixed order, so the two paths may differ in the last bits. Which path a step takes
/// depends only on the network and the options, never on the machine.
struct BinaryClassifierStep: Sendable {
    /// A network with more weights than this takes the layer-by-layer path: its gradient accumulators
    /// (eight doubles per weight) would no longer stay in cache.
    static let maximumWeightCount = 4_096

    private var scratch: [Double] = []

    /// Whether the single-pass step computes this network's step: one sigmoid output unit under binary
    /// cross-entropy, ReLU or linear hidden layers, no dropout, and few enough weights and layers.
    static func supports(_ network: Network, dropout: Bool) -> Bool {
        guard !dropout, network.layers.count <= 64, network.loss == .binaryCrossEntropy, let output = network.layers.last,
              output.activation == .sigmoid, output.unitCount == 1 else { return false }
        guard network.layers.dropLast().allSatisfy({ $0.activation == .relu || $0.activation == .linear }) else { return false }
        return network.layers.reduce(0) { $0 + $1.weights.count } <= maximumWeightCount
    }

    /// The gradients (with penalty and planted bugs, as `backward` gives them) into `gradients`, and the
    /// forward pass into `pass` if `recordingPass` (writing it out costs a third of the step); returns
    /// the cost without penalty and the examples classified correctly. Inputs already validated, and
    /// `supports(network, dropout: false)` true.
    mutating func run(_ network: Network, _ x: Matrix, targets y: Matrix, regularization: Regularization, bugs: [PlantedBug],
                      recordingPass: Bool, pass: inout ForwardPass, gradients: inout Gradients) -> (cost: Double, correct: Int) {
        let m = x.columns
        if pass.preActivations.count != network.layers.count { pass = ForwardPass(layerCount: network.layers.count) }
        if gradients.weights.count != network.layers.count { gradients = Gradients(zerosLike: network) }
        if recordingPass {
            pass.input = x
            pass.masks = nil
        }
        for l in network.layers.indices {
            let units = network.layers[l].weights.rows, inputs = network.layers[l].weights.columns
            if recordingPass {
                pass.preActivations[l].reshapeForReuse(rows: units, columns: m)
                pass.activations[l].reshapeForReuse(rows: units, columns: m)
            }
            gradients.weights[l].reshapeForReuse(rows: units, columns: inputs)
            gradients.biases[l].reshapeForReuse(rows: units, columns: 1)
        }

        var totals = DLStepTotals()
        withUnsafeTemporaryAllocation(of: DLDenseLayer.self, capacity: network.layers.count) { descriptions in
            Self.withLayers(network, from: 0, recordingPass: recordingPass, pass: &pass, gradients: &gradients,
                            describingInto: descriptions) { layers in
                let needed = dl_binary_classifier_scratch_count(layers.baseAddress, layers.count)
                if scratch.count < needed { scratch = Array(repeating: 0, count: needed) }
                x.storage.withUnsafeBufferPointer { px in
                    y.storage.withUnsafeBufferPointer { py in
                        scratch.withUnsafeMutableBufferPointer { ps in
                            dl_binary_classifier_step(layers.baseAddress, layers.count, px.baseAddress, py.baseAddress, m,
                                                      ps.baseAddress, &totals)
                        }
                    }
                }
            }
        }
        network.finishGradients(&gradients, exampleCount: m, regularization: regularization, bugs: bugs)
        return (totals.lossSum / Double(m), totals.correct)
    }

    /// Describes layers `l…` to C with pointers into the network, the pass and the gradients, then calls
    /// `body` with all of them: one nested closure per layer keeps every pointer valid during the call.
    /// The four buffers a layer writes are moved out of `pass` and `gradients` meanwhile (and back after),
    /// so each is uniquely owned and the deeper levels can still take `pass` and `gradients` inout.
    private static func withLayers(_ network: Network, from l: Int, recordingPass: Bool, pass: inout ForwardPass,
                                   gradients: inout Gradients, describingInto descriptions: UnsafeMutableBufferPointer<DLDenseLayer>,
                                   _ body: (UnsafeBufferPointer<DLDenseLayer>) -> Void) {
        guard l < network.layers.count else {
            body(UnsafeBufferPointer(descriptions))
            return
        }
        var z = Matrix.empty, a = Matrix.empty, dW = Matrix.empty, db = Matrix.empty
        swap(&z, &pass.preActivations[l])
        swap(&a, &pass.activations[l])
        swap(&dW, &gradients.weights[l])
        swap(&db, &gradients.biases[l])
        network.layers[l].weights.storage.withUnsafeBufferPointer { w in
            network.layers[l].bias.storage.withUnsafeBufferPointer { b in
                z.storage.withUnsafeMutableBufferPointer { z in
                    a.storage.withUnsafeMutableBufferPointer { a in
                        dW.storage.withUnsafeMutableBufferPointer { dW in
                            db.storage.withUnsafeMutableBufferPointer { db in
                                descriptions.initializeElement(at: l, to: DLDenseLayer(
                                    inputs: network.layers[l].inputCount, units: network.layers[l].unitCount,
                                    weights: w.baseAddress, bias: b.baseAddress,
                                    rectified: network.layers[l].activation == .relu ? 1 : 0, preActivations: recordingPass ? z.baseAddress : nil,
                                    activations: recordingPass ? a.baseAddress : nil, weightGradient: dW.baseAddress,
                                    biasGradient: db.baseAddress))
                                withLayers(network, from: l + 1, recordingPass: recordingPass, pass: &pass, gradients: &gradients,
                                           describingInto: descriptions, body)
                            }
                        }
                    }
                }
            }
        }
        swap(&z, &pass.preActivations[l])
        swap(&a, &pass.activations[l])
        swap(&dW, &gradients.weights[l])
        swap(&db, &gradients.biases[l])
    }
}
