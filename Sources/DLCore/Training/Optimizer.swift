import FoundationEssentials
import Glibc

/// The update rule that turns gradients into new weights.
public enum OptimizerMethod: Sendable, Hashable, CustomStringConvertible {
    /// `θ ← θ − η·g`
    case gradientDescent
    /// `v ← β·v + (1−β)·g`, `θ ← θ − η·v` (the course's exponentially weighted form).
    case momentum(beta: Double)
    /// `m ← β₁m + (1−β₁)g`, `v ← β₂v + (1−β₂)g²`, bias-corrected, `θ ← θ − η·m̂/(√v̂ + ε)`.
    case adam(beta1: Double, beta2: Double, epsilon: Double)

    public var description: String {
        switch self {
        case .gradientDescent: "gradient descent"
        case let .momentum(beta): "momentum β=\(beta)"
        case let .adam(b1, b2, e): "Adam β₁=\(b1) β₂=\(b2) ε=\(e)"
        }
    }
}

/// An optimizer with its state (velocities, moments, step count).
///
/// `weightDecay` is *decoupled* weight decay (as in AdamW): `W ← W − η·wd·W` applied beside the
/// gradient step, to weights only. Under plain gradient descent that is exactly L2 regularization
/// with `wd = λ/m`; under Adam it is not, because Adam rescales the L2 gradient but not the decay.
public struct Optimizer: Sendable, Hashable, CustomStringConvertible {
    public var method: OptimizerMethod
    public var learningRate: Double
    public var weightDecay: Double
    /// The number of updates made so far (Adam's t).
    public private(set) var updateCount = 0
    /// ‖ΔW[l]‖ of the last update, per layer, for the update-to-weight-ratio diagnostic.
    public private(set) var lastUpdateNorms: [Double] = []

    private var firstMoments: [[Double]] = []   // momentum's v, Adam's m; weights then biases per layer
    private var secondMoments: [[Double]] = []  // Adam's v

    public init(method: OptimizerMethod, learningRate: Double, weightDecay: Double = 0) {
        self.method = method
        self.learningRate = learningRate
        self.weightDecay = weightDecay
    }

    public static func gradientDescent(learningRate: Double, weightDecay: Double = 0) -> Optimizer {
        Optimizer(method: .gradientDescent, learningRate: learningRate, weightDecay: weightDecay)
    }

    public static func momentum(learningRate: Double, beta: Double = 0.9, weightDecay: Double = 0) -> Optimizer {
        Optimizer(method: .momentum(beta: beta), learningRate: learningRate, weightDecay: weightDecay)
    }

    public static func adam(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999,
                            epsilon: Double = 1e-8) -> Optimizer {
        Optimizer(method: .adam(beta1: beta1, beta2: beta2, epsilon: epsilon), learningRate: learningRate)
    }

    /// Adam with decoupled weight decay (Loshchilov & Hutter).
    public static func adamW(learningRate: Double = 0.001, weightDecay: Double = 0.01, beta1: Double = 0.9,
                             beta2: Double = 0.999, epsilon: Double = 1e-8) -> Optimizer {
        Optimizer(method: .adam(beta1: beta1, beta2: beta2, epsilon: epsilon), learningRate: learningRate, weightDecay: weightDecay)
    }

    public var description: String {
        let base = "\(method), η=\(learningRate)"
        if weightDecay == 0 { return base }
        if case .adam = method { return "AdamW" + base.dropFirst(4) + ", weight decay \(weightDecay)" }
        return base + ", weight decay \(weightDecay)"
    }

    /// Throws if a hyper-parameter is out of range (negative learning rate, β outside [0, 1), ε ≤ 0, …).
    public func validate() throws {
        try DLCoreError.requireNonNegative(learningRate, "learning rate")
        try DLCoreError.requireNonNegative(weightDecay, "weight decay")
        func requireBeta(_ b: Double, _ name: String) throws {
            guard b.isFinite, b >= 0, b < 1 else { throw DLCoreError.outOfRange(name: name, value: b, range: "[0, 1)") }
        }
        switch method {
        case .gradientDescent: break
        case let .momentum(beta): try requireBeta(beta, "momentum β")
        case let .adam(b1, b2, e):
            try requireBeta(b1, "Adam β₁")
            try requireBeta(b2, "Adam β₂")
            try DLCoreError.requirePositive(e, "Adam ε")
        }
    }

