import Testing
@testable import TextCharts

/// What every chart must do at every size: stay inside its rectangle, and write only ASCII in ASCII mode.
@Suite struct ChartPropertyTests {
    static let sizes = [(0, 0), (1, 1), (2, 5), (7, 2), (12, 4), (16, 6), (30, 8), (40, 10), (57, 13), (120, 40)]
    static let optionSets = [RenderOptions(), RenderOptions(charset: .ascii), RenderOptions(color: false),
                             RenderOptions(charset: .ascii, color: false)]

    @Test(arguments: ChartFixtures.allFigures)
    func nothingIsDrawnOutsideTheRectangle(figure: Figure) {
        for (width, height) in Self.sizes {
            for options in Self.optionSets {
                var buffer = ScreenBuffer(width: width + 6, height: height + 4)
                buffer.fill(buffer.area, with: "~")
                let area = Rect(x: 3, y: 2, width: width, height: height)
                buffer.fill(area, with: " ")
                figure.render(in: area, buffer: &buffer, options: options)
                for y in 0..<buffer.height {
                    for x in 0..<buffer.width where !area.contains(x: x, y: y) {
                        #expect(buffer[x, y].symbol == "~", "\(figure.title) \(width)×\(height) wrote at (\(x),\(y))")
                    }
                }
            }
        }
    }

    @Test(arguments: ChartFixtures.allFigures)
    func asciiModeWritesOnlyASCII(figure: Figure) {
        for (width, height) in Self.sizes {
            for color in [true, false] {
                var buffer = ScreenBuffer(width: width, height: height)
                buffer.render(figure, in: buffer.area, options: RenderOptions(charset: .ascii, color: color))
                for line in buffer.lines() {
                    #expect(line.utf8.allSatisfy { $0 < 0x80 }, "\(figure.title) \(width)×\(height): \(line)")
                }
            }
        }
    }

    @Test func statusWidgetsStayInsideAndASCII() {
        let widgets: [any Widget] = [ChartFixtures.segments, Sparkline(values: [1, .nan, 3]), ProgressBar(fraction: 0.5, label: "λ sweep")]
        for widget in widgets {
            for (width, height) in Self.sizes {
                var buffer = ScreenBuffer(width: width + 2, height: height + 2)
                buffer.fill(buffer.area, with: "~")
                let area = Rect(x: 1, y: 1, width: width, height: height)
                buffer.fill(area, with: " ")
                widget.render(in: area, buffer: &buffer, options: RenderOptions(charset: .ascii))
                for y in 0..<buffer.height {
                    for x in 0..<buffer.width where !area.contains(x: x, y: y) {
                        #expect(buffer[x, y].symbol == "~")
                    }
                }
                #expect(buffer.lines().allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
            }
        }
    }

    /// Non-finite and huge values neither crash a chart nor blank it: the finite part is still
    /// drawn, and what cannot be drawn is said (a diverged series, a bar that is not a number).
    @Test func extremeValuesDoNotCrash() {
        func check(_ lines: [String], _ what: String, ascii: Bool = false, says words: [String] = []) {
            let text = lines.joined(separator: "\n")
            #expect(lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count >= 3, "\(what) draws nothing:\n\(text)")
            for word in words { #expect(text.contains(word), "\(what) does not say '\(word)':\n\(text)") }
            if ascii { #expect(text.unicodeScalars.allSatisfy { $0.isASCII }, "\(what):\n\(text)") }
        }
        let wild = Series(name: "wild", x: [0, 1, 2, 3, 4, .nan, 6], y: [1e300, -1e300, .infinity, 0, -.infinity, 5, .nan])
        for scale in [AxisScale.linear, .log] {
            let chart = LineChart(series: [wild], yAxis: Axis(scale: scale))
            check(renderLines(chart), "\(scale) line chart", says: ["diverged"])
            check(renderLines(chart, ascii: true), "\(scale) line chart in ASCII", ascii: true, says: ["diverged"])
            let fixed = LineChart(series: [wild], xAxis: Axis(range: 1...2), yAxis: Axis(scale: scale, range: 1e-3...1e-2))
            check(renderLines(fixed), "\(scale) line chart with fixed ranges")
        }
        check(renderLines(BarChart(bars: [Bar("a", .nan), Bar("b", -1), Bar("c", .infinity)], scale: .log)), "log bar chart",
              says: ["a│", "NaN", "∞"])
        check(renderLines(Heatmap(values: [.nan, .infinity, 1, 2], gridColumns: 2, gridRows: 2, xRange: 0...0, yRange: 1...1)), "heatmap")
    }
}
