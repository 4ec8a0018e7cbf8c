/// A piece of text in one style: the unit of rich text (emphasis, inline code) in lesson pages.
public struct Span: Sendable, Hashable {
    public var text: String
    public var style: Style

    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

/// A row of spans, as produced by wrapping.
public typealias StyledLine = [Span]

extension ScreenBuffer {
    /// Writes styled spans on one row, clipped like `put`. Returns the column after the last cell.
    @discardableResult
    public mutating func put(_ line: StyledLine, x: Int, y: Int, clip: Rect? = nil) -> Int {
        var column = x
        for span in line {
            column = put(span.text, x: column, y: y, style: span.style, clip: clip)
        }
        return column
    }
}
