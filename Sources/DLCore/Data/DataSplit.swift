/// A data set shuffled and cut into train, dev (validation) and test parts.
public struct DataSplit: Sendable, Hashable {
    public var train: Dataset
    public var dev: Dataset
    public var test: Dataset

    public init(train: Dataset, dev: Dataset, test: Dataset) {
        self.train = train
        self.dev = dev
        self.test = test
    }

    /// The sizes as a student sees them, e.g. "train 180 · dev 60 · test 60".
    public var sizesDescription: String { "train \(train.count) · dev \(dev.count) · test \(test.count)" }
}

extension Dataset {
    /// Shuffles the examples and splits them by ratio. The ratios must be non-negative and sum to 1
    /// (within 1e-9). Train and dev sizes are rounded; test takes the rest, so no example is lost.
    public func split(train: Double, dev: Double, test: Double, rng: inout RandomSource) throws -> DataSplit {
        try requireNonEmpty()
        let ratios = [train, dev, test]
        guard ratios.allSatisfy({ $0.isFinite && $0 >= 0 }), abs(train + dev + test - 1) <= 1e-9 else {
            throw DLCoreError.invalidSplitRatios(train: train, dev: dev, test: test)
        }
        let order = rng.permutation(count)
        let trainCount = Int((train * Double(count)).rounded())
        let devCount = min(Int((dev * Double(count)).rounded()), count - trainCount)
        let trainIndices = Array(order[0..<trainCount])
        let devIndices = Array(order[trainCount..<(trainCount + devCount)])
        let testIndices = Array(order[(trainCount + devCount)...])
        var parts = [subset(trainIndices), subset(devIndices), subset(testIndices)]
        for (k, suffix) in ["train", "dev", "test"].enumerated() { parts[k].name = "\(name) \(suffix)" }
        return DataSplit(train: parts[0], dev: parts[1], test: parts[2])
    }
}
