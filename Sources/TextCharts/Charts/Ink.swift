/// What a canvas draws a dot with: a colour, and the marker glyph that stands for the series where
/// a cell holds one character per dot (the ASCII canvas) or where colour is unavailable.
public struct Ink: Sendable, Hashable {
    public var color: Color
    /// An ASCII marker such as `*`, `o`, `+`, `x`.
    public var marker: Character
    /// Drawn dim: a series in the background (an earlier run kept for comparison).
    public var faint: Bool

    public init(color: Color, marker: Character, faint: Bool = false) {
        self.color = color
        self.marker = marker
        self.faint = faint
    }

    /// The cell style of this ink (dim when faint), for a terminal with or without colour.
    func style(_ options: RenderOptions) -> Style {
        options.apply(Style(foreground: color, dim: faint))
    }
}
