/// A dense matrix of `Double`s, stored row-major in one contiguous array.
///
/// Networks use the course's layout: **one column per example**. Inputs are `X (features × m)`,
/// weights `W (units × inputs)`, pre-activations `Z = W·A + b (units × m)`. So perturbing one weight
/// `W[i, j]` changes only row `i` of `Z` — the fact the fast gradient check is built on.
///
/// Value semantics with copy-on-write (it wraps a Swift array); the hot kernels mutate in place
/// through `withUnsafe…` pointers so a training loop allocates nothing per step.
public struct Matrix: Sendable, Hashable {
    public private(set) var rows: Int
    public private(set) var columns: Int
    /// Row-major storage: element `(i, j)` lives at `i * columns + j`.
    public internal(set) var storage: [Double]

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        precondition(rows >= 0 && columns >= 0, "a matrix cannot have a negative size")
        self.rows = rows
        self.columns = columns
        self.storage = [Double](repeating: value, count: rows * columns)
    }

    /// A matrix from row-major values; throws if `values.count != rows * columns`.
    public init(rows: Int, columns: Int, values: [Double]) throws {
        guard rows >= 0, columns >= 0, values.count == rows * columns else {
            throw DLCoreError.shapeMismatch(operation: "Matrix(rows:columns:values:)",
                                            expected: "\(rows * columns) values for \(rows)×\(columns)",
                                            actual: "\(values.count) values")
        }
        self.rows = rows
        self.columns = columns
        self.storage = values
    }

    /// A matrix from nested rows, e.g. `[[1, 2], [3, 4]]`; throws if the rows are ragged.
    public init(_ nestedRows: [[Double]]) throws {
        let columns = nestedRows.first?.count ?? 0
        guard nestedRows.allSatisfy({ $0.count == columns }) else {
            throw DLCoreError.shapeMismatch(operation: "Matrix(rows)", expected: "every row with \(columns) values",
                                            actual: "rows of lengths \(nestedRows.map(\.count))")
        }
        self.rows = nestedRows.count
        self.columns = columns
        self.storage = nestedRows.flatMap { $0 }
    }

    /// A column vector `(values.count × 1)`.
    public init(column values: [Double]) {
        self.rows = values.count
        self.columns = 1
        self.storage = values
    }

    /// A row vector `(1 × values.count)`.
    public init(row values: [Double]) {
        self.rows = 1
        self.columns = values.count
        self.storage = values
    }

    /// The `n × n` identity.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.storage[i * n + i] = 1 }
        return m
    }

    /// A matrix whose element `(i, j)` is `f(i, j)`.
    public init(rows: Int, columns: Int, _ element: (Int, Int) -> Double) {
        self.init(rows: rows, columns: columns)
        for i in 0..<rows {
            for j in 0..<columns { storage[i * columns + j] = element(i, j) }
        }
    }

    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }
    /// "3×4", the way shapes are written in error messages and doc comments.
    public var shapeDescription: String { "\(rows)×\(columns)" }

    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "matrix index out of range")
            return storage[row * columns + column]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "matrix index out of range")
            storage[row * columns + column] = newValue
        }
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] {
        Array(storage[(i * columns)..<((i + 1) * columns)])
    }

    /// Column `j` as an array (one example, in the course's layout).
    public func column(_ j: Int) -> [Double] {
        (0..<rows).map { storage[$0 * columns + j] }
    }

    /// The rows as nested arrays, handy for tests and printing.
    public var nestedRows: [[Double]] { (0..<rows).map(row) }

    /// Reshapes and overwrites with the `rows × columns` values at `source` (row-major), reusing the allocation.
    mutating func assign(rows newRows: Int, columns newColumns: Int, from source: UnsafePointer<Double>) {
        reshapeForReuse(rows: newRows, columns: newColumns)
        storage.withUnsafeMutableBufferPointer { target in target.baseAddress?.update(from: source, count: target.count) }
    }

    /// Resizes in place, keeping the allocation when it is large enough (training-loop buffers).
    /// The contents are unspecified afterwards.
    mutating func reshapeForReuse(rows newRows: Int, columns newColumns: Int) {
        if rows == newRows && columns == newColumns { return }
        rows = newRows
        columns = newColumns
        let needed = newRows * newColumns
        if storage.count > needed {
            storage.removeLast(storage.count - needed)
        } else if storage.count < needed {
            storage.append(contentsOf: repeatElement(0, count: needed - storage.count))
        }
    }

    /// Throws a descriptive shape error unless `self` is `rows × columns`.
    public func requireShape(rows expectedRows: Int, columns expectedColumns: Int, _ what: String) throws {
        guard rows == expectedRows && columns == expectedColumns else {
            throw DLCoreError.shapeMismatch(operation: what, expected: "\(expectedRows)×\(expectedColumns)",
                                            actual: shapeDescription)
        }
    }

    /// True when every element is finite (no NaN, no ±∞).
    public var isFinite: Bool { storage.allSatisfy(\.isFinite) }
}

extension Matrix: CustomStringConvertible {
    public var description: String {
        let body = nestedRows.map { row in row.map { "\($0)" }.joined(separator: ", ") }.joined(separator: "; ")
        return "Matrix \(shapeDescription) [\(body)]"
    }
}

extension Matrix {
    /// The points of a regular `columns × rows` grid over a rectangle, as a `(2 × columns·rows)` input
    /// matrix (row by row from the bottom-left corner): what a decision-boundary plot feeds the network.
    public static func grid(x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int) throws -> Matrix {
        guard columns >= 2, rows >= 2 else {
            throw DLCoreError.outOfRange(name: "grid size", value: Double(min(columns, rows)), range: "2 or more points per side")
        }
        var points = Matrix(rows: 2, columns: columns * rows)
        for r in 0..<rows {
            for c in 0..<columns {
                let k = r * columns + c
                points.storage[k] = x.lowerBound + (x.upperBound - x.lowerBound) * Double(c) / Double(columns - 1)
                points.storage[columns * rows + k] = y.lowerBound + (y.upperBound - y.lowerBound) * Double(r) / Double(rows - 1)
            }
        }
        return points
    }
}
