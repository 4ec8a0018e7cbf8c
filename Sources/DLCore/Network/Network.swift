/// A fully connected feed-forward network: a stack of dense layers and the loss on its output.
///
/// Layer sizes are written the course's way, `[n⁰, n¹, …, nᴸ]`: `[2, 20, 3, 1]` is two inputs, hidden
/// layers of 20 and 3 units and one output unit — three layers of weights, named W1…W3 and b1…b3.
public struct Network: Sendable, Hashable {
    public var layers: [DenseLayer]
    public var loss: Loss

    /// A network from ready-made layers ("pretrained" weights). Throws if consecutive layers do not
    /// fit together or the loss does not suit the output layer.
    public init(layers: [DenseLayer], loss: Loss) throws {
        guard !layers.isEmpty else { throw DLCoreError.invalidConfiguration("a network needs at least one layer") }
        for l in 1..<max(layers.count, 1) where layers[l].inputCount != layers[l - 1].unitCount {
            throw DLCoreError.shapeMismatch(operation: "connecting layer \(l) to layer \(l + 1)",
                                            expected: "W\(l + 1) with \(layers[l - 1].unitCount) columns",
                                            actual: layers[l].weights.shapeDescription)
        }
        for (l, layer) in layers.enumerated().dropLast() where layer.activation == .softmax {
            throw DLCoreError.invalidConfiguration("softmax is only supported on the output layer, found on layer \(l + 1)")
        }
        try loss.validate(outputActivation: layers[layers.count - 1].activation, outputCount: layers[layers.count - 1].unitCount)
        self.layers = layers
        self.loss = loss
    }

    /// A freshly initialized network. `activations` has one entry per layer of weights
    /// (`layerSizes.count − 1`).
    public init(layerSizes: [Int], activations: [Activation], loss: Loss, initializer: Initializer = .he,
                rng: inout RandomSource) throws {
        guard layerSizes.count >= 2 else {
            throw DLCoreError.invalidConfiguration("layer sizes need at least an input and an output size, got \(layerSizes)")
        }
        guard layerSizes.allSatisfy({ $0 > 0 }) else {
            throw DLCoreError.invalidConfiguration("every layer needs at least one unit, got \(layerSizes)")
        }
        guard activations.count == layerSizes.count - 1 else {
            throw DLCoreError.shapeMismatch(operation: "Network(layerSizes:activations:)", expected: "\(layerSizes.count - 1) activations",
                                            actual: "\(activations.count)")
        }
        var layers: [DenseLayer] = []
        for l in 0..<(layerSizes.count - 1) {
            let weights = try initializer.weights(layer: l, rows: layerSizes[l + 1], columns: layerSizes[l], rng: &rng)
            let bias = try initializer.bias(layer: l, rows: layerSizes[l + 1])
            layers.append(try DenseLayer(weights: weights, bias: bias, activation: activations[l]))
        }
        try self.init(layers: layers, loss: loss)
    }

    /// A freshly initialized network with one activation for all hidden layers and one for the output.
    public init(layerSizes: [Int], hidden: Activation, output: Activation, loss: Loss, initializer: Initializer = .he,
                rng: inout RandomSource) throws {
        let count = max(layerSizes.count - 1, 0)
        let activations = (0..<count).map { $0 == count - 1 ? output : hidden }
        try self.init(layerSizes: layerSizes, activations: activations, loss: loss, initializer: initializer, rng: &rng)
    }

    /// `[n⁰, n¹, …, nᴸ]`.
    public var layerSizes: [Int] { [layers[0].inputCount] + layers.map(\.unitCount) }
    public var inputCount: Int { layers[0].inputCount }
    public var outputCount: Int { layers[layers.count - 1].unitCount }
    public var parameterCount: Int { layers.reduce(0) { $0 + $1.parameterCount } }
    public var outputActivation: Activation { layers[layers.count - 1].activation }

    /// Throws unless `x` is `(inputs × m)` with m ≥ 1.
    func validateInput(_ x: Matrix) throws {
        guard x.rows == inputCount else {
            throw DLCoreError.shapeMismatch(operation: "network input", expected: "\(inputCount)×m (one column per example)",
                                            actual: x.shapeDescription)
        }
        guard x.columns > 0 else { throw DLCoreError.emptyData("the input has no examples") }
        guard x.isFinite else { throw DLCoreError.nonFiniteValue("the input contains NaN or ∞") }
    }

    /// Throws unless `y` is `(outputs × m)`.
    func validateTargets(_ y: Matrix, exampleCount m: Int) throws {
        guard y.rows == outputCount && y.columns == m else {
            throw DLCoreError.shapeMismatch(operation: "targets", expected: "\(outputCount)×\(m)", actual: y.shapeDescription)
        }
        guard y.isFinite else { throw DLCoreError.nonFiniteValue("the targets contain NaN or ∞") }
    }

    /// Throws unless `masks` has a `(units × m)` matrix or nil per layer, and nil on the output layer.
    func validateMasks(_ masks: DropoutMasks?, exampleCount m: Int) throws {
        guard let masks else { return }
        guard masks.masks.count == layers.count, masks.masks.last.flatMap({ $0 }) == nil else {
            throw DLCoreError.shapeMismatch(operation: "dropout masks", expected: "\(layers.count) entries, none on the output layer",
                                            actual: "\(masks.masks.count) entries")
        }
        for (l, mask) in masks.masks.enumerated() {
            if let mask { try mask.requireShape(rows: layers[l].unitCount, columns: m, "dropout mask of layer \(l + 1)") }
        }
    }
}

extension Network: CustomStringConvertible {
    /// e.g. "[2, 20, 3, 1] ReLU/ReLU/sigmoid, binary cross-entropy".
    public var description: String {
        "\(layerSizes) \(layers.map(\.activation.description).joined(separator: "/")), \(loss)"
    }
}
