import CDenseKernels

/// The few loops that all of training spends its time in, written once, carefully.
///
/// All take raw pointers into contiguous row-major storage and never allocate; the shapes are checked
/// before we get here. The two products call the C kernels (`CDenseKernels`); the sums stay in Swift,
/// walking memory in `SIMD4` pieces with wrapping index arithmetic (`&*`, `&+`). Every summation order
/// is fixed, so results are bit-identical from run to run and from machine to machine.
enum Kernels {
    /// `Σ x[k]·y[k]` with eight running partial sums, so the adds do not wait on one another.
    @inline(__always)
    static func dot(_ n: Int, _ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>) -> Double {
        var acc0 = SIMD4<Double>(repeating: 0)
        var acc1 = SIMD4<Double>(repeating: 0)
        var k = 0
        let rx = UnsafeRawPointer(x)
        let ry = UnsafeRawPointer(y)
        let stride = MemoryLayout<Double>.stride
        while k + 8 <= n {
            acc0 += rx.loadUnaligned(fromByteOffset: k * stride, as: SIMD4<Double>.self)
                * ry.loadUnaligned(fromByteOffset: k * stride, as: SIMD4<Double>.self)
            acc1 += rx.loadUnaligned(fromByteOffset: (k + 4) * stride, as: SIMD4<Double>.self)
                * ry.loadUnaligned(fromByteOffset: (k + 4) * stride, as: SIMD4<Double>.self)
            k += 8
        }
        var sum = (acc0 + acc1).sum()
        while k < n {
            sum += x[k] * y[k]
            k += 1
        }
        return sum
    }

    /// `C (r×c) = bias·1ᵀ + A·B` where `B` is `n×c` row-major and element `(i, k)` of `A` sits at
    /// `a[i·rowStride + k·columnStride]` — so passing a row-major `W` with swapped strides multiplies by `Wᵀ`.
    /// The epilogue is applied to each finished element while it is still in a register, so a ReLU layer
    /// needs no second pass over memory. Runs in C (`CDenseKernels`), on the widest instruction set the
    /// machine has, with the same result on every one.
    @inline(__always)
    static func multiply(_ a: UnsafePointer<Double>, rowStride ars: Int, columnStride acs: Int,
                         _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>, bias: UnsafePointer<Double>?,
                         rows r: Int, inner n: Int, columns cols: Int, epilogue: ProductEpilogue = .plain) {
        let (kind, rectified, gate): (DLEpilogue, UnsafeMutablePointer<Double>?, UnsafePointer<Double>?) = switch epilogue {
        case .plain: (DLEpiloguePlain, nil, nil)
        case .rectify(let rectified): (DLEpilogueRectify, rectified, nil)
        case .gate(let gate): (DLEpilogueGate, nil, gate)
        }
        dl_multiply(a, ars, acs, b, c, bias, r, n, cols, kind, rectified, gate)
    }

    /// `C (r×c) = A (r×n) · Bᵀ` where `B` is `c×n`: every element is a dot product of two contiguous rows.
    /// This is `dW = dZ · Aᵀ` in backpropagation, with n = m examples. Each element is summed in eight
    /// lanes and the lanes added in a fixed order, so symmetric units stay bit-identical.
    @inline(__always)
    static func multiplyTransposedRight(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
                                        _ c: UnsafeMutablePointer<Double>, rows r: Int, inner n: Int, columns cols: Int) {
        dl_multiply_transposed_right(a, b, c, r, n, cols)
    }

    /// `Σ x[k]` in four lanes (then the lanes, then the tail): the bias gradient's sum over examples.
    @inline(__always)
    static func sum(_ n: Int, _ x: UnsafePointer<Double>) -> Double {
        typealias V = SIMD4<Double>
        let rx = UnsafeRawPointer(x)
        var s0 = V(repeating: 0), s1 = s0
        var k = 0
        while k &+ 8 <= n {
            s0 += rx.loadUnaligned(fromByteOffset: k &* 8, as: V.self)
            s1 += rx.loadUnaligned(fromByteOffset: (k &+ 4) &* 8, as: V.self)
            k &+= 8
        }
        var t = (s0 + s1).sum()
        while k < n { t += x[k]; k &+= 1 }
        return t
    }
}

