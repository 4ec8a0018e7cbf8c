/// The colours a chart or screen may ask for. The terminal backend maps them onto whatever the
/// terminal has (256, 16 or 8 colours) or drops them entirely (monochrome, `NO_COLOR`).
public enum Color: UInt8, Sendable, Hashable, CaseIterable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white, gray
}

/// How a cell is drawn: colours plus attributes.
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var bold: Bool
    public var dim: Bool
    public var reverse: Bool
    public var underline: Bool

    public init(
        foreground: Color = .default, background: Color = .default,
        bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let reverse = Style(reverse: true)

    public static func color(_ color: Color) -> Style { Style(foreground: color) }

    public func with(foreground color: Color) -> Style {
        var copy = self
        copy.foreground = color
        return copy
    }

    public func with(bold: Bool) -> Style {
        var copy = self
        copy.bold = bold
        return copy
    }
}
