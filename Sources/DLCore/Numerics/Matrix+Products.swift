/// Matrix products, checked. `A · B` needs `A.columns == B.rows`; the transposed forms avoid building
/// a transposed copy, which is how backpropagation uses them (`dW = dZ·Aᵀ`, `dA = Wᵀ·dZ`).
extension Matrix {
    /// `self (r×n) · other (n×c) → (r×c)`.
    public func dot(_ other: Matrix) throws -> Matrix {
        guard columns == other.rows else {
            throw DLCoreError.shapeMismatch(operation: "matrix product \(shapeDescription) · \(other.shapeDescription)",
                                            expected: "\(columns) rows on the right", actual: "\(other.rows)")
        }
        var result = Matrix(rows: rows, columns: other.columns)
        Matrix.multiply(self, other, into: &result)
        return result
    }

    /// `self (r×n) · otherᵀ` where `other` is `(c×n)` → `(r×c)`.
    public func dotTransposed(_ other: Matrix) throws -> Matrix {
        guard columns == other.columns else {
            throw DLCoreError.shapeMismatch(operation: "matrix product \(shapeDescription) · (\(other.shapeDescription))ᵀ",
                                            expected: "\(columns) columns on the right", actual: "\(other.columns)")
        }
        var result = Matrix(rows: rows, columns: other.rows)
        Matrix.multiplyTransposedRight(self, other, into: &result)
        return result
    }

    /// `selfᵀ · other` where `self` is `(n×r)` and `other` is `(n×c)` → `(r×c)`.
    public func transposedDot(_ other: Matrix) throws -> Matrix {
        guard rows == other.rows else {
            throw DLCoreError.shapeMismatch(operation: "matrix product (\(shapeDescription))ᵀ · \(other.shapeDescription)",
                                            expected: "\(rows) rows on the right", actual: "\(other.rows)")
        }
        var result = Matrix(rows: columns, columns: other.columns)
        Matrix.multiplyTransposedLeft(self, other, into: &result)
        return result
    }

    /// The transpose `(c×r)`.
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns { result.storage[j * rows + i] = storage[i * columns + j] }
        }
        return result
    }
}
