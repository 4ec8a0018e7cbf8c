import FoundationEssentials

/// How to rescale input features.
public enum NormalizationMethod: Sendable, Hashable, CustomStringConvertible {
    /// Each feature mapped linearly so the fitted minimum goes to 0 and maximum to 1.
    case minMax
    /// Each feature shifted to mean 0 and scaled to standard deviation 1.
    case zScore
    /// Decorrelated and scaled: `diag(1/√(λ+ε)) · Uᵀ · (x − μ)` from the eigen-decomposition `UΛUᵀ` of the
    /// covariance; ε keeps near-zero-variance directions from blowing up.
    case pcaWhitening(epsilon: Double)

    public var description: String {
        switch self {
        case .minMax: "min-max"
        case .zScore: "z-score"
        case let .pcaWhitening(e): "PCA whitening (ε=\(e))"
        }
    }
}

/// A normalization fitted on one set of examples (the training split) and applied unchanged to any
/// other. Fitting on all the data would let the dev and test sets leak into training.
///
/// Features whose fitted spread is zero are only shifted (divided by 1), never divided by 0.
public struct Normalizer: Sendable, Hashable {
    public let method: NormalizationMethod
    /// `(features × 1)`: what is subtracted (the minimum for min-max, the mean otherwise).
    public let shift: Matrix
    /// `(features × 1)`: what each shifted feature is divided by (min-max and z-score).
    public let scale: Matrix
    /// PCA whitening's rotation `Uᵀ (features × features)`, rows are principal directions by decreasing variance.
    public let rotation: Matrix?
    /// PCA's eigenvalues (the variances along the principal directions), decreasing.
    public let variances: [Double]?

    /// Fits `method` on `x (features × m)`.
    public static func fit(_ method: NormalizationMethod, to x: Matrix) throws -> Normalizer {
        guard x.rows > 0, x.columns > 0 else { throw DLCoreError.emptyData("cannot fit a normalization on \(x.shapeDescription) data") }
        guard x.isFinite else { throw DLCoreError.nonFiniteValue("data to normalize contains NaN or ∞") }
        let n = x.rows, m = x.columns
        switch method {
        case .minMax:
            var low = Matrix(rows: n, columns: 1), width = Matrix(rows: n, columns: 1)
            for i in 0..<n {
                let row = x.row(i)
                let lo = row.min()!, hi = row.max()!
                low[i, 0] = lo
                width[i, 0] = hi > lo ? hi - lo : 1
            }
            return Normalizer(method: method, shift: low, scale: width, rotation: nil, variances: nil)
        case .zScore:
            let mean = x.rowMeans()
            var std = Matrix(rows: n, columns: 1)
            for i in 0..<n {
                var s = 0.0
                for j in 0..<m { s += (x[i, j] - mean[i, 0]) * (x[i, j] - mean[i, 0]) }
                let sd = (s / Double(m)).squareRoot()
                std[i, 0] = sd > 0 ? sd : 1
            }
            return Normalizer(method: method, shift: mean, scale: std, rotation: nil, variances: nil)
        case let .pcaWhitening(epsilon):
            try DLCoreError.requireNonNegative(epsilon, "PCA whitening ε")
            let mean = x.rowMeans()
            let centered = try x.addingToEveryColumn(mean.scaled(by: -1))
            let covariance = try centered.dotTransposed(centered).scaled(by: 1 / Double(m))
            let (values, vectors) = try covariance.symmetricEigen()
            let clipped = values.map { max($0, 0) }
            guard clipped.allSatisfy({ $0 + epsilon > 0 }) else {
                throw DLCoreError.invalidConfiguration("PCA whitening needs ε > 0 when a direction has zero variance")
            }
            return Normalizer(method: method, shift: mean, scale: Matrix(column: clipped.map { ($0 + epsilon).squareRoot() }),
                              rotation: vectors.transposed(), variances: clipped)
        }
    }

    /// Applies the fitted transformation to `x (features × m)`.
    public func apply(_ x: Matrix) throws -> Matrix {
        guard x.rows == shift.rows else {
            throw DLCoreError.shapeMismatch(operation: "\(method) normalization", expected: "\(shift.rows)×m", actual: x.shapeDescription)
        }
        let centered = try x.addingToEveryColumn(shift.scaled(by: -1))
        let rotated = try rotation.map { try $0.dot(centered) } ?? centered
        var result = rotated
        for i in 0..<result.rows {
            let s = scale[i, 0]
            for j in 0..<result.columns { result[i, j] /= s }
        }
        return result
    }

    /// A copy of `data` with normalized features.
    public func apply(_ data: Dataset) throws -> Dataset {
        var copy = data
        copy.x = try apply(data.x)
        return copy
    }
}

extension DataSplit {
    /// Fits `method` on the training split only and applies it to all three splits.
    public func normalized(_ method: NormalizationMethod) throws -> (split: DataSplit, normalizer: Normalizer) {
        let normalizer = try Normalizer.fit(method, to: train.x)
        let split = DataSplit(train: try normalizer.apply(train), dev: dev.isEmpty ? dev : try normalizer.apply(dev),
                              test: test.isEmpty ? test : try normalizer.apply(test))
        return (split, normalizer)
    }
}
