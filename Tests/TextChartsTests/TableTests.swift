import Testing
@testable import TextCharts

@Suite struct TableTests {
    @Test func columnsAlignByDisplayWidth() {
        #expect(renderLines(ChartFixtures.segments, height: 5) == [
            "segment  difference  verdict",
            "────────────────────────────",
            "W1             2e-9  ok",
            "W2            0.333  bug",
            "梯度           1e-3  检查",
        ])
    }

    @Test func asciiTable() {
        #expect(renderLines(ChartFixtures.segments, height: 5, ascii: true) == [
            "segment  difference  verdict",
            "----------------------------",
            "W1             2e-9  ok",
            "W2            0.333  bug",
            "????           1e-3  ????",
        ])
    }
}
