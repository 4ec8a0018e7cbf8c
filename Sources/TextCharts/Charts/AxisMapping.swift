/// An axis resolved for drawing: its final range (fixed or auto-ranged from the data) and the
/// map from values to positions along it.
public struct AxisMapping: Sendable, Hashable {
    public let scale: AxisScale
    public let range: ClosedRange<Double>
    private let low: Double
    private let span: Double

    public init(scale: AxisScale, range: ClosedRange<Double>) {
        self.scale = scale
        var range = range
        if scale == .log && range.lowerBound <= 0 {
            let upper = range.upperBound > 0 ? range.upperBound : 1
            range = (upper / 1e3)...upper
        }
        self.range = range
        low = AxisMapping.transform(range.lowerBound, scale)
        let high = AxisMapping.transform(range.upperBound, scale)
        span = high - low
    }

    /// The axis of `axis` for the given data: its fixed range, else the data's range widened to
    /// nice tick values (whole decades on a log axis), with something sensible for no data or one value.
    public init(_ axis: Axis, values: some Sequence<Double>, tickCount: Int = 5) {
        if let fixed = axis.range, fixed.lowerBound.isFinite, fixed.upperBound.isFinite,
           fixed.upperBound > fixed.lowerBound, axis.scale == .linear || fixed.lowerBound > 0 {
            self.init(scale: axis.scale, range: fixed)
            return
        }
        var lowest = Double.infinity
        var highest = -Double.infinity
        for value in values where AxisMapping.isPlaceable(value, on: axis.scale) {
            lowest = min(lowest, value)
            highest = max(highest, value)
        }
        self.init(scale: axis.scale, range: AxisMapping.autoRange(lowest, highest, scale: axis.scale, tickCount: tickCount))
    }

    /// Whether a value can be drawn on an axis of this scale: finite, and positive for log.
    @inline(__always)
    public static func isPlaceable(_ value: Double, on scale: AxisScale) -> Bool {
        value.isFinite && (scale == .linear || value > 0)
    }

    /// Where `value` sits along the axis: 0 at the lower end, 1 at the upper; nil if it cannot be placed.
    @inline(__always)
    public func fraction(_ value: Double) -> Double? {
        guard AxisMapping.isPlaceable(value, on: scale) else { return nil }
        guard span > 0 else { return 0.5 }
        return (AxisMapping.transform(value, scale) - low) / span
    }

    /// Ticks for this axis, at most `maxCount`.
    public func ticks(maxCount: Int) -> [AxisTick] {
        switch scale {
        case .linear: AxisTicks.linear(range, maxCount: maxCount)
        case .log: AxisTicks.logarithmic(range, maxCount: maxCount)
        }
    }

    @inline(__always)
    static func transform(_ value: Double, _ scale: AxisScale) -> Double {
        scale == .log ? ChartMath.log10(value) : value
    }

    static func autoRange(_ lowest: Double, _ highest: Double, scale: AxisScale, tickCount: Int) -> ClosedRange<Double> {
        switch scale {
        case .linear:
            guard lowest <= highest else { return 0...1 }
            if lowest == highest {
                let pad = lowest == 0 ? 1 : abs(lowest) * 0.1
                return AxisTicks.niceRange((lowest - pad)...(highest + pad), maxCount: tickCount)
            }
            return AxisTicks.niceRange(lowest...highest, maxCount: tickCount)
        case .log:
            guard lowest <= highest else { return 1...10 }
            var first = (ChartMath.log10(lowest) + 1e-9).rounded(.down)
            var last = (ChartMath.log10(highest) - 1e-9).rounded(.up)
            if last <= first {
                first -= 1
                last += 1
            }
            return ChartMath.pow10(first)...ChartMath.pow10(last)
        }
    }
}