    /// Forgets velocities and moments (a fresh start with the same hyper-parameters).
    public mutating func reset() {
        updateCount = 0
        firstMoments = []
        secondMoments = []
        lastUpdateNorms = []
    }

    /// Applies one update to `network` in place. Gradients must be shaped like the network's parameters.
    public mutating func update(_ network: inout Network, with gradients: Gradients) throws {
        try validate()
        guard gradients.weights.count == network.layers.count,
              zip(gradients.weights, network.layers).allSatisfy({ $0.rows == $1.weights.rows && $0.columns == $1.weights.columns }),
              zip(gradients.biases, network.layers).allSatisfy({ $0.count == $1.bias.count }) else {
            throw DLCoreError.shapeMismatch(operation: "optimizer update", expected: "gradients shaped like the network's parameters",
                                            actual: gradients.weights.map(\.shapeDescription).joined(separator: ", "))
        }
        apply(to: &network, gradients: gradients)
    }

    /// The update without checks (training loop).
    mutating func apply(to network: inout Network, gradients: Gradients) {
        let count = network.layers.count
        if firstMoments.count != 2 * count {
            firstMoments = (0..<(2 * count)).map { k in
                [Double](repeating: 0, count: k < count ? network.layers[k].weights.count : network.layers[k - count].bias.count)
            }
            secondMoments = firstMoments
        }
        if lastUpdateNorms.count != count { lastUpdateNorms = [Double](repeating: 0, count: count) }
        updateCount += 1
        for l in 0..<count {
            lastUpdateNorms[l] = step(&network.layers[l].weights.storage, gradients.weights[l].storage, slot: l, decay: weightDecay)
                .squareRoot()
            _ = step(&network.layers[l].bias.storage, gradients.biases[l].storage, slot: count + l, decay: 0)
        }
    }

    /// Updates one parameter tensor; returns ‖Δθ‖².
    private mutating func step(_ theta: inout [Double], _ gradient: [Double], slot: Int, decay: Double) -> Double {
        let eta = learningRate
        var squaredUpdate = 0.0
        let n = theta.count
        switch method {
        case .gradientDescent:
            theta.withUnsafeMutableBufferPointer { w in
                gradient.withUnsafeBufferPointer { g in
                    for k in 0..<n {
                        let delta = eta * (g[k] + decay * w[k])
                        w[k] -= delta
                        squaredUpdate += delta * delta
                    }
                }
            }
        case let .momentum(beta):
            theta.withUnsafeMutableBufferPointer { w in
                gradient.withUnsafeBufferPointer { g in
                    firstMoments[slot].withUnsafeMutableBufferPointer { v in
                        for k in 0..<n {
                            v[k] = beta * v[k] + (1 - beta) * g[k]
                            let delta = eta * (v[k] + decay * w[k])
                            w[k] -= delta
                            squaredUpdate += delta * delta
                        }
                    }
                }
            }
        case let .adam(beta1, beta2, epsilon):
            let t = Double(updateCount)
            let correction1 = 1 - Glibc.pow(beta1, t)
            let correction2 = 1 - Glibc.pow(beta2, t)
            theta.withUnsafeMutableBufferPointer { w in
                gradient.withUnsafeBufferPointer { g in
                    firstMoments[slot].withUnsafeMutableBufferPointer { m in
                        secondMoments[slot].withUnsafeMutableBufferPointer { v in
                            for k in 0..<n {
                                m[k] = beta1 * m[k] + (1 - beta1) * g[k]
                                v[k] = beta2 * v[k] + (1 - beta2) * g[k] * g[k]
                                let mHat = m[k] / correction1
                                let vHat = v[k] / correction2
                                let delta = eta * (mHat / (vHat.squareRoot() + epsilon) + decay * w[k])
                                w[k] -= delta
                                squaredUpdate += delta * delta
                            }
                        }
                    }
                }
            }
        }
        return squaredUpdate
    }
}
