/// What a canvas draws a dot with: a colour, and the marker glyph that stands for the series where
/// a cell holds one character per dot (the ASCII canvas) or where colour is unavailable.
public struct Ink: Sendable, Hashable {
    public var color: Color
    /// An ASCII marker such as `*`, `o`, `+`, `x`.
    public var marker: Character

    public init(color: Color, marker: Character) {
        self.color = color
        self.marker = marker
    }
}
