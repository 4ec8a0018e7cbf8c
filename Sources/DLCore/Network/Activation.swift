import FoundationEssentials
import Glibc

/// A layer's non-linearity `A = g(Z)`, each written beside its derivative `g'(Z)`.
///
/// All but softmax act on each element alone. Softmax acts on each column (one example's scores) and
/// its derivative is a Jacobian, so its backward pass is a Jacobian-vector product instead.
public enum Activation: Sendable, Hashable, CustomStringConvertible {
    case linear
    case sigmoid
    case tanh
    case relu
    /// `max(slope·z, z)`, slope typically 0.01: the dead-ReLU cure.
    case leakyReLU(slope: Double)
    case softmax

    public var description: String {
        switch self {
        case .linear: "linear"
        case .sigmoid: "sigmoid"
        case .tanh: "tanh"
        case .relu: "ReLU"
        case let .leakyReLU(slope): "leaky ReLU (\(slope))"
        case .softmax: "softmax"
        }
    }

    /// True for every activation except softmax.
    public var isElementwise: Bool { self != .softmax }

    // MARK: - Each function beside its derivative

    // linear:  g(z) = z                     g'(z) = 1
    // sigmoid: g(z) = 1 / (1 + e^−z)        g'(z) = g(z)·(1 − g(z))
    // tanh:    g(z) = tanh z                g'(z) = 1 − tanh²z
    // ReLU:    g(z) = max(0, z)             g'(z) = 1 if z > 0 else 0   (0 at the kink, by convention)
    // leaky:   g(z) = z if z > 0 else s·z   g'(z) = 1 if z > 0 else s

    /// σ(z) without overflow: for z < 0 it is written as e^z / (1 + e^z) so e^−z never blows up.
    @inline(__always)
    public static func sigmoid(_ z: Double) -> Double {
        if z >= 0 { return 1 / (1 + Glibc.exp(-z)) }
        let e = Glibc.exp(z)
        return e / (1 + e)
    }

    /// `g(z)` for one element. For softmax this is the softmax of a single score, which is 1.
    @inline(__always)
    public func value(_ z: Double) -> Double {
        switch self {
        case .linear: z
        case .sigmoid: Activation.sigmoid(z)
        case .tanh: Glibc.tanh(z)
        case .relu: z > 0 ? z : 0
        case let .leakyReLU(s): z > 0 ? z : s * z
        case .softmax: 1
        }
    }

    /// `g'(z)` given both `z` and `a = g(z)`, so sigmoid and tanh reuse the forward value.
    @inline(__always)
    public func derivative(z: Double, a: Double) -> Double {
        switch self {
        case .linear: 1
        case .sigmoid: a * (1 - a)
        case .tanh: 1 - a * a
        case .relu: z > 0 ? 1 : 0
        case let .leakyReLU(s): z > 0 ? 1 : s
        case .softmax: 0
        }
    }

    /// `g'(z)` from `z` alone.
    public func derivative(_ z: Double) -> Double { derivative(z: z, a: value(z)) }

    // MARK: - Softmax: a column function and its Jacobian-vector product

    // softmax: a_i = e^(z_i − max z) / Σ_k e^(z_k − max z)      (shifting by max z prevents overflow)
    // backward: dz_i = a_i·(da_i − Σ_k da_k·a_k)                  (J = diag(a) − a·aᵀ applied to da)

    /// Softmax of column `j` of `z (K×m)` into the same column of `a`.
    @inline(__always)
    static func softmaxColumn(_ z: UnsafePointer<Double>, _ a: UnsafeMutablePointer<Double>, rows: Int, columns: Int, column j: Int) {
        var largest = -Double.infinity
        for i in 0..<rows { largest = max(largest, z[i * columns + j]) }
        var total = 0.0
        for i in 0..<rows {
            let e = Glibc.exp(z[i * columns + j] - largest)
            a[i * columns + j] = e
            total += e
        }
        for i in 0..<rows { a[i * columns + j] /= total }
    }

    // MARK: - Whole matrices

    /// `A = g(Z)` for `Z (units × m)`.
    public func apply(_ z: Matrix) -> Matrix {
        var a = Matrix(rows: z.rows, columns: z.columns)
        apply(z, into: &a)
        return a
    }

    /// `A = g(Z)` into a reused buffer.
    func apply(_ z: Matrix, into a: inout Matrix) {
        a.reshapeForReuse(rows: z.rows, columns: z.columns)
        z.storage.withUnsafeBufferPointer { zp in
            a.storage.withUnsafeMutableBufferPointer { ap in
                guard let zb = zp.baseAddress, let ab = ap.baseAddress else { return }
                if self == .softmax {
                    for j in 0..<z.columns { Activation.softmaxColumn(zb, ab, rows: z.rows, columns: z.columns, column: j) }
                } else {
                    applyElementwise(zb, ab, count: z.count)
                }
            }
        }
    }

