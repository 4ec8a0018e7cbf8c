/// A range of values that means one thing — "ok", "check", "bug" — with the colour that says so.
/// Bands are listed in increasing order; a value belongs to the first band whose `upperBound` it is
/// below, and to the last band if it is above them all.
public struct ThresholdBand: Sendable, Hashable {
    public var upperBound: Double
    public var color: Color
    public var label: String

    public init(below upperBound: Double, color: Color, label: String) {
        self.upperBound = upperBound
        self.color = color
        self.label = label
    }

    /// The gradient-check verdicts: below 1e-7 fine, below 1e-3 worth a look, above that a bug.
    public static let gradientCheck: [ThresholdBand] = [
        ThresholdBand(below: 1e-7, color: .green, label: "ok"),
        ThresholdBand(below: 1e-3, color: .yellow, label: "check"),
        ThresholdBand(below: .infinity, color: .red, label: "bug"),
    ]

    /// The index of the band `value` falls in; nil when there are no bands or the value is NaN.
    public static func index(of value: Double, in bands: [ThresholdBand]) -> Int? {
        guard !bands.isEmpty, !value.isNaN else { return nil }
        return bands.firstIndex { value < $0.upperBound } ?? bands.count - 1
    }
}
