import DLCore
import TextCharts

/// A binary classifier's decision boundary: the network's P(class 1) over a rectangle of the data's
/// plane as a heatmap (the colour flips where the prediction does), with data points on top.
///
/// The `init.*`/`debug.*`, `reg.*`/`dropout.*` and `split.*` experiments each drew this with their own
/// copy. The copies differ in grid size, value range and what fills the map when the network cannot
/// be evaluated; those stay parameters so every experiment's figure is unchanged.
enum DecisionBoundary {
    /// P(class 1) at the `columns` × `rows` points of `Matrix.grid` over the rectangle, row by row
    /// from the bottom: a sigmoid output as it is, a softmax output's class-1 row. nil when the network
    /// cannot be evaluated there.
    static func probabilities(of network: Network, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                              columns: Int, rows: Int) -> [Double]? {
        guard let grid = try? Matrix.grid(x: xRange, y: yRange, columns: columns, rows: rows),
              let output = (try? network.predict(grid))?.storage
        else { return nil }
        let cells = columns * rows
        if output.count == cells { return output }
        // A softmax over two (or more) classes: its second row is class 1.
        return output.count >= 2 * cells ? Array(output[cells..<(2 * cells)]) : nil
    }

    /// The heatmap of `network`'s P(class 1) over `xRange` × `yRange`, with `points` on top. Cells are
    /// `missing` everywhere when the network cannot be evaluated.
    static func heatmap(of network: Network, title: String, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>,
                        columns: Int = 48, rows: Int, valueRange: ClosedRange<Double>? = 0...1, missing: Double = .nan,
                        points: [PointClass]) -> Heatmap {
        let values = probabilities(of: network, xRange: xRange, yRange: yRange, columns: columns, rows: rows)
            ?? Array(repeating: missing, count: columns * rows)
        return Heatmap(title: title, values: values, gridColumns: columns, gridRows: rows, xRange: xRange, yRange: yRange,
                       xAxis: Axis("x₁"), yAxis: Axis("x₂"), valueRange: valueRange, palette: .diverging, points: points)
    }
}
