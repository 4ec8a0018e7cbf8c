import FoundationEssentials
import Glibc

/// A seedable random number generator: xoshiro256** seeded through SplitMix64.
///
/// Same seed → same numbers on every machine: the integer steps are exact, uniforms take the top
/// 53 bits, and normals use Marsaglia's polar method (only `log` and `sqrt`, no trigonometry).
/// Nothing here touches the system's randomness.
public struct RandomSource: Sendable, Hashable {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// The second normal of the polar method's pair, kept for the next call.
    private var spareNormal: Double?

    public init(seed: UInt64) {
        // SplitMix64 spreads any seed (even 0) over the 256-bit state xoshiro needs.
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// Uniform in [0, 1): the top 53 bits scaled by 2⁻⁵³.
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in [low, high).
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * uniform()
    }

    /// A standard normal sample (mean 0, standard deviation 1), Marsaglia's polar method.
    public mutating func normal() -> Double {
        if let spare = spareNormal {
            spareNormal = nil
            return spare
        }
        while true {
            let u = 2 * uniform() - 1
            let v = 2 * uniform() - 1
            let s = u * u + v * v
            if s > 0 && s < 1 {
                let factor = sqrt(-2 * log(s) / s)
                spareNormal = v * factor
                return u * factor
            }
        }
    }

    /// A normal sample with the given mean and standard deviation.
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * normal()
    }

    /// Uniform integer in `0..<bound` without modulo bias (rejects the short top slice).
    public mutating func integer(below bound: Int) -> Int {
        precondition(bound > 0, "integer(below:) needs a positive bound")
        let b = UInt64(bound)
        let limit = UInt64.max - UInt64.max % b
        while true {
            let r = next()
            if r < limit { return Int(r % b) }
        }
    }

    /// A Fisher–Yates shuffle of `0..<count`.
    public mutating func permutation(_ count: Int) -> [Int] {
        var indices = Array(0..<count)
        shuffle(&indices)
        return indices
    }

    /// Shuffles `array` in place (Fisher–Yates, deterministic given the seed).
    public mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = integer(below: i + 1)
            if i != j { array.swapAt(i, j) }
        }
    }

    /// A `rows × columns` matrix of standard normal samples times `standardDeviation`.
    public mutating func normalMatrix(rows: Int, columns: Int, standardDeviation: Double = 1) -> Matrix {
        var m = Matrix(rows: rows, columns: columns)
        for k in 0..<m.storage.count { m.storage[k] = standardDeviation * normal() }
        return m
    }

    /// A `rows × columns` matrix of uniform samples in [low, high).
    public mutating func uniformMatrix(rows: Int, columns: Int, low: Double, high: Double) -> Matrix {
        var m = Matrix(rows: rows, columns: columns)
        for k in 0..<m.storage.count { m.storage[k] = uniform(low, high) }
        return m
    }
}
