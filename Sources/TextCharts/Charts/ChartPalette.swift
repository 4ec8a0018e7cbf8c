/// The colours and marker glyphs charts give their series in order, chosen so neighbours differ
/// both in colour and in glyph; glyphs are drawn in colour too, so a student who cannot tell
/// colours apart still can.
///
/// The first colours stay apart for red-green colour blindness (blue against yellow, then
/// magenta against cyan); red and green, which such a student sees as one, come last and never
/// next to each other.
public enum ChartPalette {
    public static let colors: [Color] = [.blue, .yellow, .magenta, .cyan, .red, .green]
    public static let markers: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&"]

    public static func color(_ index: Int) -> Color { colors[index % colors.count] }
    public static func marker(_ index: Int) -> Character { markers[index % markers.count] }

    /// The ink of the series at `index`, honouring a colour the series insists on.
    public static func ink(_ index: Int, color: Color? = nil) -> Ink {
        Ink(color: color ?? self.color(index), marker: marker(index))
    }

    /// The style of axes, tick marks and other scaffolding: quieter than the data.
    static let scaffolding = Style(foreground: .gray)
    static let title = Style.bold
    static let note = Style(foreground: .red, bold: true)
}
