/// A canvas of half blocks: each cell shows two dots stacked, "▀" in the top dot's colour over a
/// background of the bottom dot's colour, doubling the vertical resolution of filled areas such
/// as heatmaps. Needs colour; without it a chart uses shade glyphs instead.
public struct HalfBlockCanvas: DotCanvas, Sendable {
    public let columns: Int
    public let rows: Int
    public static var dotsPerCell: (x: Int, y: Int) { (1, 2) }
    private var dots: [Color?]

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        dots = Array(repeating: nil, count: self.columns * self.rows * 2)
    }

    @inline(__always)
    public mutating func plot(x: Int, y: Int, ink: Ink) {
        guard x >= 0, y >= 0, x < columns, y < rows * 2 else { return }
        dots[y * columns + x] = ink.color
    }

    /// The colour of dot (x, y), if drawn.
    public func color(x: Int, y: Int) -> Color? {
        guard x >= 0, y >= 0, x < columns, y < rows * 2 else { return nil }
        return dots[y * columns + x]
    }

    public func isOccupied(column: Int, row: Int) -> Bool {
        color(x: column, y: row * 2) != nil || color(x: column, y: row * 2 + 1) != nil
    }

    public func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, clip: Rect, options: RenderOptions) {
        let bounds = clip.intersection(buffer.area)
        for row in 0..<rows {
            let screenY = y + row
            guard screenY >= bounds.y, screenY < bounds.maxY else { continue }
            for column in 0..<columns {
                let screenX = x + column
                guard screenX >= bounds.x, screenX < bounds.maxX else { continue }
                let top = dots[row * 2 * columns + column], bottom = dots[(row * 2 + 1) * columns + column]
                switch (top, bottom) {
                case (nil, nil):
                    continue
                case (let top?, let bottom):
                    let glyph: Character = options.isASCII ? "#" : "▀"
                    buffer.set(glyph, x: screenX, y: screenY, style: options.apply(Style(foreground: top, background: bottom ?? .default)))
                case (nil, let bottom?):
                    buffer.set(options.isASCII ? "." : "▄", x: screenX, y: screenY, style: options.apply(.color(bottom)))
                }
            }
        }
    }
}
