/// An in-memory grid of cells that everything on screen is drawn into first.
///
/// Charts, lesson pages and whole screens render here and are tested by comparing `lines()` with
/// literal text; the terminal backend then sends only the cells that changed since the last frame.
public struct ScreenBuffer: Sendable, Equatable {
    public private(set) var width: Int
    public private(set) var height: Int
    private var cells: [Cell]
    /// Which text put each cell there (an index into `claimTexts`, 0 for none), while overlaps are tracked.
    private var claims: [Int32] = []
    private var claimTexts: [String] = [""]
    private var claiming = true
    /// Text written over other text in this frame, when tracking is on (see `trackOverlaps()`).
    public private(set) var overlaps: [Overlap] = []

    public static func == (lhs: ScreenBuffer, rhs: ScreenBuffer) -> Bool {
        lhs.width == rhs.width && lhs.height == rhs.height && lhs.cells == rhs.cells
    }

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
        let claim = tracking ? newClaim(text) : 0
        var column = x
        for character in text {
            if character == "\n" || character == "\r\n" { break }
            let symbolWidth = DisplayWidth.of(character)
            if symbolWidth == 0 { continue }
            if column + symbolWidth > bounds.maxX { break }
            if column >= bounds.x {
                if claim != 0 { self.claim(character, x: column, y: y, columns: symbolWidth, by: claim) }
                set(character, x: column, y: y, style: style)
            }
            column += symbolWidth
        }
        return column
    }

    // MARK: Overlap tracking

    /// Text written over other text: the cell, what was there and what covered it.
    public struct Overlap: Sendable, Equatable, CustomStringConvertible {
        public let x: Int
        public let y: Int
        /// The text that was there first, and the text written over it.
        public let covered: String
        public let by: String

        public var description: String { "(\(x), \(y)): \"\(by)\" over \"\(covered)\"" }
    }

    private var tracking: Bool { !claims.isEmpty && claiming }

    /// Starts recording, for tests, every text drawn over another text's visible characters in
    /// this frame: a title running into the page counter, a label over a label. Writing spaces
    /// erases; graphics (`set`, `fill`, drawing inside `graphics { }`) are not text.
    public mutating func trackOverlaps() {
        claims = Array(repeating: 0, count: width * height)
        claimTexts = [""]
        overlaps = []
    }

    /// Starts a layer drawn on purpose over what is below (an overlay box): nothing beneath counts.
    public mutating func beginLayer() {
        guard !claims.isEmpty else { return }
        claims = Array(repeating: 0, count: width * height)
    }

    /// Draws with `put` as graphics (bars, rules, fills of a chart): neither claims cells nor counts as covering text.
    public mutating func graphics(_ draw: (inout ScreenBuffer) -> Void) {
        let was = claiming
        claiming = false
        draw(&self)
        claiming = was
    }

    private mutating func newClaim(_ text: String) -> Int32 {
        claimTexts.append(text)
        return Int32(claimTexts.count - 1)
    }

    private mutating func claim(_ character: Character, x: Int, y: Int, columns: Int, by claim: Int32) {
        guard y >= 0, y < height, x >= 0, x + columns <= width else { return }
        let visible = !character.isWhitespace
        for column in x..<(x + columns) {
            let index = y * width + column
            let owner = claims[index]
            if visible, owner != 0, owner != claim, !cells[index].symbol.allSatisfy(\.isWhitespace) {
                overlaps.append(Overlap(x: column, y: y, covered: claimTexts[Int(owner)], by: claimTexts[Int(claim)]))
            }
            claims[index] = visible ? claim : 0
        }
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

    /// Copies `other` (or its `rows`) into this buffer with its top-left corner at (x, y), clipped to
    /// this buffer. Overlaps tracked in `other` come along, and its text claims the cells it lands on.
    public mutating func blit(_ other: ScreenBuffer, x: Int, y: Int, rows: Range<Int>? = nil) {
        let rows = (rows ?? 0..<other.height).clamped(to: 0..<other.height)
        let claim = tracking ? newClaim("(copied)") : 0
        for row in rows {
            for column in 0..<other.width {
                let cell = other[column, row]
                if cell.isContinuation { continue }
                if let character = cell.symbol.first {
                    let targetY = y + row - rows.lowerBound
                    if claim != 0, other.claims.isEmpty || other.claims[row * other.width + column] != 0 {
                        self.claim(character, x: x + column, y: targetY, columns: max(1, DisplayWidth.of(character)), by: claim)
                    }
                    set(character, x: x + column, y: targetY, style: cell.style)
                }
            }
        }
        if tracking {
            overlaps += other.overlaps.filter { rows.contains($0.y) }.map {
                Overlap(x: $0.x + x, y: $0.y - rows.lowerBound + y, covered: $0.covered, by: $0.by)
            }
        }
    }

    /// Whether `trackOverlaps()` was called, so a widget drawing into a buffer of its own can track there too.
    public var isTrackingOverlaps: Bool { !claims.isEmpty }

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
