extension LineChart {
    /// This chart with `earlier` series (an earlier run's lines, already marked faint) drawn under
    /// its own when `showEarlier`, and both axes fixed to the range that holds the series of both.
    ///
    /// The axes are fixed whether or not the earlier lines are shown, so neither the new run filling
    /// in nor hiding the earlier run moves the current lines: a comparison is read at one scale.
    /// An axis the chart already fixes keeps its range.
    public func comparing(with earlier: [Series], showEarlier: Bool) -> LineChart {
        var chart = self
        let all = series + earlier
        chart.xAxis.range = AxisMapping(xAxis, values: Self.placeable(all, values: \.x, where: \.y, scale: yAxis.scale)
            + verticalLines.map(\.value)).range
        chart.yAxis.range = AxisMapping(yAxis, values: Self.placeable(all, values: \.y, where: \.x, scale: xAxis.scale)
            + horizontalLines.map(\.value)).range
        if showEarlier { chart.series += earlier }
        return chart
    }

    /// The `values` of every point whose other coordinate can be placed on its axis.
    private static func placeable(_ series: [Series], values: KeyPath<Series, [Double]>, where other: KeyPath<Series, [Double]>,
                                  scale: AxisScale) -> [Double] {
        series.flatMap { line in
            zip(line[keyPath: values], line[keyPath: other]).compactMap { AxisMapping.isPlaceable($0.1, on: scale) ? $0.0 : nil }
        }
    }
}
