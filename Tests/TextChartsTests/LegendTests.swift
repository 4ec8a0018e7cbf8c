import Testing
@testable import TextCharts

/// A legend too long for its row shortens its longest labels and keeps every series' entry.
@Suite struct LegendTests {
    static let legend = Legend([
        LegendEntry(symbol: "*", label: "training size 50", color: .blue),
        LegendEntry(symbol: "o", label: "training size 200", color: .yellow),
        LegendEntry(symbol: "+", label: "training size 800", color: .magenta),
        LegendEntry(symbol: "x", label: "noise", color: .cyan),
    ])

    @Test func everySeriesKeepsItsEntryWhenTheRowIsNarrow() {
        let row = renderLines(Self.legend, width: 50, height: 1)[0]
        #expect(row == "* training s…  o training …  + training …  x noise", "\(row)")
        #expect(DisplayWidth.of(row) <= 50)
    }

    @Test func aWideRowShowsEveryLabelWhole() {
        #expect(renderLines(Self.legend, width: 80, height: 1)[0]
            == "* training size 50  o training size 200  + training size 800  x noise")
    }

    @Test func sharesGoToTheLongLabels() {
        #expect(Legend.labelWidths([3, 20, 20], room: 23) == [3, 10, 10])
        #expect(Legend.labelWidths([3, 4], room: 10) == nil, "all fit")
        #expect(Legend.labelWidths([30, 30, 30], room: 5) == nil, "under two columns each")
    }
}
