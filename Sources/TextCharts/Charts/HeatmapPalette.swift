/// How a heatmap turns values into colours and, without colour, into shades.
public enum HeatmapPalette: Sendable, Hashable {
    /// Two sides of a midpoint (a classifier's 0.5): blue shades below, red shades above, so the
    /// decision boundary is where the colour flips.
    case diverging
    /// Low to high (a cost surface): blue, cyan, green, yellow, red.
    case sequential

    var colors: [Color] {
        switch self {
        case .diverging: [.blue, .cyan, .yellow, .red]
        case .sequential: [.blue, .cyan, .green, .yellow, .red]
        }
    }

    static let unicodeShades: [Character] = [" ", "░", "▒", "▓", "█"]
    static let asciiShades: [Character] = [" ", ".", ":", "-", "=", "+", "*", "#", "%", "@"]

    /// The colour for a value's position 0…1 in the value range.
    func color(_ fraction: Double) -> Color {
        let list = colors
        let index = Int(fraction * Double(list.count))
        return list[min(max(index, 0), list.count - 1)]
    }

    /// The shade glyph for a value's position 0…1, on terminals without colour, never one of
    /// `markers` (the glyphs points are drawn with over the shades: a "+" of the ramp would read as
    /// one of the points).
    func shade(_ fraction: Double, ascii: Bool, avoiding markers: Set<Character> = []) -> Character {
        let ramp = (ascii ? HeatmapPalette.asciiShades : HeatmapPalette.unicodeShades).filter { $0 == " " || !markers.contains($0) }
        var position = fraction
        if self == .diverging {
            // Lighter near the boundary, darker towards either certainty; the two sides differ in
            // that one side is hatched darker than the other.
            position = fraction < 0.5 ? fraction * 0.8 : 0.6 + (fraction - 0.5) * 0.8
        }
        let index = Int(position * Double(ramp.count))
        return ramp[min(max(index, 0), ramp.count - 1)]
    }
}
