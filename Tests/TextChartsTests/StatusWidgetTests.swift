import Testing
@testable import TextCharts

@Suite struct StatusWidgetTests {
    @Test func sparklineShowsTheTrendAndDivergence() {
        let line = Sparkline(values: [5, 4, 3, 2.5, 2, 1.8, 1.7, .nan])
        #expect(renderLines(line, height: 1) == ["█▆▄▃▂▁▁!"])
        #expect(renderLines(line, height: 1, ascii: true) == ["^~-.___!"])
    }

    @Test func sparklineKeepsTheMostRecentValues() {
        #expect(renderLines(Sparkline(values: [1, 2, 3, 4, 5, 6]), width: 3, height: 1) == ["▁▅█"])
    }

    @Test func progressBar() {
        let bar = ProgressBar(fraction: 0.58, label: "sweep")
        #expect(renderLines(bar, height: 1) == ["sweep ████████████████▊············  58%"])
        #expect(renderLines(bar, height: 1, ascii: true) == ["sweep [###############            ]  58%"])
    }
}
