@testable import TextCharts

/// The charts the literal-screen tests draw, shared so each test reads as "this chart looks like this".
enum ChartFixtures {
    static let finiteDifference = LineChart(
        title: "finite-difference error", series: finiteDifferenceSeries(),
        xAxis: Axis("ε", scale: .log), yAxis: Axis("error", scale: .log))

    /// A run that diverges at epoch 22, with the early-stopping point marked.
    static var diverging: LineChart {
        var train = Series(name: "train")
        var dev = Series(name: "dev")
        for epoch in 0..<30 {
            let e = Double(epoch)
            train.append(x: e, y: epoch > 21 ? .nan : 0.7 / (1 + e / 5) + (epoch > 15 ? (e - 15) * 0.05 : 0))
            dev.append(x: e, y: 0.75 / (1 + e / 8) + 0.1)
        }
        return LineChart(title: "learning rate 3.0", series: [train, dev], xAxis: Axis("epoch"), yAxis: Axis("cost"),
                         verticalLines: [ReferenceLine(12, label: "early stop")])
    }

    static let thresholds = LineChart(
        title: "relative difference",
        series: [Series(name: "diff", x: [0, 1, 2, 3, 4, 5, 6], y: [1e-9, 2e-8, 3e-7, 5e-6, 2e-4, 1e-2, 0.3])],
        xAxis: Axis("step"), yAxis: Axis("", scale: .log),
        horizontalLines: [ReferenceLine(1e-7, label: "1e-7 ok", color: .green), ReferenceLine(1e-5, label: "1e-5", color: .yellow),
                          ReferenceLine(1e-3, label: "1e-3 bug", color: .red)])

    static let onePoint = LineChart(title: "one point", series: [Series(name: "a", x: [3], y: [0.5])])
    static let constant = LineChart(title: "constant", series: [Series(name: "a", x: [0, 1, 2, 3], y: [0.693, 0.693, 0.693, 0.693])])
    static let empty = LineChart(title: "empty", series: [])
    static let chinese = LineChart(title: "损失曲线", series: [Series(name: "训练", x: [0, 1, 2, 3], y: [3, 2, 1.5, 1.2])],
                                   xAxis: Axis("迭代次数"), yAxis: Axis("损失"))

    static let gradientBars = BarChart(title: "gradient check per component", groups: [
        BarGroup("W1", bars: [Bar("[0,0]", 2e-9), Bar("[0,1]", 3.1e-9)]),
        BarGroup("b1", bars: [Bar("[0]", 0.6)]),
        BarGroup("W2", bars: [Bar("[0,0]", 0.333), Bar("[0,1]", 4e-6)]),
        BarGroup("b2", bars: [Bar("[0]", 1.2e-10)]),
    ], scale: .log, bands: ThresholdBand.gradientCheck)

    static let boundary = Heatmap(
        title: "decision boundary", xRange: -2...2, yRange: -2...2, gridColumns: 40, gridRows: 40,
        points: [PointClass(name: "inner", x: [0, 0.5, -0.3], y: [0, 0.2, -0.6]),
                 PointClass(name: "outer", x: [1.5, -1.6, 1.2], y: [1.5, 0.3, -1.4])]
    ) { x, y in (x * x + y * y).squareRoot() > 1 ? 0.9 : 0.1 }

    static let activationValues: [Double] = (0..<400).map { i in
        let t = Double(i) / 400
        return (t - 0.5) * (t - 0.5) * 8 * (i % 2 == 0 ? 1 : -1)
    }

    static let activations = Histogram(title: "layer 3 activations", values: activationValues, xAxis: Axis("a"))

    static let layers = SmallMultiples(title: "activations", panels: [
        .histogram(Histogram(title: "layer 1", values: activationValues, range: -2...2)),
        .histogram(Histogram(title: "layer 2", values: activationValues.map { $0 / 4 }, range: -2...2)),
    ])

    static let beforeNormalization = ScatterPlot(
        title: "before normalization",
        classes: [PointClass(name: "y=0", x: [1, 2, 3, 4, 5], y: [10, 30, 20, 50, 40]),
                  PointClass(name: "y=1", x: [6, 7, 8], y: [90, 70, 80])],
        xAxis: Axis("x1"), yAxis: Axis("x2"))

    static let segments = Table(
        columns: [TableColumn("segment"), TableColumn("difference", alignment: .right), TableColumn("verdict")],
        rows: [["W1", "2e-9", "ok"], ["W2", "0.333", "bug"], ["梯度", "1e-3", "检查"]])

    /// Every figure kind, for the properties every chart must have.
    static var allFigures: [Figure] {
        [.line(finiteDifference), .line(diverging), .line(thresholds), .line(onePoint), .line(constant), .line(empty),
         .line(chinese), .bar(gradientBars), .bar(BarChart(bars: [])), .heatmap(boundary), .histogram(activations),
         .histogram(Histogram(values: [])), .scatter(beforeNormalization), .scatter(ScatterPlot(classes: [])), .smallMultiples(layers)]
    }
}
