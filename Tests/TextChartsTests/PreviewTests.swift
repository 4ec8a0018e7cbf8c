import Testing
@testable import TextCharts

@Suite struct PreviewTests {
    @Test func preview() {
        let chart = LineChart(title: "finite-difference error", series: finiteDifferenceSeries(),
                              xAxis: Axis("ε", scale: .log), yAxis: Axis("error", scale: .log))
        print(finiteDifferenceSeries().map { $0.y })
        show(renderLines(chart))
        show(renderLines(chart, ascii: true))
        show(renderLines(chart, color: false))
        show(renderLines(chart, width: 80, height: 24))
    }
}
