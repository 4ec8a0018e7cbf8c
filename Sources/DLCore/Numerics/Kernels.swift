/// The few loops that all of training spends its time in, written once, carefully.
///
/// All take raw pointers into contiguous row-major storage and never allocate. Orders are chosen so the
/// innermost loop walks memory contiguously (i-k-j for products), which lets the compiler vectorize.
/// The summation order is fixed, so results are bit-identical from run to run.
enum Kernels {
    /// `y[0..<n] += alpha * x[0..<n]`.
    @inline(__always)
    static func axpy(_ n: Int, _ alpha: Double, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>) {
        for k in 0..<n { y[k] += alpha * x[k] }
    }

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

    /// `C (r×c) = A (r×n) · B (n×c)`, i-k-j order: each row of C is a weighted sum of rows of B.
    static func multiply(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
                         rows r: Int, inner n: Int, columns cols: Int) {
        for i in 0..<r {
            let cRow = c + i * cols
            cRow.update(repeating: 0, count: cols)
            for k in 0..<n {
                let aik = a[i * n + k]
                if aik != 0 { axpy(cols, aik, b + k * cols, cRow) }
            }
        }
    }

    /// `C (r×c) = A (r×n) · Bᵀ` where `B` is `c×n`: every element is a dot product of two contiguous rows.
    /// This is `dW = dZ · Aᵀ` in backpropagation, with n = m examples.
    static func multiplyTransposedRight(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
                                        _ c: UnsafeMutablePointer<Double>, rows r: Int, inner n: Int, columns cols: Int) {
        for i in 0..<r {
            for j in 0..<cols {
                c[i * cols + j] = dot(n, a + i * n, b + j * n)
            }
        }
    }

    /// `C (r×c) = Aᵀ · B` where `A` is `n×r` and `B` is `n×c`: row j of C is Σᵢ A[i, j]·(row i of B).
    /// This is `dA = Wᵀ · dZ` in backpropagation.
    static func multiplyTransposedLeft(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
                                       _ c: UnsafeMutablePointer<Double>, rows r: Int, inner n: Int, columns cols: Int) {
        for j in 0..<r {
            let cRow = c + j * cols
            cRow.update(repeating: 0, count: cols)
            for i in 0..<n {
                let aij = a[i * r + j]
                if aij != 0 { axpy(cols, aij, b + i * cols, cRow) }
            }
        }
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
            Kernels.multiply(pa, pb, pc, rows: a.rows, inner: a.columns, columns: b.columns)
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
            Kernels.multiplyTransposedLeft(pa, pb, pc, rows: a.columns, inner: a.rows, columns: b.columns)
        }
    }
}
