/// The few loops that all of training spends its time in, written once, carefully.
///
/// All take raw pointers into contiguous row-major storage and never allocate. Index arithmetic uses the
/// wrapping operators (`&*`, `&+`): the shapes are checked before we get here, and the overflow checks
/// on every index otherwise cost a third of the training time. The innermost loops walk
/// memory contiguously in `SIMD4` pieces, and the summation order is fixed, so results are bit-identical
/// from run to run.
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
    ///
    /// Blocked in 4×4 tiles of C held in registers: each loaded row-piece of B serves four rows of C,
    /// and C is written once instead of once per k. Every element is summed in the same order —
    /// bias first, then k = 0, 1, … — whichever path (tile or remainder) computes it.
    static func multiply(_ a: UnsafePointer<Double>, rowStride ars: Int, columnStride acs: Int,
                         _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>, bias: UnsafePointer<Double>?,
                         rows r: Int, inner n: Int, columns cols: Int) {
        multiply(a, rowStride: ars, columnStride: acs, b, c, bias: bias, rows: r, inner: n, columns: cols, epilogue: PlainStore())
    }

    /// The product above with an epilogue applied to each finished element (specialized per epilogue).
    static func multiply<E: ProductEpilogue>(_ a: UnsafePointer<Double>, rowStride ars: Int, columnStride acs: Int,
                                             _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
                                             bias: UnsafePointer<Double>?, rows r: Int, inner n: Int, columns cols: Int,
                                             epilogue: E) {
        typealias V = SIMD4<Double>
        let rb = UnsafeRawPointer(b)
        let stride = MemoryLayout<Double>.stride
        @inline(__always) func load(_ k: Int, _ j: Int) -> V { rb.loadUnaligned(fromByteOffset: (k &* cols &+ j) &* stride, as: V.self) }
        @inline(__always) func store(_ v: V, _ i: Int, _ j: Int) { epilogue.store(v, c, i &* cols &+ j) }
        @inline(__always) func store(_ value: Double, _ index: Int) { epilogue.store(value, c, index) }
        @inline(__always) func start(_ i: Int) -> Double { bias?[i] ?? 0 }

        // A short inner dimension (a layer with 1–4 inputs, or Wᵀ·dZ under a layer of 1–4 units): the tiles
        // below would spend more time starting and storing than multiplying, so take one row of C at a time
        // with its few coefficients held in registers. Same summation order as everywhere else.
        switch n {
        case 1: multiplySmallInner(1, a, rowStride: ars, columnStride: acs, b, c, bias: bias, rows: r, columns: cols, epilogue: epilogue); return
        case 2: multiplySmallInner(2, a, rowStride: ars, columnStride: acs, b, c, bias: bias, rows: r, columns: cols, epilogue: epilogue); return
        case 3: multiplySmallInner(3, a, rowStride: ars, columnStride: acs, b, c, bias: bias, rows: r, columns: cols, epilogue: epilogue); return
        case 4: multiplySmallInner(4, a, rowStride: ars, columnStride: acs, b, c, bias: bias, rows: r, columns: cols, epilogue: epilogue); return
        default: break
        }

        var i = 0
        while i + 4 <= r {
            var j = 0
            while j + 4 <= cols {
                var c0 = V(repeating: start(i)), c1 = V(repeating: start(i + 1))
                var c2 = V(repeating: start(i + 2)), c3 = V(repeating: start(i + 3))
                for k in 0..<n {
                    let bk = load(k, j)
                    let base = k &* acs
                    c0 += a[i &* ars &+ base] * bk
                    c1 += a[(i &+ 1) &* ars &+ base] * bk
                    c2 += a[(i &+ 2) &* ars &+ base] * bk
                    c3 += a[(i &+ 3) &* ars &+ base] * bk
                }
                store(c0, i, j); store(c1, i + 1, j); store(c2, i + 2, j); store(c3, i + 3, j)
                j += 4
            }
            for row in i..<(i + 4) {
                for jj in j..<cols {
                    var s = start(row)
                    for k in 0..<n { s += a[row &* ars &+ k &* acs] * b[k &* cols &+ jj] }
                    store(s, row &* cols &+ jj)
                }
            }
            i += 4
        }
        if i + 2 <= r {
            var j = 0
            // 2×8 first: eight independent accumulators keep the adder busy over a long inner dimension.
            while j &+ 8 <= cols {
                var c0 = V(repeating: start(i)), c1 = V(repeating: start(i + 1))
                var d0 = c0, d1 = c1
                for k in 0..<n {
                    let bk = load(k, j), ek = load(k, j &+ 4)
                    let w0 = a[i &* ars &+ k &* acs], w1 = a[(i &+ 1) &* ars &+ k &* acs]
                    c0 += w0 * bk; d0 += w0 * ek
                    c1 += w1 * bk; d1 += w1 * ek
                }
                store(c0, i, j); store(d0, i, j &+ 4); store(c1, i &+ 1, j); store(d1, i &+ 1, j &+ 4)
                j &+= 8
            }
            while j + 4 <= cols {
                var c0 = V(repeating: start(i)), c1 = V(repeating: start(i + 1))
                for k in 0..<n {
                    let bk = load(k, j)
                    c0 += a[i &* ars &+ k &* acs] * bk
                    c1 += a[(i &+ 1) &* ars &+ k &* acs] * bk
                }
                store(c0, i, j); store(c1, i + 1, j)
                j += 4
            }
            for row in i..<(i + 2) {
                for jj in j..<cols {
                    var s = start(row)
                    for k in 0..<n { s += a[row &* ars &+ k &* acs] * b[k &* cols &+ jj] }
                    store(s, row &* cols &+ jj)
                }
            }
            i += 2
        }
        while i < r {
            var j = 0
            while j &+ 16 <= cols {
                var c0 = V(repeating: start(i)), c1 = c0, c2 = c0, c3 = c0
                for k in 0..<n {
                    let w = a[i &* ars &+ k &* acs]
                    c0 += w * load(k, j)
                    c1 += w * load(k, j &+ 4)
                    c2 += w * load(k, j &+ 8)
                    c3 += w * load(k, j &+ 12)
                }
                store(c0, i, j); store(c1, i, j &+ 4); store(c2, i, j &+ 8); store(c3, i, j &+ 12)
                j &+= 16
            }
            while j + 8 <= cols {
                var c0 = V(repeating: start(i)), c1 = c0
                for k in 0..<n {
                    let w = a[i &* ars &+ k &* acs]
                    c0 += w * load(k, j)
                    c1 += w * load(k, j + 4)
                }
                store(c0, i, j); store(c1, i, j + 4)
                j += 8
            }
            for jj in j..<cols {
                var s = start(i)
                for k in 0..<n { s += a[i &* ars &+ k &* acs] * b[k * cols + jj] }
                store(s, i &* cols &+ jj)
            }
            i += 1
        }
    }

    /// `multiply` for a constant inner dimension n ≤ 4 (each case is its own fully unrolled copy).
    @inline(__always)
    static func multiplySmallInner<E: ProductEpilogue>(_ n: Int, _ a: UnsafePointer<Double>, rowStride ars: Int, columnStride acs: Int,
                                                       _ b: UnsafePointer<Double>, _ c: UnsafeMutablePointer<Double>,
                                                       bias: UnsafePointer<Double>?, rows r: Int, columns cols: Int, epilogue: E) {
        typealias V = SIMD4<Double>
        let stride = MemoryLayout<Double>.stride
        let r0 = UnsafeRawPointer(b), r1 = UnsafeRawPointer(b + (n > 1 ? cols : 0))
        let r2 = UnsafeRawPointer(b + (n > 2 ? 2 &* cols : 0)), r3 = UnsafeRawPointer(b + (n > 3 ? 3 &* cols : 0))
        let body = cols - cols % 4
        for i in 0..<r {
            let row = a + i &* ars
            let s0 = bias?[i] ?? 0
            let w0 = row[0]
            let w1 = n > 1 ? row[acs] : 0, w2 = n > 2 ? row[2 &* acs] : 0, w3 = n > 3 ? row[3 &* acs] : 0
            let vs = V(repeating: s0), v0 = V(repeating: w0), v1 = V(repeating: w1), v2 = V(repeating: w2), v3 = V(repeating: w3)
            let out = i &* cols
            var j = 0
            while j < body {
                let offset = j &* stride
                var acc = vs + v0 * r0.loadUnaligned(fromByteOffset: offset, as: V.self)
                if n > 1 { acc += v1 * r1.loadUnaligned(fromByteOffset: offset, as: V.self) }
                if n > 2 { acc += v2 * r2.loadUnaligned(fromByteOffset: offset, as: V.self) }
                if n > 3 { acc += v3 * r3.loadUnaligned(fromByteOffset: offset, as: V.self) }
                epilogue.store(acc, c, out &+ j)
                j &+= 4
            }
            while j < cols {
                var s = s0 + w0 * b[j]
                if n > 1 { s += w1 * b[cols &+ j] }
                if n > 2 { s += w2 * b[2 &* cols &+ j] }
                if n > 3 { s += w3 * b[3 &* cols &+ j] }
                epilogue.store(s, c, out &+ j)
                j &+= 1
            }
        }
    }

    /// `C (r×c) = A (r×n) · Bᵀ` where `B` is `c×n`: every element is a dot product of two contiguous rows.
    /// This is `dW = dZ · Aᵀ` in backpropagation, with n = m examples.
    ///
    /// Each element is summed the same way — four lanes over k in steps of 4, the lanes added, then the
    /// tail — so symmetric units stay bit-identical. Elements are computed in 2×2 tiles: four independent
    /// sums hide the adder's latency and each loaded piece of A or B serves two of them.
    static func multiplyTransposedRight(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>,
                                        _ c: UnsafeMutablePointer<Double>, rows r: Int, inner n: Int, columns cols: Int) {
        typealias V = SIMD4<Double>
        let stride = MemoryLayout<Double>.stride
        let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
        @inline(__always) func loadA(_ i: Int, _ k: Int) -> V { ra.loadUnaligned(fromByteOffset: (i &* n &+ k) &* stride, as: V.self) }
        @inline(__always) func loadB(_ j: Int, _ k: Int) -> V { rb.loadUnaligned(fromByteOffset: (j &* n &+ k) &* stride, as: V.self) }
        let body = n - n % 4

        @inline(__always) func single(_ i: Int, _ j: Int) {
            var s = V(repeating: 0)
            var k = 0
            while k < body { s += loadA(i, k) * loadB(j, k); k &+= 4 }
            var t = s.sum()
            while k < n { t += a[i &* n &+ k] * b[j &* n &+ k]; k &+= 1 }
            c[i &* cols &+ j] = t
        }

        /// Elements (i, j) … (i, j+3) side by side: each summed exactly as `single` does, but eight independent
        /// chains of adds instead of two, so the adder's latency is hidden (one lone chain over m = 300 examples
        /// waits on itself at every step).
        @inline(__always) func fourInRow(_ i: Int, _ j: Int) {
            var s0 = V(repeating: 0), s1 = s0, s2 = s0, s3 = s0
            var k = 0
            while k < body {
                let ak = loadA(i, k)
                s0 += ak * loadB(j, k); s1 += ak * loadB(j &+ 1, k); s2 += ak * loadB(j &+ 2, k); s3 += ak * loadB(j &+ 3, k)
                k &+= 4
            }
            var t0 = s0.sum(), t1 = s1.sum(), t2 = s2.sum(), t3 = s3.sum()
            while k < n {
                let ak = a[i &* n &+ k]
                t0 += ak * b[j &* n &+ k]; t1 += ak * b[(j &+ 1) &* n &+ k]
                t2 += ak * b[(j &+ 2) &* n &+ k]; t3 += ak * b[(j &+ 3) &* n &+ k]
                k &+= 1
            }
            c[i &* cols &+ j] = t0; c[i &* cols &+ j &+ 1] = t1; c[i &* cols &+ j &+ 2] = t2; c[i &* cols &+ j &+ 3] = t3
        }

        /// Elements (i, j) and (i+1, j) side by side, each summed exactly as `single` does.
        @inline(__always) func twoInColumn(_ i: Int, _ j: Int) {
            var s0 = V(repeating: 0), s1 = s0
            var k = 0
            while k < body {
                let bk = loadB(j, k)
                s0 += loadA(i, k) * bk; s1 += loadA(i &+ 1, k) * bk
                k &+= 4
            }
            var t0 = s0.sum(), t1 = s1.sum()
            while k < n {
                let bk = b[j &* n &+ k]
                t0 += a[i &* n &+ k] * bk; t1 += a[(i &+ 1) &* n &+ k] * bk
                k &+= 1
            }
            c[i &* cols &+ j] = t0; c[(i &+ 1) &* cols &+ j] = t1
        }

        var i = 0
        while i &+ 2 <= r {
            var j = 0
            while j &+ 2 <= cols {
                var s00 = V(repeating: 0), s01 = s00, s10 = s00, s11 = s00
                var k = 0
                while k < body {
                    let a0 = loadA(i, k), a1 = loadA(i &+ 1, k), b0 = loadB(j, k), b1 = loadB(j &+ 1, k)
                    s00 += a0 * b0; s01 += a0 * b1; s10 += a1 * b0; s11 += a1 * b1
                    k &+= 4
                }
                var t00 = s00.sum(), t01 = s01.sum(), t10 = s10.sum(), t11 = s11.sum()
                while k < n {
                    let a0 = a[i &* n &+ k], a1 = a[(i &+ 1) &* n &+ k], b0 = b[j &* n &+ k], b1 = b[(j &+ 1) &* n &+ k]
                    t00 += a0 * b0; t01 += a0 * b1; t10 += a1 * b0; t11 += a1 * b1
                    k &+= 1
                }
                c[i &* cols &+ j] = t00; c[i &* cols &+ j &+ 1] = t01
                c[(i &+ 1) &* cols &+ j] = t10; c[(i &+ 1) &* cols &+ j &+ 1] = t11
                j &+= 2
            }
            if j < cols { twoInColumn(i, j) }
            i &+= 2
        }
        if i < r {
            var j = 0
            while j &+ 4 <= cols { fourInRow(i, j); j &+= 4 }
            while j < cols { single(i, j); j &+= 1 }
        }
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
                                     epilogue: RectifyingStore(rectified: pr.baseAddress!))
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
                                 rows: a.columns, inner: a.rows, columns: b.columns, epilogue: GatedStore(gate: pg.baseAddress!))
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