    /// `a[k] = g(z[k])` for `count` elements: one switch outside the loop so each loop is tight.
    @inline(__always)
    func applyElementwise(_ z: UnsafePointer<Double>, _ a: UnsafeMutablePointer<Double>, count: Int) {
        switch self {
        case .linear: for k in 0..<count { a[k] = z[k] }
        case .sigmoid: for k in 0..<count { a[k] = Activation.sigmoid(z[k]) }
        case .tanh: for k in 0..<count { a[k] = Glibc.tanh(z[k]) }
        case .relu: for k in 0..<count { a[k] = z[k] > 0 ? z[k] : 0 }
        case let .leakyReLU(s): for k in 0..<count { a[k] = z[k] > 0 ? z[k] : s * z[k] }
        case .softmax: preconditionFailure("softmax is not element-wise")
        }
    }

    /// `dZ = dA ⊙ g'(Z)` (softmax: the Jacobian-vector product), into a reused buffer.
    ///
    /// `tanhDerivativeBug` plants the classic mistake `1 − z²` in place of `1 − tanh²z`.
    func backward(dA: Matrix, z: Matrix, a: Matrix, into dZ: inout Matrix, tanhDerivativeBug: Bool = false) {
        dZ.reshapeForReuse(rows: z.rows, columns: z.columns)
        let rows = z.rows, columns = z.columns, count = z.count
        dA.storage.withUnsafeBufferPointer { dap in
            z.storage.withUnsafeBufferPointer { zp in
                a.storage.withUnsafeBufferPointer { ap in
                    dZ.storage.withUnsafeMutableBufferPointer { dzp in
                        guard let da = dap.baseAddress, let z = zp.baseAddress, let a = ap.baseAddress,
                              let dz = dzp.baseAddress else { return }
                        switch self {
                        case .linear: for k in 0..<count { dz[k] = da[k] }
                        case .sigmoid: for k in 0..<count { dz[k] = da[k] * a[k] * (1 - a[k]) }
                        case .tanh:
                            if tanhDerivativeBug {
                                for k in 0..<count { dz[k] = da[k] * (1 - z[k] * z[k]) }
                            } else {
                                for k in 0..<count { dz[k] = da[k] * (1 - a[k] * a[k]) }
                            }
                        case .relu: Activation.reluBackward(da, z, dz, count: count)
                        case let .leakyReLU(s): for k in 0..<count { dz[k] = z[k] > 0 ? da[k] : s * da[k] }
                        case .softmax:
                            for j in 0..<columns {
                                var weighted = 0.0
                                for i in 0..<rows { weighted += da[i * columns + j] * a[i * columns + j] }
                                for i in 0..<rows { dz[i * columns + j] = a[i * columns + j] * (da[i * columns + j] - weighted) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// ReLU's backward pass `dz = z > 0 ? da : 0`, four elements at a time (the scalar form branches).
    @inline(__always)
    static func reluBackward(_ da: UnsafePointer<Double>, _ z: UnsafePointer<Double>, _ dz: UnsafeMutablePointer<Double>,
                             count: Int) {
        typealias V = SIMD4<Double>
        let stride = MemoryLayout<Double>.stride
        let rda = UnsafeRawPointer(da), rz = UnsafeRawPointer(z), rdz = UnsafeMutableRawPointer(dz)
        var k = 0
        while k + 4 <= count {
            let g = rda.loadUnaligned(fromByteOffset: k * stride, as: V.self)
            let zk = rz.loadUnaligned(fromByteOffset: k * stride, as: V.self)
            rdz.storeBytes(of: V(repeating: 0).replacing(with: g, where: zk .> 0), toByteOffset: k * stride, as: V.self)
            k += 4
        }
        while k < count { dz[k] = z[k] > 0 ? da[k] : 0; k += 1 }
    }

    /// `dZ = dA ⊙ g'(Z)` for whole matrices (allocating; for lessons and tests).
    public func backward(dA: Matrix, z: Matrix) throws -> Matrix {
        guard dA.rows == z.rows && dA.columns == z.columns else {
            throw DLCoreError.shapeMismatch(operation: "\(self) backward", expected: z.shapeDescription, actual: dA.shapeDescription)
        }
        var dZ = Matrix(rows: z.rows, columns: z.columns)
        backward(dA: dA, z: z, a: apply(z), into: &dZ)
        return dZ
    }
}
