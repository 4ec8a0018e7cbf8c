/// A raster charts draw on in their own dot coordinates (x to the right, y downwards), whatever
/// the cells are made of: braille (2×4 dots per cell), half blocks (1×2) or plain characters (1×1).
public protocol DotCanvas {
    /// The size in cells.
    var columns: Int { get }
    var rows: Int { get }
    /// Dots per cell horizontally and vertically.
    static var dotsPerCell: (x: Int, y: Int) { get }
    /// Sets one dot; dots outside the canvas are ignored.
    mutating func plot(x: Int, y: Int, ink: Ink)
    /// Whether anything was drawn in the cell at (column, row).
    func isOccupied(column: Int, row: Int) -> Bool
    /// Writes every drawn cell into `buffer` with the canvas's top-left cell at (x, y), never
    /// outside `clip`; undrawn cells are left as they are.
    func draw(into buffer: inout ScreenBuffer, x: Int, y: Int, clip: Rect, options: RenderOptions)
}

extension DotCanvas {
    public var dotWidth: Int { columns * Self.dotsPerCell.x }
    public var dotHeight: Int { rows * Self.dotsPerCell.y }

    /// The dot column for a position 0…1 across the canvas (0 = left edge, 1 = right edge).
    @inline(__always)
    public func dotX(_ fraction: Double) -> Double { fraction * Double(dotWidth - 1) }

    /// The dot row for a position 0…1 up the canvas (0 = bottom, 1 = top).
    @inline(__always)
    public func dotY(_ fraction: Double) -> Double { (1 - fraction) * Double(dotHeight - 1) }

    /// Draws a straight line between two dot positions; the part outside the canvas is clipped away,
    /// so endpoints may lie anywhere (even far off, for values beyond a fixed axis range).
    public mutating func line(from start: (x: Double, y: Double), to end: (x: Double, y: Double), ink: Ink) {
        guard let (a, b) = clipSegment(start, end) else { return }
        var x0 = Int(a.x.rounded()), y0 = Int(a.y.rounded())
        let x1 = Int(b.x.rounded()), y1 = Int(b.y.rounded())
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var error = dx + dy
        while true {
            plot(x: x0, y: y0, ink: ink)
            if x0 == x1 && y0 == y1 { break }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x0 += sx }
            if doubled <= dx { error += dx; y0 += sy }
        }
    }

    /// Plots one dot at a fractional dot position, if it lies on the canvas.
    public mutating func point(_ position: (x: Double, y: Double), ink: Ink) {
        let x = position.x.rounded(), y = position.y.rounded()
        guard x >= 0, y >= 0, x < Double(dotWidth), y < Double(dotHeight) else { return }
        plot(x: Int(x), y: Int(y), ink: ink)
    }

    /// Liang–Barsky clipping of a segment to the canvas's dot rectangle.
    private func clipSegment(_ start: (x: Double, y: Double), _ end: (x: Double, y: Double))
        -> ((x: Double, y: Double), (x: Double, y: Double))?
    {
        let maxX = Double(dotWidth - 1), maxY = Double(dotHeight - 1)
        guard maxX >= 0, maxY >= 0 else { return nil }
        let dx = end.x - start.x, dy = end.y - start.y
        var t0 = 0.0, t1 = 1.0
        for (p, q) in [(-dx, start.x + 0.49), (dx, maxX + 0.49 - start.x), (-dy, start.y + 0.49), (dy, maxY + 0.49 - start.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else {
                let r = q / p
                if p < 0 {
                    if r > t1 { return nil }
                    if r > t0 { t0 = r }
                } else {
                    if r < t0 { return nil }
                    if r < t1 { t1 = r }
                }
            }
        }
        guard t0.isFinite, t1.isFinite else { return nil }
        let a = (x: start.x + t0 * dx, y: start.y + t0 * dy)
        let b = (x: start.x + t1 * dx, y: start.y + t1 * dy)
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
        return ((min(max(a.x, 0), maxX), min(max(a.y, 0), maxY)), (min(max(b.x, 0), maxX), min(max(b.y, 0), maxY)))
    }
}
