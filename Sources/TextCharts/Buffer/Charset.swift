/// Which characters drawing may use. Over SSH the locale is often POSIX, where anything beyond
/// ASCII comes out blank or garbled, so every screen and chart has an ASCII form.
public enum Charset: Sendable, Hashable {
    case unicode
    case ascii
}

/// What a terminal can show; every widget takes it so the same code draws for all terminals.
public struct RenderOptions: Sendable, Hashable {
    public var charset: Charset
    public var color: Bool
    /// The terminal draws East Asian Ambiguous characters (ε ─ █ •) two columns wide: draw narrow
    /// forms instead (see `AmbiguousWidth`).
    public var ambiguousWide: Bool
    /// The words charts write themselves, in the student's language.
    public var words: ChartWords

    public init(charset: Charset = .unicode, color: Bool = true, ambiguousWide: Bool = false, words: ChartWords = .english) {
        self.charset = charset
        self.color = color
        self.ambiguousWide = ambiguousWide
        self.words = words
    }

    public var isASCII: Bool { charset == .ascii }

    /// `style` with its colours removed when the terminal has none; attributes stay.
    public func apply(_ style: Style) -> Style {
        guard !color else { return style }
        var plain = style
        plain.foreground = .default
        plain.background = .default
        return plain
    }

    /// Picks the Unicode or the ASCII form of a glyph.
    public func glyph(_ unicode: String, ascii: String) -> String {
        guard charset == .unicode else { return ascii }
        return ambiguousWide && AmbiguousWidth.containsAmbiguous(unicode) ? ascii : unicode
    }
}

/// Anything that draws itself into a rectangle of a screen buffer and never outside it.
public protocol Widget {
    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions)
}

extension ScreenBuffer {
    /// Renders a widget into `area`.
    public mutating func render(_ widget: some Widget, in area: Rect, options: RenderOptions) {
        widget.render(in: area.intersection(self.area), buffer: &self, options: options)
    }
}
