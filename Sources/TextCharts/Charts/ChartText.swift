/// Text helpers shared by the charts: cutting labels to a width and keeping ASCII mode ASCII.
enum ChartText {
    /// `text` cut to `columns` with an ellipsis ("..." in ASCII), and transliterated for ASCII mode.
    static func fit(_ text: String, to columns: Int, options: RenderOptions) -> String {
        guard columns > 0 else { return "" }
        if options.isASCII {
            return DisplayWidth.truncate(ascii(text), to: columns, ellipsis: columns > 5 ? "..." : "")
        }
        // Where ambiguous-width characters are drawn wide, their narrow spellings (θ³ → theta^3).
        return DisplayWidth.truncate(options.text(text), to: columns, ellipsis: options.glyph("…", ascii: "..."))
    }

    /// An ASCII rendering of `text` (see `ASCIIFallback`), so ASCII mode never writes a byte ≥ 0x80.
    static func ascii(_ text: String) -> String { ASCIIFallback.transliterate(text) }
}
