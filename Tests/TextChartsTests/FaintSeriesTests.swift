import Testing
@testable import TextCharts

/// Faint series (an earlier run kept for comparison): drawn dim and under the current lines, with
/// markers of their own in ASCII and on monochrome terminals, one legend entry per earlier run, and
/// axes fixed to hold both runs.
@Suite struct FaintSeriesTests {
    static let rising = Series(name: "now", x: (0...10).map(Double.init), y: (0...10).map(Double.init))
    /// An earlier run's two lines (both named after the run, as `RunComparison` names them).
    static let earlier = [
        Series(name: "before", x: (0...10).map(Double.init), y: (0...10).map { 20 - Double($0) }, color: .blue,
               marker: ChartPalette.faintMarker(0), faint: true),
        Series(name: "before", x: (0...10).map(Double.init), y: (0...10).map { _ in 15 }, color: .red,
               marker: ChartPalette.faintMarker(0), faint: true),
    ]
    static let chart = LineChart(title: "cost", series: [rising], xAxis: Axis("step"), yAxis: Axis())

    @Test func asciiDrawsTheEarlierRunWithItsOwnMarkerUnderTheCurrentOne() {
        let lines = renderLines(Self.chart.comparing(with: Self.earlier, showEarlier: true), ascii: true)
        #expect(lines == [
            "cost                     * now  . before",
            "20+......",
            "  |      ..........",
            "15+.....................................",
            "10+                               ******",
            "  |                    ***********",
            " 5+      **************",
            " 0+******",
            "  ++--------+--------+--------+---------",
            "   0       2.5       5       7.5    step",
        ])
    }

    @Test func monochromeBrailleMarksTheEarlierRunAndDimsIt() {
        var buffer = ScreenBuffer(width: 40, height: 10)
        buffer.render(Self.chart.comparing(with: Self.earlier, showEarlier: true), in: buffer.area,
                      options: RenderOptions(charset: .unicode, color: false))
        // The plot's rows (the tick labels below have dots of their own: 2.5).
        let cells = (1..<8).flatMap { y in (0..<40).map { buffer[$0, y] } }
        let faintMarks = cells.filter { $0.symbol == "." }
        #expect(faintMarks.count >= 4 && faintMarks.allSatisfy(\.style.dim))
        let braille = cells.filter { $0.symbol.unicodeScalars.first.map { (0x2800...0x28FF).contains($0.value) } ?? false }
        #expect(braille.contains { $0.style.dim } && braille.contains { !$0.style.dim })
        // The current run's markers are never dim.
        #expect(cells.filter { $0.symbol == "*" }.allSatisfy { !$0.style.dim })
    }

    @Test func colourKeepsEachLinesColourAndDimsTheEarlierOnes() {
        var buffer = ScreenBuffer(width: 40, height: 10)
        buffer.render(Self.chart.comparing(with: Self.earlier, showEarlier: true), in: buffer.area, options: RenderOptions())
        let cells = (0..<10).flatMap { y in (0..<40).map { buffer[$0, y] } }
        #expect(cells.contains { $0.style.dim && $0.style.foreground == .red })
        #expect(cells.contains { $0.style.dim && $0.style.foreground == .blue })
        #expect(cells.contains { !$0.style.dim && $0.style.foreground == .blue })
    }

    @Test func oneLegendEntryPerEarlierRun() {
        let lines = renderLines(Self.chart.comparing(with: Self.earlier, showEarlier: true))
        #expect(lines.contains { $0.contains("* now  . before") })
        #expect(lines.joined().components(separatedBy: "before").count == 2)
    }

    /// The axes hold both runs whether the earlier one is shown or not, and while the current run
    /// has only its first points.
    @Test func axesStayFixedWhileComparing() {
        let shown = Self.chart.comparing(with: Self.earlier, showEarlier: true)
        let hidden = Self.chart.comparing(with: Self.earlier, showEarlier: false)
        #expect(hidden.series == [Self.rising])
        let range = shown.yAxis.range
        #expect(range == hidden.yAxis.range && range.map { $0.contains(0) && $0.contains(20) } == true)
        var early = Self.chart
        early.series[0] = Series(name: "now", x: [0, 1, 2], y: [0, 1, 2])
        let partial = early.comparing(with: Self.earlier, showEarlier: true)
        #expect(partial.yAxis.range == range && partial.xAxis.range == shown.xAxis.range)
        // The y tick labels are the same with the earlier run hidden: the current line does not move.
        let yLabels = { (lines: [String]) in lines.map { String($0.prefix(3)) } }
        #expect(yLabels(renderLines(shown)) == yLabels(renderLines(hidden)))
        #expect(!renderLines(hidden, ascii: true).dropLast().joined().contains("."))
    }

    /// An axis the chart fixes itself keeps its range.
    @Test func aFixedAxisKeepsItsRange() {
        var chart = Self.chart
        chart.yAxis.range = 0...12
        #expect(chart.comparing(with: Self.earlier, showEarlier: true).yAxis.range == 0...12)
    }
}
