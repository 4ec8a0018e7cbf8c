import Testing
@testable import TextCharts

@Suite struct BarChartTests {
    /// Per-component differences on a log scale, grouped by parameter, coloured by band, band edges as rules.
    @Test func gradientCheckBarsInUnicode() {
        #expect(renderLines(ChartFixtures.gradientBars) == [
            "gradient check per component",
            "W1 [0,0]│██▋   ┊       ┊         2e-9 ok",
            "   [0,1]│███   ┊       ┊       3.1e-9 ok",
            "b1 [0]  │███████████████████▌    0.6 bug",
            "W2 [0,0]│███████████████████    0.33 bug",
            "   [0,1]│█████████▎    ┊      4e-6 check",
            "b2 [0]  │▏     ┊       ┊      1.2e-10 ok",
            "        └────┬───────┬──────┬",
            "            1e-8    1e-4    1",
            "",
        ])
    }

    @Test func gradientCheckBarsInASCII() {
        #expect(renderLines(ChartFixtures.gradientBars, ascii: true) == [
            "gradient check per component",
            "W1 [0,0]|===   :       :         2e-9 ok",
            "   [0,1]|===   :       :       3.1e-9 ok",
            "b1 [0]  |@@@@@@@@@@@@@@@@@@@@    0.6 bug",
            "W2 [0,0]|@@@@@@@@@@@@@@@@@@@    0.33 bug",
            "   [0,1]|#########     :      4e-6 check",
            "b2 [0]  |=     :       :      1.2e-10 ok",
            "        +----+-------+------+",
            "            1e-8    1e-4    1",
            "",
        ])
    }

    @Test func monochromeBarsDifferByFillGlyph() {
        #expect(renderLines(ChartFixtures.gradientBars, color: false) == [
            "gradient check per component",
            "W1 [0,0]│▒▒▒   ┊       ┊         2e-9 ok",
            "   [0,1]│▒▒▒   ┊       ┊       3.1e-9 ok",
            "b1 [0]  │████████████████████    0.6 bug",
            "W2 [0,0]│███████████████████    0.33 bug",
            "   [0,1]│▓▓▓▓▓▓▓▓▓     ┊      4e-6 check",
            "b2 [0]  │▒     ┊       ┊      1.2e-10 ok",
            "        └────┬───────┬──────┬",
            "            1e-8    1e-4    1",
            "",
        ])
    }

    @Test func noBarsSaysNoData() {
        #expect(renderLines(BarChart(title: "per segment", bars: []), height: 5) == [
            "per segment",
            "",
            "                no data",
            "",
            "",
        ])
    }
}
