/// The mean and spread of a list of measurements, as the experiments report them.
///
/// `norm.leak`, `reg.label-smoothing`, `split.dev-size` and `InitializationSupport` each computed these
/// with their own copy of the same arithmetic (same order of operations, so the same rounding).
enum SampleStatistics {
    /// The arithmetic mean; NaN for no values.
    static func mean(_ values: [Double]) -> Double { values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count) }

    /// The mean and the population standard deviation (divided by n); both NaN for no values.
    static func meanAndStandardDeviation(_ values: [Double]) -> (mean: Double, std: Double) {
        guard !values.isEmpty else { return (.nan, .nan) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return (mean, variance.squareRoot())
    }

    /// p(1 − p)/n, the variance of an error rate measured on n examples, with p kept off 0 and 1 by half an
    /// example so that an error of 0 % still has a spread.
    static func binomialVariance(_ p: Double, _ n: Int) -> Double {
        let kept = min(max(p, 0.5 / Double(n)), 1 - 0.5 / Double(n))
        return kept * (1 - kept) / Double(n)
    }

    /// The standard error, in points, of the difference of two error rates (in %) measured on independent sets.
    static func differenceStandardErrorPoints(_ first: Double, _ firstCount: Int, _ second: Double, _ secondCount: Int) -> Double {
        100 * (binomialVariance(first / 100, firstCount) + binomialVariance(second / 100, secondCount)).squareRoot()
    }
}
