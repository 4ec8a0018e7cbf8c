import Testing
@testable import TextCharts

@Suite struct HistogramTests {
    @Test func activationsInBlocks() {
        #expect(renderLines(ChartFixtures.activations) == [
            "layer 3 activations",
            "80┤",
            "60┤                  ▇▇",
            "  │                  ██",
            "40┤                  ██",
            "  │                 ▂██▁",
            "20┤               ▂▅████▃▂",
            " 0┤▄▄▄▄▆▄▄▆▆▆▆▇▇▇██████████▇▇▆▆▆▆▆▄▄▆▄▄▄",
            "  └─────────┬────────┬────────┬─────────",
            "            -1       0        1        a",
        ])
    }

    @Test func activationsInASCII() {
        #expect(renderLines(ChartFixtures.activations, ascii: true) == [
            "layer 3 activations",
            "80+",
            "60+                  ##",
            "  |                  ##",
            "40+                  ##",
            "  |                  ##",
            "20+                #####",
            " 0+#####################################",
            "  +---------+--------+--------+---------",
            "            -1       0        1        a",
        ])
    }

    @Test func noValuesSaysNoData() {
        #expect(renderLines(Histogram(title: "layer 9", values: []), height: 6) == [
            "layer 9",
            "  1┤",
            "0.5┤              no data",
            "  0┤",
            "   └┬────────┬────────┬───────┬────────┬",
            "    0       0.25     0.5     0.75      1",
        ])
    }

    /// Two layers sharing one range: the second's spread is visibly narrower.
    @Test func smallMultiplesSideBySide() {
        #expect(renderLines(ChartFixtures.layers, width: 60, height: 10) == [
            "activations",
            "layer 1                       layer 2",
            "75┤             ▇             150┤",
            "  │             █                │            ▃▄",
            "50┤             █             100┤            ██",
            "  │            ▂█▂             50┤            ██",
            "25┤          ▂▄███▄▂             │          ▄▇██▇▄",
            " 0┤▅▅▅▆▆▆▆▇▇██████████▇▆▆▆▅▅▅   0┤         ▃██████▂",
            "  └┬────────────┬───────────┬    └┬────────────┬───────────┬",
            "   -2           0           2     -2           0           2",
        ])
    }

    @Test func smallMultiplesInASCII() {
        #expect(renderLines(ChartFixtures.layers, width: 60, height: 10, ascii: true) == [
            "activations",
            "layer 1                       layer 2",
            "75+             #             150+",
            "  |             #                |             #",
            "50+             #             100+            ##",
            "  |             #              50+            ##",
            "25+           #####              |          ######",
            " 0+##########################   0+         _######_",
            "  ++------------+-----------+    ++------------+-----------+",
            "   -2           0           2     -2           0           2",
        ])
    }
}
