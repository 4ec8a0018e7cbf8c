/// How far a run has got: "sweep ████████▌      58%", or "sweep [#####     ]  58%" in ASCII.
public struct ProgressBar: Widget, Sendable, Hashable {
    public var fraction: Double
    public var label: String
    public var color: Color

    public init(fraction: Double, label: String = "", color: Color = .green) {
        self.fraction = fraction
        self.label = label
        self.color = color
    }

    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    public func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        let area = area.intersection(buffer.area)
        guard !area.isEmpty else { return }
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        let percent = String(Int((clamped * 100 + 1e-9).rounded(.down))) + "%"
        var x = area.x
        if !label.isEmpty {
            let text = ChartText.fit(label, to: max(0, area.width / 3), options: options)
            if !text.isEmpty { x = buffer.put(text, x: x, y: area.y, clip: area) + 1 }
        }
        let percentWidth = 4
        let barWidth = area.maxX - x - percentWidth - 1 - (options.isASCII ? 2 : 0)
        if barWidth >= 3 {
            let style = options.apply(.color(color))
            if options.isASCII {
                let filled = Int((clamped * Double(barWidth)).rounded(.down))
                buffer.put("[" + String(repeating: "#", count: filled) + String(repeating: " ", count: barWidth - filled) + "]",
                           x: x, y: area.y, style: style, clip: area)
                x += barWidth + 2
            } else {
                let eighths = Int((clamped * Double(barWidth * 8)).rounded(.down))
                var bar = String(repeating: "█", count: eighths / 8)
                if eighths % 8 > 0 { bar.append(ProgressBar.eighths[eighths % 8 - 1]) }
                buffer.put(bar, x: x, y: area.y, style: style, clip: area)
                buffer.put(String(repeating: options.isASCII ? "." : "·", count: barWidth - DisplayWidth.of(bar)),
                           x: x + DisplayWidth.of(bar), y: area.y, style: options.apply(ChartPalette.scaffolding), clip: area)
                x += barWidth
            }
            x += 1
        }
        buffer.put(String(repeating: " ", count: max(0, percentWidth - percent.count)) + percent, x: x, y: area.y, clip: area)
    }
}
