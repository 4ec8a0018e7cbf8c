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
}
