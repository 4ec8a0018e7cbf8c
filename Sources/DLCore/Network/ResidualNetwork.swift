/// A network with identity skip connections (He et al., 2016) around its hidden layers:
///
///     plain:     A[l] = g(Z[l])
///     residual:  A[l] = g(Z[l]) + A[l−1]      (where layer l keeps the width of its input)
///
/// and its backward pass, where the skip adds the gradient arriving at a layer's output straight to
/// its input:
///
///     dZ[l]   = dA[l] ⊙ g'(Z[l])
///     dA[l−1] = W[l]ᵀ · dZ[l]  (+ dA[l] through the skip)
///
/// That "+ dA[l]" is why deep residual stacks do not lose their gradient: even where W and g' shrink
/// it, the identity path carries it back unchanged. The output layer never has a skip. No dropout
/// and no single-pass fast path: this type is for the lesson on vanishing gradients, written for
/// clarity, and checked against finite differences.
public struct ResidualNetwork: Sendable, Hashable {
    public var network: Network
    /// `skips[l]`: layer `l` (0-based) adds its input to its output.
    public let skips: [Bool]

    /// Skip connections on every hidden layer whose input and output widths match, or on none.
    public init(network: Network, skipConnections: Bool) {
        self.network = network
        let last = network.layers.count - 1
        skips = network.layers.indices.map { l in
            skipConnections && l < last && network.layers[l].inputCount == network.layers[l].unitCount
        }
    }

    public var skipCount: Int { skips.filter { $0 }.count }

    /// The pre-activations `Z[l]` and outputs `A[l]` (with the skips added) for `x (inputs × m)`.
    public func forward(_ x: Matrix) throws -> (preActivations: [Matrix], outputs: [Matrix]) {
        try network.validateInput(x)
        var preActivations: [Matrix] = [], outputs: [Matrix] = []
        var previous = x
        for (l, layer) in network.layers.enumerated() {
            var z = Matrix(rows: 0, columns: 0), a = z
            Matrix.affine(layer.weights, previous, bias: layer.bias, into: &z)
            layer.activation.apply(z, into: &a)
            if skips[l] {
                for k in 0..<a.count { a.storage[k] += previous.storage[k] }
            }
            preActivations.append(z)
            outputs.append(a)
            previous = a
        }
        return (preActivations, outputs)
    }

    /// The cost with the penalty on `(x, y)`.
    public func cost(_ x: Matrix, _ y: Matrix, regularization: Regularization = .none) throws -> Double {
        var unused: [Double] = []
        return try costAndGradients(x, y, regularization: regularization, wantGradients: false, deltaNorms: &unused).cost
    }

    /// The cost with the penalty and its gradients.
    public func costAndGradients(_ x: Matrix, _ y: Matrix,
                                 regularization: Regularization = .none) throws -> (cost: Double, gradients: Gradients) {
        var unused: [Double] = []
        let result = try costAndGradients(x, y, regularization: regularization, wantGradients: true, deltaNorms: &unused)
        return (result.cost, result.gradients)
    }

    /// `‖∂J/∂Z[l]‖` and `‖∂J/∂W[l]‖` of every layer (no penalty): how much gradient reaches each layer,
    /// the quantity that vanishes in a deep plain stack and that the skips carry down.
    public func layerGradientNorms(_ x: Matrix, _ y: Matrix) throws -> (preActivations: [Double], weights: [Double]) {
        var deltaNorms: [Double] = []
        let gradients = try costAndGradients(x, y, regularization: .none, wantGradients: true, deltaNorms: &deltaNorms).gradients
        return (deltaNorms, gradients.weights.map { $0.squaredNorm().squareRoot() })
    }

    /// `deltaNorms` receives `‖dZ[l]‖` of every layer, first layer first (before the penalty).
    private func costAndGradients(_ x: Matrix, _ y: Matrix, regularization: Regularization,
                                  wantGradients: Bool, deltaNorms: inout [Double]) throws -> (cost: Double, gradients: Gradients) {
        try regularization.validate()
        let (z, a) = try forward(x)
        try network.validateTargets(y, exampleCount: x.columns)
        let layers = network.layers, last = layers.count - 1, m = x.columns
        let cost = network.loss.cost(z: z[last], a: a[last], y: y)
            + network.regularizationCost(regularization, exampleCount: m)
        var gradients = Gradients(zerosLike: network)
        guard wantGradients else { return (cost, gradients) }

        var dZ = Matrix(rows: 0, columns: 0), dA = dZ
        network.loss.outputDelta(z: z[last], a: a[last], y: y, activation: layers[last].activation, into: &dZ, dA: &dA)
        deltaNorms = Array(repeating: 0, count: layers.count)
        for l in stride(from: last, through: 0, by: -1) {
            // dZ is per example here (the 1/m comes in finishGradients); ∂J/∂Z of the mean cost has it.
            deltaNorms[l] = dZ.squaredNorm().squareRoot() / Double(m)
            let input = l == 0 ? x : a[l - 1]
            Matrix.multiplyTransposedRight(dZ, input, into: &gradients.weights[l])
            for i in 0..<dZ.rows {
                var sum = 0.0
                for j in 0..<m { sum += dZ[i, j] }
                gradients.biases[l].storage[i] = sum
            }
            guard l > 0 else { break }
            // The gradient arriving at layer l−1's output: through W[l], plus through layer l's skip.
            var dInput = Matrix(rows: 0, columns: 0)
            Matrix.multiplyTransposedLeft(layers[l].weights, dZ, into: &dInput)
            if skips[l] {
                for k in 0..<dInput.count { dInput.storage[k] += dA.storage[k] }
            }
            dA = dInput
            // g' is written in terms of g(Z), so a layer with a skip passes g(Z) rather than its output.
            layers[l - 1].activation.backward(dA: dA, z: z[l - 1], a: skips[l - 1] ? layers[l - 1].activation.apply(z[l - 1]) : a[l - 1],
                                              into: &dZ)
        }
        network.finishGradients(&gradients, exampleCount: m, regularization: regularization, bugs: [])
        return (cost, gradients)
    }

    /// `‖dW[l]‖` for every layer: the picture of a vanishing (or exploding) gradient.
    public func weightGradientNorms(_ x: Matrix, _ y: Matrix) throws -> [Double] {
        try costAndGradients(x, y).gradients.weights.map { $0.squaredNorm().squareRoot() }
    }
}
