import FoundationEssentials
import Glibc

/// Ways to make a data set harder in a controlled way.
extension Dataset {
    /// A copy with a `fraction` of the labels changed at random: binary labels are flipped, one-hot
    /// labels move to a different class chosen uniformly. Exactly `round(fraction·m)` examples change.
    public func withLabelNoise(fraction: Double, rng: inout RandomSource) throws -> Dataset {
        guard fraction.isFinite, fraction >= 0, fraction <= 1 else {
            throw DLCoreError.outOfRange(name: "label-noise fraction", value: fraction, range: "[0, 1]")
        }
        var result = self
        let changed = Int((fraction * Double(count)).rounded())
        let chosen = rng.permutation(count).prefix(changed)
        for j in chosen {
            if y.rows == 1 {
                result.y[0, j] = y[0, j] >= 0.5 ? 0 : 1
            } else {
                let current = classIndices[j]
                var other = rng.integer(below: y.rows - 1)
                if other >= current { other += 1 }
                for i in 0..<y.rows { result.y[i, j] = i == other ? 1 : 0 }
            }
        }
        result.name = name + " (\(Int((fraction * 100).rounded()))% label noise)"
        return result
    }

    /// A copy of a 2-D data set moved to a shifted distribution: rotated by `rotation` radians about the
    /// origin, scaled by `scale`, then translated by `offset` — the "test data comes from elsewhere" case.
    public func shifted(offset: (Double, Double), rotation: Double = 0, scale: Double = 1) throws -> Dataset {
        guard featureCount == 2 else {
            throw DLCoreError.shapeMismatch(operation: "shifted", expected: "2 features", actual: "\(featureCount)")
        }
        try DLCoreError.requirePositive(scale, "scale")
        var result = self
        let c = cos(rotation), s = sin(rotation)
        for j in 0..<count {
            let a = x[0, j], b = x[1, j]
            result.x[0, j] = scale * (c * a - s * b) + offset.0
            result.x[1, j] = scale * (s * a + c * b) + offset.1
        }
        result.name = name + " (shifted)"
        return result
    }

    /// Appends the examples of `other` (same features and outputs) after these.
    public func appending(_ other: Dataset) throws -> Dataset {
        guard other.featureCount == featureCount, other.outputCount == outputCount else {
            throw DLCoreError.shapeMismatch(operation: "appending data sets", expected: "\(featureCount) features, \(outputCount) outputs",
                                            actual: "\(other.featureCount) features, \(other.outputCount) outputs")
        }
        return Dataset(unchecked: try Matrix.concatenatingColumns([x, other.x]),
                       y: try Matrix.concatenatingColumns([y, other.y]), name: name)
    }
}
