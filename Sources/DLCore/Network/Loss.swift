import FoundationEssentials
import Glibc

/// How far the network's output is from the targets, each loss written beside its gradient.
///
/// The cost is the mean of per-example losses: `J = (1/m) Σⱼ ℓⱼ`. The losses read the output layer's
/// pre-activation `Z (K×m)` as well as `A = g(Z)`, so cross-entropies are computed from logits and never
/// take `log(0)` or overflow, however large the logits.
///
/// `outputDelta` returns the *per-example* gradient `∂ℓⱼ/∂Zⱼ` (the course's `dZ[L] = A − Y`); the
/// backward pass applies the `1/m` when it forms `dW` and `db`.
public enum Loss: Sendable, Hashable, CustomStringConvertible {
    /// Binary cross-entropy on a sigmoid output: `ℓ = −[y·log a + (1−y)·log(1−a)]`.
    case binaryCrossEntropy
    /// Softmax cross-entropy with label smoothing ε: targets become `(1−ε)·y + ε/K`.
    case softmaxCrossEntropy(labelSmoothing: Double)
    /// Squared error `ℓ = ½ Σᵢ (aᵢ − yᵢ)²` on any output activation.
    case meanSquaredError

    /// Softmax cross-entropy without label smoothing.
    public static var crossEntropy: Loss { .softmaxCrossEntropy(labelSmoothing: 0) }

    public var description: String {
        switch self {
        case .binaryCrossEntropy: "binary cross-entropy"
        case let .softmaxCrossEntropy(e): e == 0 ? "softmax cross-entropy" : "softmax cross-entropy (smoothing \(e))"
        case .meanSquaredError: "mean squared error"
        }
    }

    /// Throws unless this loss fits the output layer: cross-entropies need the matching output activation.
    public func validate(outputActivation: Activation, outputCount: Int) throws {
        switch self {
        case .binaryCrossEntropy:
            guard outputActivation == .sigmoid else {
                throw DLCoreError.invalidConfiguration("binary cross-entropy needs a sigmoid output layer, not \(outputActivation)")
            }
        case let .softmaxCrossEntropy(e):
            guard outputActivation == .softmax else {
                throw DLCoreError.invalidConfiguration("softmax cross-entropy needs a softmax output layer, not \(outputActivation)")
            }
            guard outputCount >= 2 else {
                throw DLCoreError.invalidConfiguration("softmax cross-entropy needs at least 2 output units, got \(outputCount)")
            }
            guard e.isFinite, e >= 0, e < 1 else {
                throw DLCoreError.outOfRange(name: "label smoothing ε", value: e, range: "[0, 1)")
            }
        case .meanSquaredError:
            break
        }
    }

    // MARK: - Each loss beside its gradient with respect to Z
    //
    // BCE:  ℓ = max(z, 0) − z·y + log(1 + e^−|z|)   (= −y log σ(z) − (1−y) log(1−σ(z)), stable form)
    //       ∂ℓ/∂z = σ(z) − y
    // CE:   ℓ = −Σᵢ ỹᵢ (zᵢ − log Σₖ e^zₖ),  ỹ = (1−ε)y + ε/K
    //       ∂ℓ/∂zᵢ = softmax(z)ᵢ − ỹᵢ
    // MSE:  ℓ = ½ Σᵢ (aᵢ − yᵢ)²
    //       ∂ℓ/∂aᵢ = aᵢ − yᵢ, then ∂ℓ/∂z = g'(z) ⊙ (a − y) through the output activation

    /// The loss of example (column) `j`.
    @inline(__always)
    func exampleLoss(_ z: UnsafePointer<Double>, _ a: UnsafePointer<Double>, _ y: UnsafePointer<Double>,
                     rows: Int, columns: Int, column j: Int) -> Double {
        switch self {
        case .binaryCrossEntropy:
            var total = 0.0
            for i in 0..<rows {
                let zi = z[i * columns + j], yi = y[i * columns + j]
                total += max(zi, 0) - zi * yi + Glibc.log1p(Glibc.exp(-abs(zi)))
            }
            return total
        case let .softmaxCrossEntropy(e):
            var largest = -Double.infinity
            for i in 0..<rows { largest = max(largest, z[i * columns + j]) }
            var sumExp = 0.0
            for i in 0..<rows { sumExp += Glibc.exp(z[i * columns + j] - largest) }
            let logSumExp = largest + Glibc.log(sumExp)
            var total = 0.0
            for i in 0..<rows {
                let target = (1 - e) * y[i * columns + j] + e / Double(rows)
                if target != 0 { total -= target * (z[i * columns + j] - logSumExp) }
            }
            return total
        case .meanSquaredError:
            var total = 0.0
            for i in 0..<rows {
                let d = a[i * columns + j] - y[i * columns + j]
                total += 0.5 * d * d
            }
            return total
        }
    }

