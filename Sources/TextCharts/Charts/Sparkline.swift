/// A one-row trend for a status line: the most recent values that fit, as "▁▂▃▅▇" (or "_.-~^" in
/// ASCII); NaN and ∞ show as "!" so a diverging run is visible even here.
public struct Sparkline: Widget, Sendable, Hashable {
    public var values: [Double]
    /// Fixed range; nil uses the range of the values shown.
    public var range: ClosedRange<Double>?
    public var color: Color

    public init(values: [Double], range: ClosedRange<Double>? = nil, color: Color = .default) {
        self.values = values
        self.range = range
        self.color = color
    }

    private static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    private static let asciiLevels: [Character] = ["_", ".", "-", "~", "^"]

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width)
        var low = range?.lowerBound ?? .infinity, high = range?.upperBound ?? -.infinity
        if range == nil {
            for value in shown where value.isFinite {
                low = min(low, value)
                high = max(high, value)
            }
        }
        let levels = options.isASCII ? Sparkline.asciiLevels : Sparkline.levels
        let style = options.apply(.color(color))
        for (offset, value) in shown.enumerated() {
            let glyph: Character
            if !value.isFinite {
                glyph = "!"
            } else if high > low {
                let fraction = min(max((value - low) / (high - low), 0), 1)
                glyph = levels[min(levels.count - 1, Int(fraction * Double(levels.count - 1) + 0.5))]
            } else {
                glyph = levels[levels.count / 2]
            }
            buffer.set(glyph, x: area.x + offset, y: area.y, style: style)
        }
    }
}
