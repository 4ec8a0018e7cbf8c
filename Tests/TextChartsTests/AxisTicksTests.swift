import Testing
@testable import TextCharts

@Suite struct AxisTicksTests {
    @Test func labelsAreExactDecimals() {
        #expect(AxisTicks.linear(0...1, maxCount: 5).map(\.label) == ["0", "0.25", "0.5", "0.75", "1"])
        #expect(AxisTicks.linear(0.1...0.7, maxCount: 4).map(\.label) == ["0.2", "0.4", "0.6"])
        #expect(AxisTicks.linear(-3e-7...3e-7, maxCount: 4).map(\.label) == ["-2e-7", "0", "2e-7"])
        #expect(AxisTicks.linear(0...412, maxCount: 6).map(\.label) == ["0", "100", "200", "300", "400"])
    }

    @Test func logTicksAreDecades() {
        #expect(AxisTicks.logarithmic(1e-12...1, maxCount: 4).map(\.label) == ["1e-12", "1e-8", "1e-4", "1"])
        #expect(AxisTicks.logarithmic(1e-12...1, maxCount: 13).map(\.label).count == 13)
        #expect(AxisTicks.logarithmic(1e-3...1, maxCount: 12).map(\.label) == ["1e-3", "0.01", "0.1", "1"])
        #expect(AxisTicks.logarithmic(0.01...1, maxCount: 12).map(\.label) == ["0.01", "0.02", "0.05", "0.1", "0.2", "0.5", "1"])
        #expect(AxisTicks.logarithmic(1e-7...1e-7, maxCount: 3).map(\.label) == ["1e-7"])
    }

    @Test func compactNumbers() {
        #expect(NumberFormat.compact(0.0000001) == "1e-7")
        #expect(NumberFormat.compact(0.2500000001) == "0.25")
        #expect(NumberFormat.compact(1.0 / 3.0) == "0.333")
        #expect(NumberFormat.compact(3.0001, significantDigits: 5) == "3.0001")
        #expect(NumberFormat.compact(2_500_000) == "2.5e6")
        #expect(NumberFormat.compact(9.9996, significantDigits: 4) == "10")
        #expect(NumberFormat.compact(.nan) == "NaN")
        #expect(NumberFormat.compact(-.infinity, ascii: true) == "-inf")
    }

    @Test func autoRangePadsToNiceValues() {
        #expect(AxisMapping(Axis(), values: [0.07, 0.69]).range == 0...0.8)
        #expect(AxisMapping(Axis(scale: .log), values: [3e-12, 0.3]).range == 1e-12...1)
        #expect(AxisMapping(Axis(scale: .log), values: [1e-5]).range == 1e-6...1e-4)
        #expect(AxisMapping(Axis(), values: []).range == 0...1)
        #expect(AxisMapping(Axis(range: 2...3), values: [0, 10]).range == 2...3)
    }
}
