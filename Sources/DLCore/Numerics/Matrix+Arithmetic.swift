import FoundationEssentials
import Glibc

/// Element-wise arithmetic, reductions and norms. Binary operations check shapes and throw.
extension Matrix {
    private func requireSameShape(_ other: Matrix, _ operation: String) throws {
        guard rows == other.rows && columns == other.columns else {
            throw DLCoreError.shapeMismatch(operation: operation, expected: shapeDescription, actual: other.shapeDescription)
        }
    }

    /// Applies `transform` to every element.
    public func map(_ transform: (Double) -> Double) -> Matrix {
        var result = self
        result.storage.withUnsafeMutableBufferPointer { p in
            for k in p.indices { p[k] = transform(p[k]) }
        }
        return result
    }

    /// Combines two same-shaped matrices element by element.
    public func zipMap(_ other: Matrix, _ operation: String = "element-wise operation",
                       _ combine: (Double, Double) -> Double) throws -> Matrix {
        try requireSameShape(other, operation)
        var result = self
        result.storage.withUnsafeMutableBufferPointer { p in
            other.storage.withUnsafeBufferPointer { q in
                for k in p.indices { p[k] = combine(p[k], q[k]) }
            }
        }
        return result
    }

    public func adding(_ other: Matrix) throws -> Matrix { try zipMap(other, "addition", +) }
    public func subtracting(_ other: Matrix) throws -> Matrix { try zipMap(other, "subtraction", -) }
    /// The element-wise (Hadamard) product `self ⊙ other`.
    public func hadamard(_ other: Matrix) throws -> Matrix { try zipMap(other, "element-wise product", *) }
    public func scaled(by factor: Double) -> Matrix { map { $0 * factor } }

    /// `self (r×c) + column (r×1)` added to every column: how a bias reaches every example.
    public func addingToEveryColumn(_ column: Matrix) throws -> Matrix {
        guard column.columns == 1 && column.rows == rows else {
            throw DLCoreError.shapeMismatch(operation: "broadcast add to \(shapeDescription)", expected: "\(rows)×1",
                                            actual: column.shapeDescription)
        }
        var result = self
        for i in 0..<rows {
            let b = column.storage[i]
            for j in 0..<columns { result.storage[i * columns + j] += b }
        }
        return result
    }

    /// `(r×1)`: the sum of each row, i.e. summed over examples (`db = Σ dZ`).
    public func rowSums() -> Matrix {
        var result = Matrix(rows: rows, columns: 1)
        storage.withUnsafeBufferPointer { p in
            for i in 0..<rows {
                var s = 0.0
                for j in 0..<columns { s += p[i * columns + j] }
                result.storage[i] = s
            }
        }
        return result
    }

    /// `(r×1)`: the mean of each row (the mean of each feature over examples).
    public func rowMeans() -> Matrix {
        columns == 0 ? Matrix(rows: rows, columns: 1) : rowSums().scaled(by: 1 / Double(columns))
    }

    public func sum() -> Double { storage.reduce(0, +) }
    public func mean() -> Double { storage.isEmpty ? 0 : sum() / Double(storage.count) }
    /// The Frobenius norm `‖M‖ = √(Σ m²)`: a vector's ‖·‖₂ when the matrix is one column.
    public func norm() -> Double { sqrt(squaredNorm()) }
    public func squaredNorm() -> Double {
        storage.withUnsafeBufferPointer { p in Kernels.dot(p.count, p.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                                                            p.baseAddress ?? UnsafePointer(bitPattern: 8)!) }
    }
    /// The largest absolute element, 0 for an empty matrix.
    public func maxAbs() -> Double { storage.reduce(0) { max($0, abs($1)) } }

    /// A matrix made of the listed columns, in that order (a mini-batch or one split of a data set).
    public func selectingColumns(_ indices: [Int]) -> Matrix {
        var result = Matrix(rows: rows, columns: indices.count)
        copyColumns(indices, into: &result)
        return result
    }

    /// Copies the listed columns into `output`, reusing its storage (mini-batches in a training loop).
    func copyColumns(_ indices: [Int], into output: inout Matrix) {
        let n = indices.count
        output.reshapeForReuse(rows: rows, columns: n)
        let c = columns
        storage.withUnsafeBufferPointer { src in
            output.storage.withUnsafeMutableBufferPointer { dst in
                for i in 0..<rows {
                    for (k, j) in indices.enumerated() { dst[i * n + k] = src[i * c + j] }
                }
            }
        }
    }

    /// Stacks matrices with the same number of rows side by side: `[A | B | …]`.
    public static func concatenatingColumns(_ parts: [Matrix]) throws -> Matrix {
        guard let first = parts.first else { return Matrix(rows: 0, columns: 0) }
        guard parts.allSatisfy({ $0.rows == first.rows }) else {
            throw DLCoreError.shapeMismatch(operation: "concatenating columns", expected: "\(first.rows) rows each",
                                            actual: parts.map(\.shapeDescription).joined(separator: ", "))
        }
        let total = parts.reduce(0) { $0 + $1.columns }
        var result = Matrix(rows: first.rows, columns: total)
        var offset = 0
        for part in parts {
            for i in 0..<part.rows {
                for j in 0..<part.columns { result.storage[i * total + offset + j] = part.storage[i * part.columns + j] }
            }
            offset += part.columns
        }
        return result
    }
}
