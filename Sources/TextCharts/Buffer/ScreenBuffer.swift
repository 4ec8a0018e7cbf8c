/// An in-memory grid of cells that everything on screen is drawn into first.
///
/// Charts, lesson pages and whole screens render here and are tested by comparing `lines()` with
/// literal text; the terminal backend then sends only the cells that changed since the last frame.
public struct ScreenBuffer: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    private var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank }
        return cells[y * width + x]
    }

    // MARK: Writing

    /// Writes one grapheme at (x, y), keeping wide characters whole: whatever half of a wide
    /// character it overwrites, the other half becomes blank.
    public mutating func set(_ character: Character, x: Int, y: Int, style: Style = .plain) {
        let symbolWidth = DisplayWidth.of(character)
        guard symbolWidth > 0 else { return }
        guard x >= 0, y >= 0, y < height, x + symbolWidth <= width else { return }
        clearWideNeighbours(x: x, y: y, columns: symbolWidth)
        cells[y * width + x] = Cell(String(character), style: style)
        if symbolWidth == 2 { cells[y * width + x + 1] = Cell(Cell.continuation.symbol, style: style) }
    }

    /// Changes the style of the cell at (x, y) and leaves its symbol alone.
    public mutating func setStyle(_ style: Style, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        cells[y * width + x].style = style
    }

    /// Writes `text` on one row starting at column `x`, clipped to `clip` (default: the whole
    /// buffer). A wide character that would straddle the clip's right edge is not drawn.
    /// Returns the column just after the last cell written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let bounds = (clip ?? area).intersection(area)
        guard y >= bounds.y, y < bounds.maxY else { return x }
        var column = x
        for character in text {
            if character == "\n" || character == "\r\n" { break }
            let symbolWidth = DisplayWidth.of(character)
            if symbolWidth == 0 { continue }
            if column + symbolWidth > bounds.maxX { break }
            if column >= bounds.x { set(character, x: column, y: y, style: style) }
            column += symbolWidth
        }
        return column
    }

    /// Fills `rect` (clipped to the buffer) with one character.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let target = rect.intersection(area)
        let step = max(1, DisplayWidth.of(character))
        for row in target.y..<target.maxY {
            var column = target.x
            while column + step <= target.maxX {
                set(character, x: column, y: row, style: style)
                column += step
            }
        }
    }

    /// Copies `other` into this buffer with its top-left corner at (x, y), clipped to this buffer.
    public mutating func blit(_ other: ScreenBuffer, x: Int, y: Int) {
        for row in 0..<other.height {
            for column in 0..<other.width {
                let cell = other[column, row]
                if cell.isContinuation { continue }
                if let character = cell.symbol.first {
                    set(character, x: x + column, y: y + row, style: cell.style)
                }
            }
        }
    }

    // MARK: Reading

    /// The text of each row, wide characters once, trailing spaces removed.
    public func lines() -> [String] {
        (0..<height).map { row in
            var line = rowText(row)
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// The text of row `row`, full width.
    public func rowText(_ row: Int) -> String {
        var text = ""
        for column in 0..<width { text += cells[row * width + column].symbol }
        return text
    }

    /// Every cell whose symbol or style differs from `previous`, grouped into horizontal runs of one
    /// style, so a backend can send each run with one cursor move and one attribute change.
    public func changes(since previous: ScreenBuffer?) -> [CellRun] {
        var runs: [CellRun] = []
        let before = previous.flatMap { $0.width == width && $0.height == height ? $0.cells : nil }
        for row in 0..<height {
            var current: CellRun?
            for column in 0..<width {
                let index = row * width + column
                let cell = cells[index]
                // The right half of a wide character is sent together with its left half (a wide
                // character is always followed by its continuation cell).
                if cell.isContinuation { continue }
                let changed = before.map { before in
                    before[index] != cell
                        || (column + 1 < width && cells[index + 1].isContinuation && before[index + 1] != cells[index + 1])
                } ?? true
                guard changed else {
                    if let run = current { runs.append(run) }
                    current = nil
                    continue
                }
                // Measured only for what is sent: most cells of a frame are as they were.
                let columns = max(1, DisplayWidth.of(cell.symbol))
                if var run = current, run.style == cell.style, run.x + run.columns == column {
                    run.text += cell.symbol
                    run.columns += columns
                    current = run
                } else {
                    if let run = current { runs.append(run) }
                    current = CellRun(x: column, y: row, text: cell.symbol, columns: columns, style: cell.style)
                }
            }
            if let run = current { runs.append(run) }
        }
        return runs
    }

    private mutating func clearWideNeighbours(x: Int, y: Int, columns: Int) {
        let rowStart = y * width
        // Writing over the right half of a wide character orphans its left half.
        if cells[rowStart + x].isContinuation, x > 0 {
            cells[rowStart + x - 1] = Cell(" ", style: cells[rowStart + x - 1].style)
        }
        // Writing over the left half of a wide character orphans its right half.
        let last = x + columns - 1
        if last + 1 < width, cells[rowStart + last + 1].isContinuation {
            cells[rowStart + last + 1] = Cell(" ", style: cells[rowStart + last + 1].style)
        }
    }
}

/// A horizontal run of changed cells that share one style.
public struct CellRun: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var text: String
    public var columns: Int
    public var style: Style
}
