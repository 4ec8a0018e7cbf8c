/// Inverted dropout on the hidden layers: each hidden unit is kept with probability `keepProb` and the
/// kept ones are scaled by `1/keepProb`, so the expected activation is unchanged and nothing needs
/// rescaling at test time. The input and output layers are never dropped.
public struct Dropout: Sendable, Hashable, CustomStringConvertible {
    /// The probability of keeping a unit, in (0, 1]. 1 means no dropout at all.
    public var keepProb: Double
    /// Draw one mask and reuse it for every forward pass: the only way a gradient check with dropout
    /// on can be meaningful, because otherwise every cost evaluation uses a different network.
    public var fixedMask: Bool

    public init(keepProb: Double, fixedMask: Bool = false) {
        self.keepProb = keepProb
        self.fixedMask = fixedMask
    }

    public var description: String { "dropout keepProb=\(keepProb)\(fixedMask ? " (fixed mask)" : "")" }

    public func validate() throws { try DLCoreError.requireKeepProbability(keepProb) }

    /// Fresh masks for `network` on a batch of `m` examples: one `(units × m)` matrix per hidden layer
    /// holding 0 (dropped) or `1/keepProb` (kept).
    public func drawMasks(for network: Network, exampleCount m: Int, rng: inout RandomSource) throws -> DropoutMasks {
        try validate()
        var masks = DropoutMasks(layerCount: network.layers.count)
        drawMasks(for: network, exampleCount: m, rng: &rng, into: &masks)
        return masks
    }

    /// Redraws `masks` in place (training loops reuse the buffers).
    func drawMasks(for network: Network, exampleCount m: Int, rng: inout RandomSource, into masks: inout DropoutMasks) {
        if masks.masks.count != network.layers.count { masks = DropoutMasks(layerCount: network.layers.count) }
        let scale = 1 / keepProb
        for l in 0..<(network.layers.count - 1) {
            var mask = masks.masks[l] ?? Matrix(rows: 0, columns: 0)
            masks.masks[l] = nil // keep the buffer uniquely referenced while we write it
            mask.reshapeForReuse(rows: network.layers[l].unitCount, columns: m)
            mask.storage.withUnsafeMutableBufferPointer { p in
                for k in p.indices { p[k] = rng.uniform() < keepProb ? scale : 0 }
            }
            masks.masks[l] = mask
        }
    }
}

/// The dropout masks of one forward pass: entry `l` multiplies layer `l`'s activations (0-based),
/// `nil` for layers without dropout (always the output layer).
public struct DropoutMasks: Sendable, Hashable {
    public var masks: [Matrix?]

    public init(layerCount: Int) {
        masks = [Matrix?](repeating: nil, count: layerCount)
    }

    public init(masks: [Matrix?]) {
        self.masks = masks
    }
}
