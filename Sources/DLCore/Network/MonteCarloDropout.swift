/// Monte-Carlo dropout (Gal & Ghahramani, 2016): keep dropout on at test time, run the same inputs
/// through several random masks, and read the spread of the outputs as the network's uncertainty.
/// The mean of the passes approximates the usual (dropout-off) prediction; the standard deviation is
/// large where the network has seen little data.
public struct MonteCarloDropoutPrediction: Sendable, Hashable {
    /// The mean output over the passes, `(outputs × m)`.
    public var mean: Matrix
    /// The standard deviation of the output over the passes (n − 1 in the denominator), `(outputs × m)`.
    public var standardDeviation: Matrix
    public var passCount: Int
}

extension Network {
    /// `passes` forward passes of `x` with fresh inverted-dropout masks drawn from `rng`.
    public func monteCarloDropoutPrediction(_ x: Matrix, dropout: Dropout, passes: Int,
                                            rng: inout RandomSource) throws -> MonteCarloDropoutPrediction {
        guard passes >= 2 else { throw DLCoreError.invalidConfiguration("Monte-Carlo dropout needs at least 2 passes, got \(passes)") }
        try validateInput(x)
        try dropout.validate()
        // Welford's running mean and sum of squared deviations: stable however many passes.
        var mean = Matrix(rows: outputCount, columns: x.columns)
        var squaredDeviations = mean
        for pass in 1...passes {
            let masks = try dropout.drawMasks(for: self, exampleCount: x.columns, rng: &rng)
            let output = try forward(x, masks: masks).output
            for k in 0..<output.count {
                let value = output.storage[k]
                let delta = value - mean.storage[k]
                mean.storage[k] += delta / Double(pass)
                squaredDeviations.storage[k] += delta * (value - mean.storage[k])
            }
        }
        let deviation = squaredDeviations.map { ($0 / Double(passes - 1)).squareRoot() }
        return MonteCarloDropoutPrediction(mean: mean, standardDeviation: deviation, passCount: passes)
    }
}
