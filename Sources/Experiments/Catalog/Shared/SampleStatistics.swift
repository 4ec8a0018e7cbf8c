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
}
