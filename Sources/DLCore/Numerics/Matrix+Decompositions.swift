import FoundationEssentials

/// The factorizations the course needs: QR and the SVD (the two ways to an orthogonal initialization)
/// and the eigenvectors of a symmetric matrix (PCA whitening). Sizes are small (a layer, a covariance of a few features), so
/// clarity beats cleverness here.
extension Matrix {
    /// Thin QR by modified Gram–Schmidt: `self (r×c), r ≥ c` = `Q (r×c) · R (c×c)`, Q with orthonormal
    /// columns and R upper triangular with a non-negative diagonal (so the factorization is unique).
    public func qrDecomposition() throws -> (q: Matrix, r: Matrix) {
        guard rows >= columns, columns > 0 else {
            throw DLCoreError.shapeMismatch(operation: "QR decomposition", expected: "at least as many rows as columns",
                                            actual: shapeDescription)
        }
        var q = self
        var r = Matrix(rows: columns, columns: columns)
        for j in 0..<columns {
            for k in 0..<j {
                var d = 0.0
                for i in 0..<rows { d += q[i, k] * q[i, j] }
                r[k, j] = d
                for i in 0..<rows { q[i, j] -= d * q[i, k] }
            }
            var n = 0.0
            for i in 0..<rows { n += q[i, j] * q[i, j] }
            n = n.squareRoot()
            guard n > 1e-300 else { throw DLCoreError.invalidConfiguration("QR of a rank-deficient matrix") }
            r[j, j] = n
            for i in 0..<rows { q[i, j] /= n }
        }
        return (q, r)
    }

    /// Thin singular value decomposition by one-sided Jacobi rotations (Hestenes):
    /// `self (r×c), r ≥ c` = `U (r×c) · diag(σ) · Vᵀ (c×c)`, σ in decreasing order, U with orthonormal
    /// columns (for σ > 0) and V orthogonal. Columns of a working copy are rotated pairwise until every
    /// pair is orthogonal; their norms are then the singular values. Deterministic: fixed sweep order.
    public func singularValueDecomposition(tolerance: Double = 1e-15, maxSweeps: Int = 60) throws
        -> (u: Matrix, singularValues: [Double], v: Matrix) {
        guard rows >= columns, columns > 0 else {
            throw DLCoreError.shapeMismatch(operation: "singular value decomposition", expected: "at least as many rows as columns",
                                            actual: shapeDescription)
        }
        guard isFinite else { throw DLCoreError.nonFiniteValue("matrix to decompose contains NaN or ∞") }
        let n = columns
        var a = self
        var v = Matrix.identity(n)
        for _ in 0..<maxSweeps {
            var rotated = false
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) {
                    var alpha = 0.0, beta = 0.0, gamma = 0.0
                    for i in 0..<rows {
                        alpha += a[i, p] * a[i, p]
                        beta += a[i, q] * a[i, q]
                        gamma += a[i, p] * a[i, q]
                    }
                    guard abs(gamma) > tolerance * (alpha * beta).squareRoot(), gamma != 0 else { continue }
                    rotated = true
                    // The rotation that makes columns p and q orthogonal (Demmel & Veselić).
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = c * t
                    a.rotateColumns(p, q, c: c, s: s)
                    v.rotateColumns(p, q, c: c, s: s)
                }
            }
            if !rotated { break }
        }
        var norms = (0..<n).map { j in (0..<rows).reduce(0.0) { $0 + a[$1, j] * a[$1, j] }.squareRoot() }
        let order = (0..<n).sorted { norms[$0] != norms[$1] ? norms[$0] > norms[$1] : $0 < $1 }
        var u = Matrix(rows: rows, columns: n)
        var sortedV = Matrix(rows: n, columns: n)
        for (target, source) in order.enumerated() {
            let sigma = norms[source]
            for i in 0..<rows { u[i, target] = sigma > 0 ? a[i, source] / sigma : 0 }
            for i in 0..<n { sortedV[i, target] = v[i, source] }
        }
        norms = order.map { norms[$0] }
        return (u, norms, sortedV)
    }

    /// Eigen-decomposition of a symmetric matrix by cyclic Jacobi rotations.
    /// Returns eigenvalues in decreasing order and the matching unit eigenvectors as columns.
    public func symmetricEigen(tolerance: Double = 1e-13, maxSweeps: Int = 100) throws -> (values: [Double], vectors: Matrix) {
        guard rows == columns, rows > 0 else {
            throw DLCoreError.shapeMismatch(operation: "symmetric eigen-decomposition", expected: "a non-empty square matrix",
                                            actual: shapeDescription)
        }
        guard isFinite else { throw DLCoreError.nonFiniteValue("matrix to decompose contains NaN or ∞") }
        let n = rows
        var a = self
        var v = Matrix.identity(n)
        for _ in 0..<maxSweeps {
            var offDiagonal = 0.0
            for p in 0..<n { for q in (p + 1)..<max(n, p + 1) { offDiagonal += a[p, q] * a[p, q] } }
            if offDiagonal <= tolerance * tolerance * max(a.squaredNorm(), 1e-300) { break }
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) where a[p, q] != 0 {
                    // Choose the rotation that zeroes a[p, q] (Golub & Van Loan, algorithm 8.4.2).
                    let theta = (a[q, q] - a[p, p]) / (2 * a[p, q])
                    let t = (theta >= 0 ? 1.0 : -1.0) / (abs(theta) + (theta * theta + 1).squareRoot())
                    let c = 1 / (t * t + 1).squareRoot(), s = t * c
                    a.rotateColumns(p, q, c: c, s: s)
                    for k in 0..<n {
                        let apk = a[p, k], aqk = a[q, k]
                        a[p, k] = c * apk - s * aqk
                        a[q, k] = s * apk + c * aqk
                    }
                    v.rotateColumns(p, q, c: c, s: s)
                }
            }
        }
        let order = (0..<n).sorted { a[$0, $0] > a[$1, $1] }
        let values = order.map { a[$0, $0] }
        let vectors = Matrix(rows: n, columns: n) { i, j in v[i, order[j]] }
        return (values, vectors)
    }

    /// Columns p and q become `c·p − s·q` and `s·p + c·q`: one Jacobi (Givens) rotation from the right.
    fileprivate mutating func rotateColumns(_ p: Int, _ q: Int, c: Double, s: Double) {
        for i in 0..<rows {
            let ip = self[i, p], iq = self[i, q]
            self[i, p] = c * ip - s * iq
            self[i, q] = s * ip + c * iq
        }
    }
}
