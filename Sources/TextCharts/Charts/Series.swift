/// A named sequence of (x, y) points: what an experiment measures and a chart draws.
///
/// Non-finite y values (a diverged run) are kept: charts leave a gap there and say so.
public struct Series: Sendable, Hashable {
    public var name: String
    public var x: [Double]
    public var y: [Double]
    /// A colour to insist on; nil lets the chart pick from its palette.
    public var color: Color?
    /// An ASCII marker glyph to insist on (`*`, `o`, `+`, `x` …); nil lets the chart pick.
    public var marker: Character?
    /// Drawn in the background (dim, under the other series): an earlier run kept for comparison.
    /// Faint series with the same name share one legend entry.
    public var faint: Bool

    public init(name: String, x: [Double] = [], y: [Double] = [], color: Color? = nil, marker: Character? = nil,
                faint: Bool = false) {
        precondition(x.count == y.count, "a series needs as many x values as y values")
        self.name = name
        self.x = x
        self.y = y
        self.color = color
        self.marker = marker
        self.faint = faint
    }

    public var count: Int { x.count }
    public var isEmpty: Bool { x.isEmpty }

    /// Appends one point; live runs grow their series this way.
    public mutating func append(x newX: Double, y newY: Double) {
        x.append(newX)
        y.append(newY)
    }
}

/// How an axis maps values to positions.
public enum AxisScale: String, Sendable, Hashable {
    case linear
    /// Base-10 logarithmic; values ≤ 0 cannot be placed and are left out like NaN.
    case log
}

/// One axis of a chart: its title, scale and, optionally, a fixed range (else auto-ranged).
public struct Axis: Sendable, Hashable {
    public var title: String
    public var scale: AxisScale
    public var range: ClosedRange<Double>?

    public init(_ title: String = "", scale: AxisScale = .linear, range: ClosedRange<Double>? = nil) {
        self.title = title
        self.scale = scale
        self.range = range
    }
}

/// A horizontal or vertical line across a chart at a value, with a label: gradient-check thresholds,
/// "early stop: epoch 412".
public struct ReferenceLine: Sendable, Hashable {
    public var value: Double
    public var label: String
    public var color: Color

    public init(_ value: Double, label: String, color: Color = .gray) {
        self.value = value
        self.label = label
        self.color = color
    }
}