/// What a product kernel does with each finished element while it is still in a register, so a ReLU
/// layer needs no second pass over memory. Each conformer gets its own specialized copy of the kernel.
protocol ProductEpilogue {
    /// Stores four finished elements starting at `index`.
    func store(_ v: SIMD4<Double>, _ c: UnsafeMutablePointer<Double>, _ index: Int)
    /// Stores one finished element.
    func store(_ value: Double, _ c: UnsafeMutablePointer<Double>, _ index: Int)
}

/// Just store C.
struct PlainStore: ProductEpilogue {
    @inline(__always) func store(_ v: SIMD4<Double>, _ c: UnsafeMutablePointer<Double>, _ index: Int) {
        UnsafeMutableRawPointer(c + index).storeBytes(of: v, as: SIMD4<Double>.self)
    }
    @inline(__always) func store(_ value: Double, _ c: UnsafeMutablePointer<Double>, _ index: Int) { c[index] = value }
}

/// Store C = Z and also relu(Z) into `rectified`: a ReLU layer's forward step.
struct RectifyingStore: ProductEpilogue {
    let rectified: UnsafeMutablePointer<Double>
    @inline(__always) func store(_ v: SIMD4<Double>, _ c: UnsafeMutablePointer<Double>, _ index: Int) {
        UnsafeMutableRawPointer(c + index).storeBytes(of: v, as: SIMD4<Double>.self)
        // Same as the scalar `z > 0 ? z : 0` (also for −0 and NaN), so fused and unfused agree bit for bit.
        UnsafeMutableRawPointer(rectified + index).storeBytes(of: SIMD4(repeating: 0).replacing(with: v, where: v .> 0),
                                                              as: SIMD4<Double>.self)
    }
    @inline(__always) func store(_ value: Double, _ c: UnsafeMutablePointer<Double>, _ index: Int) {
        c[index] = value
        rectified[index] = value > 0 ? value : 0
    }
}

/// Store C only where `gate` is positive, 0 elsewhere: ReLU's backward `dZ = dA ⊙ 1[Z > 0]`.
struct GatedStore: ProductEpilogue {
    let gate: UnsafePointer<Double>
    @inline(__always) func store(_ v: SIMD4<Double>, _ c: UnsafeMutablePointer<Double>, _ index: Int) {
        let g = UnsafeRawPointer(gate + index).loadUnaligned(as: SIMD4<Double>.self)
        UnsafeMutableRawPointer(c + index).storeBytes(of: SIMD4(repeating: 0).replacing(with: v, where: g .> 0), as: SIMD4<Double>.self)
    }
    @inline(__always) func store(_ value: Double, _ c: UnsafeMutablePointer<Double>, _ index: Int) {
        c[index] = gate[index] > 0 ? value : 0
    }
}
