/// A canvas of braille characters: each cell holds 2×4 dots, so a 40×10 chart has 80×40 dots of
/// resolution — enough for a smooth loss curve in a terminal. The last ink drawn in a cell gives it
/// its colour.
public struct BrailleCanvas: DotCanvas, Sendable {
    public let columns: Int
    public let rows: Int
    public static var dotsPerCell: (x: Int, y: Int) { (2, 4) }
    private var bits: [UInt8]
    private var colors: [Color]
    private var faint: [Bool]

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        bits = Array(repeating: 0, count: self.columns * self.rows)
        colors = Array(repeating: .default, count: self.columns * self.rows)
        faint = Array(repeating: false, count: self.columns * self.rows)
    }

    // Bit of the braille pattern for dot (x % 2, y % 4), per the Unicode braille block layout.
    private static let dotBits: [UInt8] = [0x01, 0x08, 0x02, 0x10, 0x04, 0x20, 0x40, 0x80]

    @inline(__always)
    public mutating func plot(x: Int, y: Int, ink: Ink) {
        guard x >= 0, y >= 0, x < columns * 2, y < rows * 4 else { return }
        let cell = (y >> 2) * columns + (x >> 1)
        bits[cell] |= BrailleCanvas.dotBits[(y & 3) * 2 + (x & 1)]
        colors[cell] = ink.color
        faint[cell] = ink.faint
    }

    public func isOccupied(column: Int, row: Int) -> Bool {
        guard column >= 0, row >= 0, column < columns, row < rows else { return false }
        return bits[row * columns + column] != 0
    }

    public func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, clip: Rect, options: RenderOptions) {
        let bounds = clip.intersection(buffer.area)
        for row in 0..<rows {
            let screenY = y + row
            guard screenY >= bounds.y, screenY < bounds.maxY else { continue }
            for column in 0..<columns {
                let pattern = bits[row * columns + column]
                guard pattern != 0 else { continue }
                let screenX = x + column
                guard screenX >= bounds.x, screenX < bounds.maxX else { continue }
                let glyph: Character
                if options.isASCII {
                    glyph = BrailleCanvas.asciiDensity(pattern)
                } else {
                    glyph = Character(Unicode.Scalar(0x2800 + UInt32(pattern))!)
                }
                buffer.set(glyph, x: screenX, y: screenY, style: Ink(color: colors[row * columns + column], marker: " ", faint: faint[row * columns + column]).style(options))
            }
        }
    }

    /// A stand-in for a braille cell in ASCII: how much of the cell is lit and where.
    private static func asciiDensity(_ pattern: UInt8) -> Character {
        let top = pattern & 0x1B != 0      // dots in rows 0–1
        let bottom = pattern & 0xE4 != 0   // dots in rows 2–3
        switch (top, bottom) {
        case (true, false): return "'"
        case (false, true): return "."
        default: return ":"
        }
    }
}