extension Matrix {
    /// Runs `body` with read pointers to `self` and `other` and a write pointer to `output`.
    @inline(__always)
    static func withPointers(_ a: Matrix, _ b: Matrix, _ output: inout Matrix,
                             _ body: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>) -> Void) {
        a.storage.withUnsafeBufferPointer { pa in
            b.storage.withUnsafeBufferPointer { pb in
                output.storage.withUnsafeMutableBufferPointer { pc in
                    body(pa.baseAddress ?? UnsafePointer(bitPattern: 8)!, pb.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                         pc.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!)
                }
            }
        }
    }

    /// `output = a · b`, reusing `output`'s storage. Shapes are the caller's responsibility.
    static func multiply(_ a: Matrix, _ b: Matrix, into output: inout Matrix) {
        output.reshapeForReuse(rows: a.rows, columns: b.columns)
        withPointers(a, b, &output) { pa, pb, pc in
            Kernels.multiply(pa, rowStride: a.columns, columnStride: 1, pb, pc, bias: nil,
                             rows: a.rows, inner: a.columns, columns: b.columns)
        }
    }

    /// `output = w · a + bias` with the bias `(rows × 1)` added to every column: a layer's `Z = W·A + b`.
    static func affine(_ w: Matrix, _ a: Matrix, bias: Matrix, into output: inout Matrix) {
        output.reshapeForReuse(rows: w.rows, columns: a.columns)
        withPointers(w, a, &output) { pw, pa, pz in
            bias.storage.withUnsafeBufferPointer { pb in
                Kernels.multiply(pw, rowStride: w.columns, columnStride: 1, pa, pz, bias: pb.baseAddress,
                                 rows: w.rows, inner: w.columns, columns: a.columns)
            }
        }
    }

    /// `z = w · a + bias` and `rectified = relu(z)` in one pass: a ReLU layer's forward step.
    static func affineRectified(_ w: Matrix, _ a: Matrix, bias: Matrix, into z: inout Matrix, rectified: inout Matrix) {
        z.reshapeForReuse(rows: w.rows, columns: a.columns)
        rectified.reshapeForReuse(rows: w.rows, columns: a.columns)
        withPointers(w, a, &z) { pw, pa, pz in
            bias.storage.withUnsafeBufferPointer { pb in
                rectified.storage.withUnsafeMutableBufferPointer { pr in
                    Kernels.multiply(pw, rowStride: w.columns, columnStride: 1, pa, pz, bias: pb.baseAddress,
                                     rows: w.rows, inner: w.columns, columns: a.columns,
                                     epilogue: .rectify(pr.baseAddress!))
                }
            }
        }
    }

    /// `output = (aᵀ · b) ⊙ 1[gate > 0]`: `dZ = (Wᵀ·dZ_above) ⊙ relu'(Z)` for a ReLU layer in one pass.
    static func multiplyTransposedLeftGated(_ a: Matrix, _ b: Matrix, gate: Matrix, into output: inout Matrix) {
        output.reshapeForReuse(rows: a.columns, columns: b.columns)
        withPointers(a, b, &output) { pa, pb, pc in
            gate.storage.withUnsafeBufferPointer { pg in
                Kernels.multiply(pa, rowStride: 1, columnStride: a.columns, pb, pc, bias: nil,
                                 rows: a.columns, inner: a.rows, columns: b.columns, epilogue: .gate(pg.baseAddress!))
            }
        }
    }

    /// `output = a · bᵀ`, reusing `output`'s storage.
    static func multiplyTransposedRight(_ a: Matrix, _ b: Matrix, into output: inout Matrix) {
        output.reshapeForReuse(rows: a.rows, columns: b.rows)
        withPointers(a, b, &output) { pa, pb, pc in
            Kernels.multiplyTransposedRight(pa, pb, pc, rows: a.rows, inner: a.columns, columns: b.rows)
        }
    }

    /// `output = aᵀ · b`, reusing `output`'s storage.
    static func multiplyTransposedLeft(_ a: Matrix, _ b: Matrix, into output: inout Matrix) {
        output.reshapeForReuse(rows: a.columns, columns: b.columns)
        withPointers(a, b, &output) { pa, pb, pc in
            Kernels.multiply(pa, rowStride: 1, columnStride: a.columns, pb, pc, bias: nil,
                             rows: a.columns, inner: a.rows, columns: b.columns)
        }
    }
}

/// What a product kernel does with each finished element before storing it.
enum ProductEpilogue {
    /// Just store C.
    case plain
    /// Store C = Z and also relu(Z) (`z > 0 ? z : 0`, so NaN and −0 become +0) into `rectified`.
    case rectify(UnsafeMutablePointer<Double>)
    /// Store C only where `gate` is positive, 0 elsewhere: ReLU's backward `dZ = dA ⊙ 1[Z > 0]`.
    case gate(UnsafePointer<Double>)
}
