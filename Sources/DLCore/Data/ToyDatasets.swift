import FoundationEssentials
import Glibc

/// Two-dimensional data sets a student can picture. Each takes the random source it draws from,
/// so the same seed gives the same points. Binary sets have `y (1×m)` of 0/1 labels; multi-class
/// sets have one-hot `y (classes × m)`.
extension Dataset {
    private static func requireCount(_ count: Int, minimum: Int = 1) throws {
        guard count >= minimum else { throw DLCoreError.emptyData("asked for \(count) points, need at least \(minimum)") }
    }

    /// Two concentric circles (like scikit-learn's `make_circles`): the outer ring is class 0 and the
    /// inner ring, of radius `factor`, is class 1. Gaussian noise of standard deviation `noise`.
    public static func circles(count: Int, noise: Double = 0.1, factor: Double = 0.5,
                               rng: inout RandomSource) throws -> Dataset {
        try requireCount(count, minimum: 2)
        try DLCoreError.requireNonNegative(noise, "noise")
        guard factor > 0 && factor < 1 else { throw DLCoreError.outOfRange(name: "factor", value: factor, range: "(0, 1)") }
        let outer = count / 2
        var x = Matrix(rows: 2, columns: count)
        var y = Matrix(rows: 1, columns: count)
        for j in 0..<count {
            let isInner = j >= outer
            let ringCount = isInner ? count - outer : outer
            let angle = 2 * Double.pi * Double(isInner ? j - outer : j) / Double(ringCount)
            let radius = isInner ? factor : 1
            x[0, j] = radius * cos(angle) + noise * rng.normal()
            x[1, j] = radius * sin(angle) + noise * rng.normal()
            y[0, j] = isInner ? 1 : 0
        }
        return Dataset(unchecked: x, y: y, name: "circles")
    }

    /// Two interleaving half-moons (like scikit-learn's `make_moons`).
    public static func moons(count: Int, noise: Double = 0.1, rng: inout RandomSource) throws -> Dataset {
        try requireCount(count, minimum: 2)
        try DLCoreError.requireNonNegative(noise, "noise")
        let upper = count / 2
        var x = Matrix(rows: 2, columns: count)
        var y = Matrix(rows: 1, columns: count)
        for j in 0..<count {
            let isLower = j >= upper
            let n = isLower ? count - upper : upper
            let t = Double.pi * Double(isLower ? j - upper : j) / Double(max(n - 1, 1))
            x[0, j] = (isLower ? 1 - cos(t) : cos(t)) + noise * rng.normal()
            x[1, j] = (isLower ? 0.5 - sin(t) : sin(t)) + noise * rng.normal()
            y[0, j] = isLower ? 1 : 0
        }
        return Dataset(unchecked: x, y: y, name: "moons")
    }

    /// XOR: points uniform in [−1, 1]², class 1 when the two coordinates have opposite signs.
    /// `noise` jitters the points after labelling, so some cross the axes.
    public static func xor(count: Int, noise: Double = 0, rng: inout RandomSource) throws -> Dataset {
        try requireCount(count)
        try DLCoreError.requireNonNegative(noise, "noise")
        var x = Matrix(rows: 2, columns: count)
        var y = Matrix(rows: 1, columns: count)
        for j in 0..<count {
            let a = rng.uniform(-1, 1), b = rng.uniform(-1, 1)
            y[0, j] = (a * b < 0) ? 1 : 0
            x[0, j] = a + noise * rng.normal()
            x[1, j] = b + noise * rng.normal()
        }
        return Dataset(unchecked: x, y: y, name: "xor")
    }

    /// Interleaved spirals, one arm per class (the CS231n spiral); `y` is one-hot `(classes × m)`.
    public static func spirals(count: Int, classes: Int = 3, noise: Double = 0.2,
                               rng: inout RandomSource) throws -> Dataset {
        try requireCount(count, minimum: classes)
        try DLCoreError.requireNonNegative(noise, "noise")
        guard classes >= 2 else { throw DLCoreError.outOfRange(name: "classes", value: Double(classes), range: "2 or more") }
        var x = Matrix(rows: 2, columns: count)
        var labels = [Int](repeating: 0, count: count)
        let perClass = count / classes
        for j in 0..<count {
            let c = min(j / max(perClass, 1), classes - 1)
            let start = c * perClass
            let n = c == classes - 1 ? count - start : perClass
            let r = Double(j - start) / Double(max(n - 1, 1))
            let t = Double(c) * 4 + 4 * r + noise * rng.normal()
            x[0, j] = r * sin(t)
            x[1, j] = r * cos(t)
            labels[j] = c
        }
        return Dataset(unchecked: x, y: try oneHot(labels, classCount: classes), name: "spirals")
    }

    /// Gaussian blobs around `centers`, each with standard deviation `spread`; one-hot `y`.
    /// Points go round-robin to the centers so every class gets its share.
    public static func blobs(count: Int, centers: [(Double, Double)] = [(-2, -2), (2, 2), (-2, 2)],
                             spread: Double = 0.8, rng: inout RandomSource) throws -> Dataset {
        try requireCount(count, minimum: centers.count)
        try DLCoreError.requireNonNegative(spread, "spread")
        guard centers.count >= 2 else { throw DLCoreError.outOfRange(name: "centers", value: Double(centers.count), range: "2 or more") }
        var x = Matrix(rows: 2, columns: count)
        var labels = [Int](repeating: 0, count: count)
        for j in 0..<count {
            let c = j % centers.count
            x[0, j] = centers[c].0 + spread * rng.normal()
            x[1, j] = centers[c].1 + spread * rng.normal()
            labels[j] = c
        }
        return Dataset(unchecked: x, y: try oneHot(labels, classCount: centers.count), name: "blobs")
    }

    /// The "flower" of the deep-learning specialization's planar-data exercise: `petals` petals whose
    /// colours alternate, not separable by a line.
    public static func flower(count: Int, petals: Int = 4, noise: Double = 0.2,
                              rng: inout RandomSource) throws -> Dataset {
        try requireCount(count, minimum: 2)
        try DLCoreError.requireNonNegative(noise, "noise")
        guard petals >= 1 else { throw DLCoreError.outOfRange(name: "petals", value: Double(petals), range: "1 or more") }
        let half = count / 2
        let maxRay = 4.0
        var x = Matrix(rows: 2, columns: count)
        var y = Matrix(rows: 1, columns: count)
        for j in 0..<count {
            let label = j < half ? 0 : 1
            let n = label == 0 ? half : count - half
            let k = label == 0 ? j : j - half
            let base = Double(label) * 3.12
            let t = base + (3.12 / Double(max(n - 1, 1))) * Double(k) + noise * rng.normal()
            let r = maxRay * sin(Double(petals) * t) + noise * rng.normal()
            x[0, j] = r * sin(t)
            x[1, j] = r * cos(t)
            y[0, j] = Double(label)
        }
        return Dataset(unchecked: x, y: y, name: "flower")
    }
}