    /// Per-example losses ℓⱼ into `losses` (length m).
    func exampleLosses(z: Matrix, a: Matrix, y: Matrix, into losses: inout [Double]) {
        let m = z.columns
        if losses.count != m { losses = [Double](repeating: 0, count: m) }
        z.storage.withUnsafeBufferPointer { zp in
            a.storage.withUnsafeBufferPointer { ap in
                y.storage.withUnsafeBufferPointer { yp in
                    guard let zb = zp.baseAddress, let ab = ap.baseAddress, let yb = yp.baseAddress else { return }
                    for j in 0..<m { losses[j] = exampleLoss(zb, ab, yb, rows: z.rows, columns: m, column: j) }
                }
            }
        }
    }

    /// The cost `J = (1/m) Σⱼ ℓⱼ` (no regularization term), summed in column order.
    func cost(z: Matrix, a: Matrix, y: Matrix) -> Double {
        let m = z.columns
        guard m > 0 else { return 0 }
        var total = 0.0
        z.storage.withUnsafeBufferPointer { zp in
            a.storage.withUnsafeBufferPointer { ap in
                y.storage.withUnsafeBufferPointer { yp in
                    guard let zb = zp.baseAddress, let ab = ap.baseAddress, let yb = yp.baseAddress else { return }
                    for j in 0..<m { total += exampleLoss(zb, ab, yb, rows: z.rows, columns: m, column: j) }
                }
            }
        }
        return total / Double(m)
    }

    /// The cost of outputs `a = g(z)` against targets `y`, all `(K×m)`; throws on mismatched shapes.
    public func cost(preActivation z: Matrix, activation: Activation, targets y: Matrix) throws -> Double {
        guard z.rows == y.rows && z.columns == y.columns else {
            throw DLCoreError.shapeMismatch(operation: "\(self) cost", expected: z.shapeDescription, actual: y.shapeDescription)
        }
        try validate(outputActivation: activation, outputCount: z.rows)
        return cost(z: z, a: activation.apply(z), y: y)
    }

    /// The per-example gradient `dZ = ∂ℓ/∂Z (K×m)` into a reused buffer (no 1/m). Squared error goes
    /// through `∂ℓ/∂A` first, kept in `dA` (another reused buffer).
    func outputDelta(z: Matrix, a: Matrix, y: Matrix, activation: Activation, into dZ: inout Matrix, dA: inout Matrix) {
        switch self {
        case .binaryCrossEntropy:
            dZ.reshapeForReuse(rows: z.rows, columns: z.columns)
            Matrix.difference(a, y, into: &dZ)
        case let .softmaxCrossEntropy(e):
            dZ.reshapeForReuse(rows: z.rows, columns: z.columns)
            let k = Double(z.rows)
            for index in 0..<z.count { dZ.storage[index] = a.storage[index] - ((1 - e) * y.storage[index] + e / k) }
        case .meanSquaredError:
            Matrix.difference(a, y, into: &dA)
            activation.backward(dA: dA, z: z, a: a, into: &dZ)
        }
    }

    /// `∂J/∂Z (K×m)`, i.e. the per-example gradient divided by m: what a finite-difference check of
    /// `cost(preActivation:…)` with respect to Z should find.
    public func gradient(preActivation z: Matrix, activation: Activation, targets y: Matrix) throws -> Matrix {
        guard z.rows == y.rows && z.columns == y.columns else {
            throw DLCoreError.shapeMismatch(operation: "\(self) gradient", expected: z.shapeDescription, actual: y.shapeDescription)
        }
        try validate(outputActivation: activation, outputCount: z.rows)
        var dZ = Matrix(rows: z.rows, columns: z.columns), dA = dZ
        outputDelta(z: z, a: activation.apply(z), y: y, activation: activation, into: &dZ, dA: &dA)
        return dZ.scaled(by: 1 / Double(z.columns))
    }
}

extension Matrix {
    /// `output = a − b`, same shapes assumed.
    static func difference(_ a: Matrix, _ b: Matrix, into output: inout Matrix) {
        output.reshapeForReuse(rows: a.rows, columns: a.columns)
        withPointers(a, b, &output) { pa, pb, pc in
            for k in 0..<a.count { pc[k] = pa[k] - pb[k] }
        }
    }
}
