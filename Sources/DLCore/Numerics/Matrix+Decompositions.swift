import Foundation

/// The two factorizations the course needs: QR (orthogonal initialization) and the eigenvectors of a
/// symmetric matrix (PCA whitening). Sizes are small (a layer, a covariance of a few features), so
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
                    for k in 0..<n {
                        let akp = a[k, p], akq = a[k, q]
                        a[k, p] = c * akp - s * akq
                        a[k, q] = s * akp + c * akq
                    }
                    for k in 0..<n {
                        let apk = a[p, k], aqk = a[q, k]
                        a[p, k] = c * apk - s * aqk
                        a[q, k] = s * apk + c * aqk
                    }
                    for k in 0..<n {
                        let vkp = v[k, p], vkq = v[k, q]
                        v[k, p] = c * vkp - s * vkq
                        v[k, q] = s * vkp + c * vkq
                    }
                }
            }
        }
        let order = (0..<n).sorted { a[$0, $0] > a[$1, $1] }
        let values = order.map { a[$0, $0] }
        let vectors = Matrix(rows: n, columns: n) { i, j in v[i, order[j]] }
        return (values, vectors)
    }
}
