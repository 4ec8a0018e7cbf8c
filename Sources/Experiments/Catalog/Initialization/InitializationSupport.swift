import DLCore
import Foundation
import TextCharts

/// Small pieces the `init.*` experiments share: the decision-boundary heatmap and statistics of a
/// set of values.
enum InitializationSupport {
    /// The network's P(class 1) over a square around the data, with the data points on top.
    static func boundary(of network: Network, data: Dataset, title: String,
                         range: ClosedRange<Double> = -1.5...1.5) -> Heatmap {
        boundary(of: network, data: data, title: title, xRange: range, yRange: range)
    }

    static func boundary(of network: Network, data: Dataset, title: String,
                         xRange: ClosedRange<Double>, yRange: ClosedRange<Double>) -> Heatmap {
        let columns = 48, rows = 24
        let probabilities: [Double]
        if let grid = try? Matrix.grid(x: xRange, y: yRange, columns: columns, rows: rows),
           let output = try? network.predict(grid) {
            probabilities = output.storage
        } else {
            probabilities = [Double](repeating: .nan, count: columns * rows)
        }
        return Heatmap(title: title, values: probabilities, gridColumns: columns, gridRows: rows,
                       xRange: xRange, yRange: yRange, xAxis: Axis("x₁"), yAxis: Axis("x₂"),
                       valueRange: 0...1, palette: .diverging, points: classPoints(data))
    }

    /// The examples of a binary data set as two point classes (label 0 and label 1).
    static func classPoints(_ data: Dataset) -> [PointClass] {
        var zeroX: [Double] = [], zeroY: [Double] = [], oneX: [Double] = [], oneY: [Double] = []
        for j in 0..<data.count {
            if data.y[0, j] >= 0.5 {
                oneX.append(data.x[0, j]); oneY.append(data.x[1, j])
            } else {
                zeroX.append(data.x[0, j]); zeroY.append(data.x[1, j])
            }
        }
        return [PointClass(name: "y=0", x: zeroX, y: zeroY, color: .blue, marker: "o"),
                PointClass(name: "y=1", x: oneX, y: oneY, color: .red, marker: "x")]
    }

    /// Mean and (population) standard deviation.
    static func meanAndStandardDeviation(_ values: [Double]) -> (mean: Double, std: Double) {
        guard !values.isEmpty else { return (.nan, .nan) }
        let mean = values.reduce(0, +) / Double(values.count)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
        return (mean, variance.squareRoot())
    }

    /// The value below which `fraction` of `sorted` lies (nearest rank); `sorted` must be ascending.
    static func quantile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let index = Int((fraction * Double(sorted.count - 1)).rounded())
        return sorted[min(max(index, 0), sorted.count - 1)]
    }
}

/// The activations the `init.activations` and `init.gradients` experiments offer.
enum InitializationActivation: String, CaseIterable {
    case tanh, relu

    var activation: Activation { self == .tanh ? .tanh : .relu }

    /// Stuck where learning stops: a saturated tanh, or a ReLU at exactly 0.
    func isStuck(_ value: Double) -> Bool {
        switch self {
        case .tanh: abs(value) > 0.99
        case .relu: value == 0
        }
    }
}

/// The weight scales the `init.activations` and `init.gradients` experiments offer.
enum InitializationScheme: String, CaseIterable {
    case small, unit, xavier, he

    var initializer: Initializer {
        switch self {
        case .small: .normal(standardDeviation: 0.01)
        case .unit: .normal(standardDeviation: 1)
        case .xavier: .xavierNormal
        case .he: .he
        }
    }

    var label: String {
        switch self {
        case .small: "N(0, 0.01²)"
        case .unit: "N(0, 1)"
        case .xavier: "Xavier"
        case .he: "He"
        }
    }
}
