import Testing
@testable import TextCharts

@Suite struct HeatmapTests {
    /// Colour carries the regions here; see `colorsTellTheRegionsApart` for the styles.
    @Test func decisionBoundaryInHalfBlocks() {
        #expect(renderLines(ChartFixtures.boundary) == [
            "decision boundary       o inner  x outer",
            " 2┤▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀x▀▀▀▀",
            " 1┤▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀",
            "  │▀▀▀x▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀",
            " 0┤▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀o▀▀▀▀o▀▀▀▀▀▀▀▀▀▀▀▀▀",
            "  │▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀o▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀",
            "-1┤▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀x▀▀▀▀▀▀▀",
            "-2┤▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀▀",
            "  └┬────────┬────────┬────────┬────────┬",
            "   -2       -1       0        1        2",
        ])
    }

    /// Without colour the shades carry the values, so the legend says which shade is which:
    /// every shade the palette uses, lightest to darkest, and the value range they span.
    @Test func decisionBoundaryInASCII() {
        #expect(renderLines(ChartFixtures.boundary, ascii: true) == [
            "decision boundary",
            ".:-*#%@ 0..1  o inner  x outer",
            " 2+@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@x@@@@",
            "  |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@",
            "  |@@@x@@@@@@             o   @@@@@@@@@@",
            " 0+@@@@@@@@@@     o  o        @@@@@@@@@@",
            "  |@@@@@@@@@@@@@@@@     @@@@@@@@@@@@@@@@",
            "-2+@@@@@@@@@@@@@@@@@@@@@@@@@@@@@x@@@@@@@",
            "  ++--------+--------+--------+--------+",
            "   -2       -1       0        1        2",
        ])
    }

    @Test func monochromeUsesShades() {
        #expect(renderLines(ChartFixtures.boundary, color: false) == [
            "decision boundary",
            "░▓█ 0…1  o inner  x outer",
            " 2┤████████████████████████████████x████",
            "  │█████████████████████████████████████",
            "  │███x██████             o   ██████████",
            " 0┤██████████     o  o        ██████████",
            "  │████████████████     ████████████████",
            "-2┤█████████████████████████████x███████",
            "  └┬────────┬────────┬────────┬────────┬",
            "   -2       -1       0        1        2",
        ])
    }
}

@Suite struct HeatmapColorTests {
    @Test func colorsTellTheRegionsApart() {
        var buffer = ScreenBuffer(width: 40, height: 10)
        buffer.render(ChartFixtures.boundary, in: buffer.area, options: RenderOptions())
        // Top-left corner of the plot is outside the circle (0.9 → red), the centre inside (0.1 → blue).
        #expect(buffer[4, 1].symbol == "▀")
        #expect(buffer[4, 1].style.foreground == .red)
        #expect(buffer[4, 1].style.background == .red)
        #expect(buffer[20, 4].style.foreground == .blue)
        // Data points keep the region's colour behind their glyph: inner points on blue, outer on red.
        var backgrounds: [String: Set<Color>] = [:]
        for y in 0..<buffer.height {
            for x in 3..<buffer.width where ["o", "x"].contains(buffer[x, y].symbol) && y > 0 && y < 8 {
                backgrounds[buffer[x, y].symbol, default: []].insert(buffer[x, y].style.background)
            }
        }
        #expect(backgrounds == ["o": [.blue], "x": [.red]])
    }

    /// With equal units on both axes a diamond |x| + |y| = 1 is as wide in cells as it is twice tall
    /// (a cell is about twice as tall as it is wide), and the title and legend stand beside the plot.
    /// Its ASCII shades leave out "+", the glyph the diamond is drawn with.
    @Test func equalAspectDrawsADiamondSquareWithItsLegendBeside() {
        let corners: [(Double, Double)] = [(1, 0), (0, 1), (-1, 0), (0, -1)]
        let diamond: [(Double, Double)] = (0..<4).flatMap { k -> [(Double, Double)] in
            let a = corners[k], b = corners[(k + 1) % 4]
            return (0..<50).map { i in (a.0 + Double(i) / 50 * (b.0 - a.0), a.1 + Double(i) / 50 * (b.1 - a.1)) }
        }
        let chart = Heatmap(title: "cost", xRange: -1.2...1.2, yRange: -1.2...1.2, gridColumns: 8, gridRows: 8,
                            xAxis: Axis("w1"), yAxis: Axis("w2"), valueRange: 0...1, palette: .sequential,
                            points: [PointClass(name: "diamond", x: diamond.map { $0.0 }, y: diamond.map { $0.1 }, marker: "+")],
                            equalAspect: true) { x, y in x > 0.9 && y > 0.9 ? 1 : 0 }
        #expect(renderLines(chart, width: 50, height: 12, ascii: true) == [
            "w2                       cost",
            "    |        ++      @@",
            "   1+      ++++++        .:-=*#%@ 0..1",
            " 0.5+    +++    +++      + diamond",
            "    |  +++        +++",
            "   0+ ++            ++",
            "    |  +++        +++",
            "-0.5+    +++    +++",
            "  -1+      ++++++",
            "    |        ++",
            "    +---------+--------",
            "              0      w1",
        ])
    }
}
