/// A canvas of one dot per cell, each drawn as its ink's marker glyph (`*`, `o`, `+`, `x` …): the
/// ASCII form of every chart, and the monochrome form where series must be told apart by glyph.
public struct CharacterCanvas: DotCanvas, Sendable {
    public let columns: Int
    public let rows: Int
    public static var dotsPerCell: (x: Int, y: Int) { (1, 1) }
    private var glyphs: [Character?]
    private var colors: [Color]
    private var faint: [Bool]

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        glyphs = Array(repeating: nil, count: self.columns * self.rows)
        colors = Array(repeating: .default, count: self.columns * self.rows)
        faint = Array(repeating: false, count: self.columns * self.rows)
    }

    @inline(__always)
    public mutating func plot(x: Int, y: Int, ink: Ink) {
        guard x >= 0, y >= 0, x < columns, y < rows else { return }
        glyphs[y * columns + x] = ink.marker
        colors[y * columns + x] = ink.color
        faint[y * columns + x] = ink.faint
    }

    public func isOccupied(column: Int, row: Int) -> Bool {
        guard column >= 0, row >= 0, column < columns, row < rows else { return false }
        return glyphs[row * columns + column] != nil
    }

    public func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, clip: Rect, options: RenderOptions) {
        let bounds = clip.intersection(buffer.area)
        for row in 0..<rows {
            let screenY = y + row
            guard screenY >= bounds.y, screenY < bounds.maxY else { continue }
            for column in 0..<columns {
                guard let glyph = glyphs[row * columns + column] else { continue }
                let screenX = x + column
                guard screenX >= bounds.x, screenX < bounds.maxX else { continue }
                let safe: Character = options.isASCII && !glyph.isASCII ? "*" : glyph
                buffer.set(safe, x: screenX, y: screenY, style: Ink(color: colors[row * columns + column], marker: safe, faint: faint[row * columns + column]).style(options))
            }
        }
    }
}
