/// J(θ + δ·eₖ) the straightforward way: change one parameter, run the whole forward pass, compute
/// the cost with its penalty, put the parameter back. One full forward pass per evaluation.
struct NaiveCostEvaluator: Sendable {
    private var network: Network
    private let x: Matrix
    private let y: Matrix
    private let regularization: Regularization
    private var masks: DropoutMasks?
    /// When set, every evaluation draws new dropout masks: what happens if dropout is left on.
    private var freshMasks: (dropout: Dropout, rng: RandomSource)?
    private var pass: ForwardPass

    init(network: Network, x: Matrix, y: Matrix, regularization: Regularization, masks: DropoutMasks?,
         freshMasks: (Dropout, RandomSource)?) {
        self.network = network
        self.x = x
        self.y = y
        self.regularization = regularization
        self.masks = masks
        self.freshMasks = freshMasks.map { (dropout: $0.0, rng: $0.1) }
        self.pass = ForwardPass(layerCount: network.layers.count)
    }

    /// The cost with parameter `offset` of `segment` changed to `value + epsilon`.
    mutating func cost(segment: ParameterSegment, offset: Int, epsilon: Double) -> Double {
        let original = read(segment, offset)
        write(segment, offset, original + epsilon)
        defer { write(segment, offset, original) }
        return currentCost()
    }

    /// The cost at the unperturbed parameters.
    mutating func currentCost() -> Double {
        if var fresh = freshMasks {
            var drawn = masks ?? DropoutMasks(layerCount: network.layers.count)
            masks = nil
            fresh.dropout.drawMasks(for: network, exampleCount: x.columns, rng: &fresh.rng, into: &drawn)
            masks = drawn
            freshMasks = fresh
        }
        network.forward(x, masks: masks, into: &pass)
        return network.unregularizedCost(of: pass, targets: y) + network.regularizationCost(regularization, exampleCount: x.columns)
    }

    private func read(_ s: ParameterSegment, _ offset: Int) -> Double {
        s.isWeight ? network.layers[s.layer].weights.storage[offset] : network.layers[s.layer].bias.storage[offset]
    }

    private mutating func write(_ s: ParameterSegment, _ offset: Int, _ value: Double) {
        if s.isWeight { network.layers[s.layer].weights.storage[offset] = value } else { network.layers[s.layer].bias.storage[offset] = value }
    }
}
