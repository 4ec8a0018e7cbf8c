/// A distribution in bins, drawn as vertical bars with eighth-block tops ("▁▂▃▄▅▆▇█") or "#" in
/// ASCII: the spread of a layer's activations, the weights after L1 vs L2.
///
/// Give raw `values` and the chart bins them to fit its width (or into `binCount` bins), or give
/// precomputed `counts` over `range`. Small multiples compare layers when they share one `range`.
public struct Histogram: Widget, Sendable, Hashable {
    public var title: String
    public var values: [Double]
    /// Precomputed bin counts over `range`; when set, `values` is ignored.
    public var counts: [Double]?
    public var binCount: Int?
    public var range: ClosedRange<Double>?
    public var xAxis: Axis
    public var color: Color

    public init(title: String = "", values: [Double], binCount: Int? = nil, range: ClosedRange<Double>? = nil,
                xAxis: Axis = Axis(), color: Color = .blue) {
        self.title = title
        self.values = values
        self.counts = nil
        self.binCount = binCount
        self.range = range
        self.xAxis = xAxis
        self.color = color
    }

    public init(title: String = "", counts: [Double], range: ClosedRange<Double>, xAxis: Axis = Axis(), color: Color = .blue) {
        self.title = title
        self.values = []
        self.counts = counts
        self.binCount = counts.count
        self.range = range
        self.xAxis = xAxis
        self.color = color
    }

    private static let eighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The counts in `bins` equal bins over `range`; values outside the range or not finite are left out.
    public static func bin(_ values: [Double], bins: Int, range: ClosedRange<Double>) -> [Double] {
        guard bins > 0 else { return [] }
        var counts = Array(repeating: 0.0, count: bins)
        let span = range.upperBound - range.lowerBound
        for value in values where value.isFinite && value >= range.lowerBound && value <= range.upperBound {
            let index = span > 0 ? Int((value - range.lowerBound) / span * Double(bins)) : bins / 2
            counts[min(max(index, 0), bins - 1)] += 1
        }
        return counts
    }

    private func valueRange() -> ClosedRange<Double>? {
        if let range, range.lowerBound.isFinite, range.upperBound.isFinite, range.upperBound >= range.lowerBound { return range }
        var low = Double.infinity, high = -Double.infinity
        for value in values where value.isFinite {
            low = min(low, value)
            high = max(high, value)
        }
        guard low <= high else { return nil }
        if low == high { return (low - 0.5)...(high + 0.5) }
        return low...high
    }

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let range = valueRange()
        let xMapping = AxisMapping(scale: .linear, range: range.map { $0.upperBound > $0.lowerBound ? $0 : ($0.lowerBound - 0.5)...($0.lowerBound + 0.5) } ?? 0...1)
        // A first layout to learn the plot width, which decides the bin count when none is given.
        let probe = CartesianFrame(area: area, title: title, legend: nil, x: xMapping, xTitle: xAxis.title,
                                   y: AxisMapping(scale: .linear, range: 0...1), yTitle: "", dotsPerCell: (1, 8), options: options)
        let bins = max(1, binCount ?? max(1, min(probe.plot.width, 40)))
        let binned = counts ?? (range.map { Histogram.bin(values, bins: bins, range: $0) } ?? [])
        let highest = binned.filter(\.isFinite).max() ?? 0
        let yMapping = AxisMapping(Axis("", range: highest > 0 ? nil : 0...1), values: [0, highest])
        let frame = CartesianFrame(area: area, title: title, legend: nil, x: xMapping, xTitle: xAxis.title,
                                   y: yMapping, yTitle: "", dotsPerCell: (1, 8), options: options)
        frame.draw(into: &buffer, options: options)
        let plot = frame.plot
        guard !plot.isEmpty else { return }
        guard !binned.isEmpty, highest > 0 else {
            let text = ChartText.fit("no data", to: plot.width, options: options)
            buffer.put(text, x: plot.x + (plot.width - DisplayWidth.of(text)) / 2, y: plot.y + (plot.height - 1) / 2, style: .dim, clip: plot)
            return
        }
        let style = options.apply(.color(color))
        let top = yMapping.range.upperBound
        for column in 0..<plot.width {
            let bin = min(binned.count - 1, column * binned.count / plot.width)
            // Leave a one-column gap between bins when each bin is several columns wide.
            let binEnd = (bin + 1) * plot.width / binned.count
            if plot.width / binned.count >= 3 && column == binEnd - 1 { continue }
            let count = binned[bin]
            guard count.isFinite, count > 0 else { continue }
            let eighths = max(1, Int((count / top * Double(plot.height * 8)).rounded()))
            let full = min(plot.height, eighths / 8)
            for row in 0..<full {
                buffer.set(options.isASCII ? "#" : "█", x: plot.x + column, y: plot.maxY - 1 - row, style: style)
            }
            if eighths % 8 > 0 && full < plot.height {
                let glyph: Character = options.isASCII ? (eighths % 8 >= 4 ? "#" : "_") : Histogram.eighths[eighths % 8 - 1]
                if options.isASCII && eighths % 8 < 4 && full > 0 { continue }
                buffer.set(glyph, x: plot.x + column, y: plot.maxY - 1 - full, style: style)
            }
        }
    }
}
