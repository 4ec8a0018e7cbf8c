import Testing
@testable import TextCharts

@Suite struct ScatterPlotTests {
    @Test func classesInBraille() {
        #expect(renderLines(ChartFixtures.beforeNormalization) == [
            "before normalization        o y=0  x y=1",
            "x2",
            "100┤                          ⢠⡄",
            "   │                               ⣀   ⠶",
            "   │                               ⠉",
            " 50┤                  ⠛   ⣤",
            "   │         ⠛   ⢠⡄",
            "  0┤    ⠰⠆",
            "   └┬────────┬────────┬───────┬─────────",
            "    0        2        4       6       x1",
        ])
    }

    @Test func classesByMarkerInASCII() {
        #expect(renderLines(ChartFixtures.beforeNormalization, ascii: true) == [
            "before normalization        o y=0  x y=1",
            "x2",
            "100+                          x",
            "   |                                   x",
            "   |                               x",
            " 50+                  o   o",
            "   |         o   o",
            "  0+    o",
            "   ++--------+--------+-------+---------",
            "    0        2        4       6       x1",
        ])
    }
}
