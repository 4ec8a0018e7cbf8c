@testable import DLCore

/// Central finite differences of `f` at `x`: (f(x + εeₖ) − f(x − εeₖ)) / 2ε for every k.
/// Deliberately independent of DLCore's gradient checker, so the checker can be tested against it.
func numericGradient(at x: [Double], epsilon: Double = 1e-6, _ f: ([Double]) throws -> Double) rethrows -> [Double] {
    var point = x
    var result = [Double](repeating: 0, count: x.count)
    for k in x.indices {
        point[k] = x[k] + epsilon
        let plus = try f(point)
        point[k] = x[k] - epsilon
        let minus = try f(point)
        point[k] = x[k]
        result[k] = (plus - minus) / (2 * epsilon)
    }
    return result
}

/// ‖a − b‖₂ / (‖a‖₂ + ‖b‖₂), 0 when both are zero.
func relativeDifference(_ a: [Double], _ b: [Double]) -> Double {
    precondition(a.count == b.count)
    var diff = 0.0, na = 0.0, nb = 0.0
    for k in a.indices {
        diff += (a[k] - b[k]) * (a[k] - b[k])
        na += a[k] * a[k]
        nb += b[k] * b[k]
    }
    let denominator = na.squareRoot() + nb.squareRoot()
    return denominator == 0 ? 0 : diff.squareRoot() / denominator
}

/// All weights and biases of a network in one array (W1, b1, W2, b2, …), written out by hand.
func parameters(of network: Network) -> [Double] {
    network.layers.flatMap { $0.weights.storage + $0.bias.storage }
}

func withParameters(_ network: Network, _ theta: [Double]) -> Network {
    var copy = network
    var offset = 0
    for l in copy.layers.indices {
        let w = copy.layers[l].weights.count, b = copy.layers[l].bias.count
        copy.layers[l].weights.storage = Array(theta[offset..<(offset + w)])
        copy.layers[l].bias.storage = Array(theta[(offset + w)..<(offset + w + b)])
        offset += w + b
    }
    return copy
}

func flatten(_ gradients: Gradients) -> [Double] {
    zip(gradients.weights, gradients.biases).flatMap { $0.storage + $1.storage }
}

/// A small random data set with `inputs` features and targets suited to `loss`.
func randomData(inputs: Int, outputs: Int, count: Int, loss: Loss, rng: inout RandomSource) -> (x: Matrix, y: Matrix) {
    let x = rng.normalMatrix(rows: inputs, columns: count)
    var y = Matrix(rows: outputs, columns: count)
    switch loss {
    case .binaryCrossEntropy:
        for k in 0..<y.count { y.storage[k] = rng.uniform() < 0.5 ? 0 : 1 }
    case .softmaxCrossEntropy:
        for j in 0..<count { y[rng.integer(below: outputs), j] = 1 }
    case .meanSquaredError:
        y = rng.normalMatrix(rows: outputs, columns: count)
    }
    return (x, y)
}
