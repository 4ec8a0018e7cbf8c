import CDenseKernels

/// One training step of a small binary classifier in a single pass over the examples.
///
/// The layer-by-layer `forward`/`backward` write every `Z`, `A` and `dZ` of all m examples to memory
/// and read them back; for a small network that traffic, not the arithmetic, is what a step costs.
/// This path (the C kernel `dl_binary_classifier_step`) runs the forward pass, the loss and the
/// backward pass of up to 64 examples at a time while they are still in registers and L1 cache. It
/// computes the same formulas — the tests hold it to the layer-by-layer result — but adds up the sums
/// over examples in its own fixed order, so the two paths may differ in the last bits. Which path a step
/// takes depends only on the network and the options, never on the machine.
///
/// The kernel reads the parameters packed as θ = (W1, b1, W2, b2, …) — `ParameterVector`'s layout —
/// and writes the gradient sums in the same layout, so the Swift side is two copies around one call.
struct BinaryClassifierStep: Sendable {
    /// A network with more weights than this takes the layer-by-layer path: its gradient accumulators
    /// (eight doubles per weight) would no longer stay in cache.
    static let maximumWeightCount = 4_096

    /// θ as the last step read it: the parameters *before* that step's update.
    private(set) var parameters: [Double] = []
    /// dθ summed over the examples (not yet divided by m), laid out like `parameters`.
    private var gradientSums: [Double] = []
    /// Z and A of every layer (units × m each, layer after layer), when the pass is recorded.
    private var recordedPass: [Double] = []
    /// The kernel's working memory.
    private var scratch: [Double] = []

    /// Whether the single-pass step computes this network's step: one sigmoid output unit under binary
    /// cross-entropy, ReLU or linear hidden layers, no dropout, and few enough weights and layers.
    static func supports(_ network: Network, dropout: Bool) -> Bool {
        guard !dropout, network.layers.count <= 64, network.loss == .binaryCrossEntropy, let output = network.layers.last,
              output.activation == .sigmoid, output.unitCount == 1 else { return false }
        guard network.layers.dropLast().allSatisfy({ $0.activation == .relu || $0.activation == .linear }) else { return false }
        return network.layers.reduce(0) { $0 + $1.weights.count } <= maximumWeightCount
    }

    /// The gradients (with penalty and planted bugs, as `backward` gives them) into `gradients`, and
    /// `x` as `pass.input`; the rest of the forward pass only if `recordingPass` (writing it out costs a
    /// third of the step). Returns the cost without penalty and the examples classified correctly.
    /// Inputs already validated, and `supports(network, dropout: false)` true.
    mutating func run(_ network: Network, _ x: Matrix, targets y: Matrix, regularization: Regularization, bugs: [PlantedBug],
                      recordingPass: Bool, pass: inout ForwardPass, gradients: inout Gradients) -> (cost: Double, correct: Int) {
        let m = x.columns
        let layerCount = network.layers.count
        // Layers are reached by index throughout: `for layer in network.layers` would copy each one
        // (and retain its matrices), which on this path costs more than the copies below.
        parameters.removeAll(keepingCapacity: true)
        var passCount = 0
        for l in 0..<layerCount {
            parameters.append(contentsOf: network.layers[l].weights.storage)
            parameters.append(contentsOf: network.layers[l].bias.storage)
            passCount += recordingPass ? 2 * network.layers[l].unitCount * m : 0
        }
        if gradientSums.count != parameters.count { gradientSums = Array(repeating: 0, count: parameters.count) }
        if recordedPass.count < passCount { recordedPass = Array(repeating: 0, count: passCount) }

        var totals = DLStepTotals()
        withUnsafeTemporaryAllocation(of: DLDenseLayer.self, capacity: layerCount) { layers in
            for l in 0..<layerCount {
                layers.initializeElement(at: l, to: DLDenseLayer(
                    inputs: network.layers[l].inputCount, units: network.layers[l].unitCount, weights: nil, bias: nil,
                    rectified: network.layers[l].activation == .relu ? 1 : 0, preActivations: nil, activations: nil,
                    weightGradient: nil, biasGradient: nil))
            }
            let needed = dl_binary_classifier_scratch_count(layers.baseAddress, layerCount)
            if scratch.count < needed { scratch = Array(repeating: 0, count: needed) }

            parameters.withUnsafeBufferPointer { theta in
                gradientSums.withUnsafeMutableBufferPointer { dTheta in
                    recordedPass.withUnsafeMutableBufferPointer { recorded in
                        var offset = 0, passOffset = 0
                        for l in 0..<layerCount {
                            let units = layers[l].units, weightCount = units * layers[l].inputs
                            layers[l].weights = theta.baseAddress! + offset
                            layers[l].bias = theta.baseAddress! + offset + weightCount
                            layers[l].weightGradient = dTheta.baseAddress! + offset
                            layers[l].biasGradient = dTheta.baseAddress! + offset + weightCount
                            if recordingPass {
                                layers[l].preActivations = recorded.baseAddress! + passOffset
                                layers[l].activations = recorded.baseAddress! + passOffset + units * m
                            }
                            offset += weightCount + units
                            passOffset += 2 * units * m
                        }
                        x.storage.withUnsafeBufferPointer { px in
                            y.storage.withUnsafeBufferPointer { py in
                                scratch.withUnsafeMutableBufferPointer { work in
                                    dl_binary_classifier_step(layers.baseAddress, layerCount, px.baseAddress, py.baseAddress, m,
                                                              work.baseAddress, &totals)
                                }
                            }
                        }
                    }
                }
            }
        }

        if gradients.weights.count != layerCount { gradients = Gradients(zerosLike: network) }
        if pass.preActivations.count != layerCount { pass = ForwardPass(layerCount: layerCount) }
        pass.input = x
        pass.masks = nil
        gradientSums.withUnsafeBufferPointer { dTheta in
            recordedPass.withUnsafeBufferPointer { recorded in
                var offset = 0, passOffset = 0
                for l in 0..<layerCount {
                    let units = network.layers[l].unitCount, inputs = network.layers[l].inputCount
                    gradients.weights[l].assign(rows: units, columns: inputs, from: dTheta.baseAddress! + offset)
                    gradients.biases[l].assign(rows: units, columns: 1, from: dTheta.baseAddress! + offset + units * inputs)
                    offset += units * inputs + units
                    if recordingPass {
                        pass.preActivations[l].assign(rows: units, columns: m, from: recorded.baseAddress! + passOffset)
                        pass.activations[l].assign(rows: units, columns: m, from: recorded.baseAddress! + passOffset + units * m)
                        passOffset += 2 * units * m
                    }
                }
            }
        }
        network.finishGradients(&gradients, exampleCount: m, regularization: regularization, bugs: bugs)
        return (totals.lossSum / Double(m), totals.correct)
    }
}
