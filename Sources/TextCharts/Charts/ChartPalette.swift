/// The colours and marker glyphs charts give their series in order, chosen so neighbours differ
/// both in colour (on colour terminals) and in glyph (on monochrome ones and in ASCII).
public enum ChartPalette {
    public static let colors: [Color] = [.blue, .red, .green, .magenta, .cyan, .yellow]
    public static let markers: [Character] = ["*", "o", "+", "x", "#", "@", "%", "&"]

    /// What starts each finding under a chart: never one of the markers, so a finding's bullet
    /// cannot be read as a point of the first series.
    public static func findingBullet(_ options: RenderOptions) -> String { options.glyph("• ", ascii: "- ") }

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
