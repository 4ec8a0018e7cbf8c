/// The points of one class in a plane — "class 0", "class 1" — drawn by scatter plots and over heatmaps.
public struct PointClass: Sendable, Hashable {
    public var name: String
    public var x: [Double]
    public var y: [Double]
    public var color: Color?
    public var marker: Character?

    public init(name: String, x: [Double], y: [Double], color: Color? = nil, marker: Character? = nil) {
        precondition(x.count == y.count, "a point class needs as many x values as y values")
        self.name = name
        self.x = x
        self.y = y
        self.color = color
        self.marker = marker
    }

    /// Classes are told apart by glyph first: o and x read well even on top of a coloured heatmap.
    static let markers: [Character] = ["o", "x", "+", "*", "#", "@"]

    func ink(_ index: Int) -> Ink {
        Ink(color: color ?? ChartPalette.color(index), marker: marker ?? PointClass.markers[index % PointClass.markers.count])
    }
}
