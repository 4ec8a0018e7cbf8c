/// Examples and their targets, one column per example.
///
/// - `x`: `(features × m)`.
/// - `y`: `(outputs × m)`: one row of 0/1 labels for binary tasks, one-hot `(classes × m)` for
///   multi-class tasks, real values for regression.
public struct Dataset: Sendable, Hashable {
    public var x: Matrix
    public var y: Matrix
    /// A short name for screens, e.g. "circles".
    public var name: String

    /// Throws if `x` and `y` disagree on the number of examples.
    public init(x: Matrix, y: Matrix, name: String = "data") throws {
        guard x.columns == y.columns else {
            throw DLCoreError.shapeMismatch(operation: "Dataset(x:y:)", expected: "\(x.columns) target columns (one per example)",
                                            actual: "\(y.columns)")
        }
        self.x = x
        self.y = y
        self.name = name
    }

    init(unchecked x: Matrix, y: Matrix, name: String) {
        self.x = x
        self.y = y
        self.name = name
    }

    /// The number of examples m.
    public var count: Int { x.columns }
    public var featureCount: Int { x.rows }
    public var outputCount: Int { y.rows }
    public var isEmpty: Bool { count == 0 }

    /// The class of each example: the 0/1 label for one-row targets, the arg-max of one-hot targets.
    public var classIndices: [Int] {
        (0..<count).map { j in
            if y.rows == 1 { return y[0, j] >= 0.5 ? 1 : 0 }
            var best = 0
            for i in 1..<y.rows where y[i, j] > y[best, j] { best = i }
            return best
        }
    }

    /// The examples at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Dataset {
        Dataset(unchecked: x.selectingColumns(indices), y: y.selectingColumns(indices), name: name)
    }

    /// Throws unless there is at least one example and one feature.
    public func requireNonEmpty(_ what: String = "data set") throws {
        guard count > 0 && featureCount > 0 else {
            throw DLCoreError.emptyData("\(what) '\(name)' has \(count) examples and \(featureCount) features")
        }
    }

    /// One-hot targets `(classes × m)` from class indices.
    public static func oneHot(_ classes: [Int], classCount: Int) throws -> Matrix {
        var y = Matrix(rows: classCount, columns: classes.count)
        for (j, c) in classes.enumerated() {
            guard c >= 0 && c < classCount else {
                throw DLCoreError.outOfRange(name: "class index", value: Double(c), range: "0..<\(classCount)")
            }
            y[c, j] = 1
        }
        return y
    }
}
