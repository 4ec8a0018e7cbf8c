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

    /// The markers of faint series (earlier runs kept for comparison), unlike any of `markers`, so
    /// an earlier run stays told apart from the current one in ASCII and on monochrome terminals.
    public static let faintMarkers: [Character] = [".", "~", "^", ","]
    /// What starts each finding under a chart: never one of the markers, so a finding's bullet
    /// cannot be read as a point of the first series.
    public static func findingBullet(_ options: RenderOptions) -> String { options.glyph("• ", ascii: "- ") }

    public static func color(_ index: Int) -> Color { colors[index % colors.count] }
    public static func faintMarker(_ index: Int) -> Character { faintMarkers[index % faintMarkers.count] }
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
