import DLCore
import Foundation
import TextCharts
import Testing
@testable import Experiments

/// The helpers in `Catalog/Shared` format and draw exactly as the per-group copies they replaced.
@Suite struct SharedHelpersTests {
    @Test func numberTextFormats() {
        #expect(NumberText.percent(0.1234) == "12.3%")
        #expect(NumberText.percent(1) == "100.0%")
        #expect(NumberText.fixed(3.14159) == "3.1")
        #expect(NumberText.fixed(3.14159, 4) == "3.1416")
        #expect(NumberText.scientific(0.000123) == "1.2e-04")
        #expect(NumberText.scientific(0.000123, 3) == "1.230e-04")
        #expect(NumberText.short(0.693147) == "0.693")
        #expect(NumberText.short(12.44) == "12.4")
        #expect(NumberText.short(3.2e-7) == "3.20e-07")
        #expect(NumberText.short(123_456) == "1.23e+05")
        #expect(NumberText.short(0) == "0")
        #expect(NumberText.short(.nan) == "NaN")
        #expect(NumberText.short(.infinity) == "∞")
        #expect(NumberText.short(-.infinity) == "−∞")
    }

    /// Two points of each label, interleaved: label 0 at x₁ < 0, label 1 at x₁ > 0.
    static func fourPoints() throws -> Dataset {
        try Dataset(x: Matrix(rows: 2, columns: 4, values: [-1, 1, -2, 2, 0.1, 0.2, 0.3, 0.4]),
                    y: Matrix(rows: 1, columns: 4, values: [0, 1, 0, 1]))
    }

    @Test func classPointsSplitByLabelInOrderWithTheirStyle() throws {
        let data = try Self.fourPoints()
        let plain = ClassPoints.plain(EnglishStrings()).classes(of: data)
        #expect(plain.map(\.name) == ["class 0", "class 1"])
        #expect(ClassPoints.plain(ChineseStrings()).classes(of: data).map(\.name) == ["类别 0", "类别 1"])
        #expect(plain[0].x == [-1, -2] && plain[0].y == [0.1, 0.3])
        #expect(plain[1].x == [1, 2] && plain[1].y == [0.2, 0.4])
        #expect(plain.allSatisfy { $0.color == nil && $0.marker == nil })
        let labelled = ClassPoints.labelled.classes(of: data)
        #expect(labelled.map(\.name) == ["y=0", "y=1"])
        #expect(labelled.map(\.color) == [.blue, .red] && labelled.map(\.marker) == ["o", "x"])
    }

    @Test func decisionBoundaryMapsTheNetworksProbabilities() throws {
        var rng = RandomSource(seed: 1)
        let network = try Network(layerSizes: [2, 3, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy, rng: &rng)
        let heatmap = DecisionBoundary.heatmap(of: network, title: "t", xRange: -1...1, yRange: -2...2, rows: 5,
                                               points: ClassPoints.plain(EnglishStrings()).classes(of: try Self.fourPoints()))
        let grid = try Matrix.grid(x: -1...1, y: -2...2, columns: 48, rows: 5)
        #expect(heatmap.gridColumns == 48 && heatmap.gridRows == 5)
        #expect(heatmap.values == (try network.predict(grid)).storage)
        #expect(heatmap.valueRange == 0...1 && heatmap.points.count == 2)

        // A network that cannot be evaluated on two features fills the map with `missing`.
        let wrong = try Network(layerSizes: [3, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy, rng: &rng)
        #expect(DecisionBoundary.probabilities(of: wrong, xRange: -1...1, yRange: -1...1, columns: 4, rows: 3) == nil)
        let filled = DecisionBoundary.heatmap(of: wrong, title: "", xRange: -1...1, yRange: -1...1, columns: 4, rows: 3,
                                              valueRange: nil, missing: 0.5, points: [])
        #expect(filled.values == Array(repeating: 0.5, count: 12) && filled.valueRange == nil)
    }

    @Test func costCurveTrainingRecordsEveryIterationUntilTheEnd() throws {
        var rng = RandomSource(seed: 1)
        let data = try Dataset.moons(count: 40, noise: 0.2, rng: &rng)
        let network = try Network(layerSizes: [2, 4, 1], hidden: .tanh, output: .sigmoid, loss: .binaryCrossEntropy, rng: &rng)
        let trainer = try Trainer(network: network, train: data,
                                  configuration: TrainingConfiguration(optimizer: .adam(learningRate: 0.01), seed: 1))
        var training = CostCurveTraining(trainer: trainer, iterations: 30, iterationsPerSlice: 10, strings: EnglishStrings())
        #expect(!training.isFinished && training.progress == 0 && training.cost.x.isEmpty)
        training.advance()
        #expect(training.cost.x == (1...10).map(Double.init) || training.cost.x == (0..<10).map(Double.init))
        #expect(training.progress == 1.0 / 3 && !training.isFinished)
        training.advance()
        training.advance()
        #expect(training.isFinished && training.cost.y.count == 30)
        #expect(training.cost.y == training.trainer.costHistory)
        #expect(training.cost.name == "training cost" && training.cost.color == .blue)
    }

    @Test func sampleStatistics() {
        #expect(SampleStatistics.mean([1, 2, 3, 6]) == 3)
        #expect(SampleStatistics.mean([]).isNaN)
        let (mean, std) = SampleStatistics.meanAndStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(mean == 5 && std == 2)
        #expect(SampleStatistics.meanAndStandardDeviation([]).std.isNaN)
    }
}
