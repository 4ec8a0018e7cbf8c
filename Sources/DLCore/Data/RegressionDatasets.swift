import FoundationEssentials
import Glibc

/// Data sets for regression and for the normalization lesson.
extension Dataset {
    /// A 1-D noisy regression set: x uniform in `range`, `y = sin(2x) + 0.3·x + noise·N(0,1)`.
    /// Few points and enough noise make over-fitting easy to see. `x (1×m)`, `y (1×m)`.
    public static func noisyRegression1D(count: Int, noise: Double = 0.3, range: ClosedRange<Double> = -3...3,
                                         rng: inout RandomSource) throws -> Dataset {
        guard count >= 1 else { throw DLCoreError.emptyData("asked for \(count) points, need at least 1") }
        try DLCoreError.requireNonNegative(noise, "noise")
        var x = Matrix(rows: 1, columns: count)
        var y = Matrix(rows: 1, columns: count)
        for j in 0..<count {
            let v = rng.uniform(range.lowerBound, range.upperBound)
            x[0, j] = v
            y[0, j] = Dataset.regressionTarget(v) + noise * rng.normal()
        }
        return Dataset(unchecked: x, y: y, name: "noisy regression")
    }

    /// The noise-free function behind `noisyRegression1D`, for drawing the truth beside a fit.
    public static func regressionTarget(_ x: Double) -> Double { sin(2 * x) + 0.3 * x }

    /// Two Gaussian classes whose features live on very different scales: feature i is multiplied by
    /// `scales[i]` and shifted by `offsets[i]`. Unnormalized, gradient descent crawls along the
    /// small-scale directions. Binary `y (1×m)`.
    public static func misScaledFeatures(count: Int, scales: [Double] = [1, 1000], offsets: [Double] = [0, 5000],
                                         rng: inout RandomSource) throws -> Dataset {
        guard count >= 2 else { throw DLCoreError.emptyData("asked for \(count) points, need at least 2") }
        guard scales.count == offsets.count, !scales.isEmpty else {
            throw DLCoreError.shapeMismatch(operation: "misScaledFeatures", expected: "\(scales.count) offsets", actual: "\(offsets.count)")
        }
        for s in scales { try DLCoreError.requirePositive(s, "feature scale") }
        var x = Matrix(rows: scales.count, columns: count)
        var y = Matrix(rows: 1, columns: count)
        for j in 0..<count {
            let label = j % 2
            for i in 0..<scales.count {
                // The classes sit at ±0.8 along every axis in standardized units.
                let standardized = (label == 1 ? 0.8 : -0.8) + rng.normal()
                x[i, j] = offsets[i] + scales[i] * standardized
            }
            y[0, j] = Double(label)
        }
        return Dataset(unchecked: x, y: y, name: "mis-scaled features")
    }
}
