import Testing
@testable import DLCore

@Suite struct DatasetTests {
    @Test func toyDatasetsHaveTheAdvertisedShapesAndBalance() throws {
        var rng = RandomSource(seed: 1)
        let binary = [try Dataset.circles(count: 101, rng: &rng), try Dataset.moons(count: 100, rng: &rng),
                      try Dataset.xor(count: 400, rng: &rng), try Dataset.flower(count: 200, rng: &rng)]
        for data in binary {
            #expect(data.x.rows == 2 && data.y.rows == 1 && data.x.columns == data.count)
            let ones = data.y.sum()
            #expect(abs(ones / Double(data.count) - 0.5) < 0.1, "\(data.name)")
            #expect(data.x.isFinite)
        }
        let spirals = try Dataset.spirals(count: 300, classes: 3, rng: &rng)
        #expect(spirals.y.rows == 3 && spirals.y.rowSums().storage == [100, 100, 100])
        let blobs = try Dataset.blobs(count: 90, rng: &rng)
        #expect(blobs.y.rowSums().storage == [30, 30, 30])
        let regression = try Dataset.noisyRegression1D(count: 40, rng: &rng)
        #expect(regression.x.rows == 1 && regression.y.rows == 1 && regression.count == 40)
        let scaled = try Dataset.misScaledFeatures(count: 200, rng: &rng)
        let spread = scaled.x.rowMeans()
        #expect(abs(spread[1, 0]) > 1000 * max(abs(spread[0, 0]), 1))
    }

    @Test func circlesPutTheInnerRingAtFactor() throws {
        var rng = RandomSource(seed: 2)
        let data = try Dataset.circles(count: 200, noise: 0, factor: 0.3, rng: &rng)
        for j in 0..<data.count {
            let r = (data.x[0, j] * data.x[0, j] + data.x[1, j] * data.x[1, j]).squareRoot()
            #expect(abs(r - (data.y[0, j] == 1 ? 0.3 : 1)) < 1e-12)
        }
    }

    @Test func splitShufflesAndKeepsEveryExample() throws {
        var rng = RandomSource(seed: 3)
        let data = try Dataset.moons(count: 300, rng: &rng)
        let split = try data.split(train: 0.6, dev: 0.2, test: 0.2, rng: &rng)
        #expect(split.sizesDescription == "train 180 · dev 60 · test 60")
        let all = try split.train.appending(split.dev).appending(split.test)
        let key: (Dataset, Int) -> [Double] = { d, j in d.x.column(j) + d.y.column(j) }
        #expect(Set((0..<300).map { key(all, $0) }) == Set((0..<300).map { key(data, $0) }))
        #expect(split.train.x.column(0) != data.x.column(0) || split.train.x.column(1) != data.x.column(1))
    }

    @Test func labelNoiseFlipsExactlyTheRequestedFraction() throws {
        var rng = RandomSource(seed: 4)
        let data = try Dataset.circles(count: 200, rng: &rng)
        let noisy = try data.withLabelNoise(fraction: 0.1, rng: &rng)
        #expect(zip(data.y.storage, noisy.y.storage).filter { $0 != $1 }.count == 20)
        let spirals = try Dataset.spirals(count: 90, classes: 3, rng: &rng)
        let noisySpirals = try spirals.withLabelNoise(fraction: 0.2, rng: &rng)
        #expect(zip(spirals.classIndices, noisySpirals.classIndices).filter { $0 != $1 }.count == 18)
        #expect(noisySpirals.y.sum() == 90)
    }

    @Test func shiftMovesTheDistribution() throws {
        var rng = RandomSource(seed: 5)
        let data = try Dataset.moons(count: 100, rng: &rng)
        let moved = try data.shifted(offset: (3, -1))
        let before = data.x.rowMeans(), after = moved.x.rowMeans()
        #expect(abs(after[0, 0] - before[0, 0] - 3) < 1e-12 && abs(after[1, 0] - before[1, 0] + 1) < 1e-12)
        #expect(moved.y == data.y)
    }

    @Test func badInputThrows() throws {
        var rng = RandomSource(seed: 6)
        let data = try Dataset.moons(count: 10, rng: &rng)
        #expect(throws: DLCoreError.invalidSplitRatios(train: 0.5, dev: 0.2, test: 0.2)) {
            try data.split(train: 0.5, dev: 0.2, test: 0.2, rng: &rng)
        }
        #expect(throws: DLCoreError.self) { try data.split(train: 1.2, dev: -0.2, test: 0, rng: &rng) }
        #expect(throws: DLCoreError.self) { try Dataset.circles(count: 0, rng: &rng) }
        #expect(throws: DLCoreError.self) { try Dataset.moons(count: 10, noise: -1, rng: &rng) }
        #expect(throws: DLCoreError.self) { try Dataset(x: Matrix(rows: 2, columns: 3), y: Matrix(rows: 1, columns: 4)) }
        #expect(throws: DLCoreError.self) { try data.withLabelNoise(fraction: 1.5, rng: &rng) }
        let empty = try Dataset(x: Matrix(rows: 2, columns: 0), y: Matrix(rows: 1, columns: 0))
        #expect(throws: DLCoreError.self) { try empty.split(train: 1, dev: 0, test: 0, rng: &rng) }
    }
}
