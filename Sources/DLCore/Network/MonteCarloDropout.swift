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
    ///
    /// `oneNetworkPerPass`: every column of `x` goes through the same mask in a pass, so each pass is
    /// one thinned network and its outputs over a grid of inputs are one smooth curve. At each input
    /// the outputs are distributed exactly as with a mask per column (the default, as for a batch of
    /// unrelated examples); only the passes' outputs at different inputs are no longer independent,
    /// so the mean and spread over a grid vary smoothly instead of jittering from point to point.
    public func monteCarloDropoutPrediction(_ x: Matrix, dropout: Dropout, passes: Int, oneNetworkPerPass: Bool = false,
                                            rng: inout RandomSource) throws -> MonteCarloDropoutPrediction {
        guard passes >= 2 else { throw DLCoreError.invalidConfiguration("Monte-Carlo dropout needs at least 2 passes, got \(passes)") }
        try validateInput(x)
        try dropout.validate()
        // Welford's running mean and sum of squared deviations: stable however many passes.
        var mean = Matrix(rows: outputCount, columns: x.columns)
        var squaredDeviations = mean
        for pass in 1...passes {
            var masks = try dropout.drawMasks(for: self, exampleCount: oneNetworkPerPass ? 1 : x.columns, rng: &rng)
            if oneNetworkPerPass {
                masks.masks = masks.masks.map { mask in
                    mask.map { one in Matrix(rows: one.rows, columns: x.columns) { i, _ in one.storage[i] } }
                }
            }
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
