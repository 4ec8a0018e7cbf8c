/// "Nice" tick values and labels for linear and logarithmic axes.
///
/// Ticks are integer multiples of 1, 2, 2.5 or 5 × 10^k (linear) or whole decades (log), built as
/// exact decimals so a label reads "0.25" or "1e-7", never "0.2500000001" or "0.0000001".
public enum AxisTicks {
    /// Ticks inside `range` on a linear axis: at most `maxCount` of them (at least two when the
    /// range allows), evenly spaced at a nice step.
    public static func linear(_ range: ClosedRange<Double>, maxCount: Int) -> [AxisTick] {
        guard range.lowerBound.isFinite, range.upperBound.isFinite else { return [] }
        let span = range.upperBound - range.lowerBound
        guard span > 0 else {
            let label = NumberFormat.compact(range.lowerBound, significantDigits: 4)
            return [AxisTick(value: range.lowerBound, label: label)]
        }
        let step = niceStep(for: range, maxCount: max(1, maxCount))
        return multiples(of: step, in: range)
    }

    /// Ticks inside `range` (positive) on a log axis: whole decades, every n-th decade when there are
    /// too many, with 2 and 5 in between when there are few, and linear ticks within one decade.
    public static func logarithmic(_ range: ClosedRange<Double>, maxCount: Int) -> [AxisTick] {
        guard range.lowerBound > 0, range.upperBound.isFinite, range.upperBound >= range.lowerBound else { return [] }
        let maxCount = max(1, maxCount)
        let tolerance = 1e-9
        let lowLog = ChartMath.log10(range.lowerBound)
        let highLog = ChartMath.log10(range.upperBound)
        let firstDecade = Int((lowLog - tolerance).rounded(.up))
        let lastDecade = Int((highLog + tolerance).rounded(.down))
        let decadeCount = lastDecade - firstDecade + 1
        if decadeCount < 2 {
            return linear(range, maxCount: maxCount)
        }
        if decadeCount <= 3 && maxCount >= decadeCount * 3 {
            // Few decades and room to spare: 1, 2, 5 × 10^k.
            var ticks: [AxisTick] = []
            for decade in (firstDecade - 1)...lastDecade {
                for digit in [1, 2, 5] {
                    let number = DecimalNumber(significand: digit, exponent: decade)
                    let value = number.doubleValue
                    if value >= range.lowerBound * (1 - tolerance) && value <= range.upperBound * (1 + tolerance) {
                        ticks.append(AxisTick(value: value, label: number.description))
                    }
                }
            }
            return ticks
        }
        var step = 1
        for candidate in [1, 2, 3, 4, 5, 6, 10, 20, 50, 100] {
            step = candidate
            if countOfMultiples(of: candidate, from: firstDecade, to: lastDecade) <= maxCount { break }
        }
        var decades = (firstDecade...lastDecade).filter { (($0 % step) + step) % step == 0 }
        if decades.count < 2 && decadeCount >= 2 { decades = [firstDecade, lastDecade] }
        return decades.map { decade in
            let number = DecimalNumber(significand: 1, exponent: decade)
            return AxisTick(value: number.doubleValue, label: number.description)
        }
    }

    /// The smallest step of the form {1, 2, 2.5, 5} × 10^k that puts at most `maxCount` multiples
    /// inside `range`.
    public static func niceStep(for range: ClosedRange<Double>, maxCount: Int) -> DecimalNumber {
        let span = range.upperBound - range.lowerBound
        let rough = span / Double(max(1, maxCount))
        let startPower = Int(rough > 0 ? rough.log10Floor() : 0) - 1
        for power in startPower...(startPower + 4) {
            for (significand, shift) in [(1, 0), (2, 0), (25, -1), (5, 0)] {
                let step = DecimalNumber(significand: significand, exponent: power + shift)
                if countOfMultiples(of: step, in: range) <= maxCount { return step }
            }
        }
        return DecimalNumber(significand: 1, exponent: startPower + 5)
    }

    /// `range` widened outwards to multiples of a nice step, so the axis ends on labelled ticks.
    public static func niceRange(_ range: ClosedRange<Double>, maxCount: Int) -> ClosedRange<Double> {
        guard range.upperBound > range.lowerBound else { return range }
        let step = niceStep(for: range, maxCount: max(1, maxCount - 1)).doubleValue
        let lower = (range.lowerBound / step + 1e-9).rounded(.down) * step
        let upper = (range.upperBound / step - 1e-9).rounded(.up) * step
        return lower...upper
    }

    static func multiples(of step: DecimalNumber, in range: ClosedRange<Double>) -> [AxisTick] {
        let stepValue = step.doubleValue
        guard stepValue > 0 else { return [] }
        let first = Int((range.lowerBound / stepValue - 1e-9).rounded(.up))
        let last = Int((range.upperBound / stepValue + 1e-9).rounded(.down))
        guard first <= last, last - first < 10_000 else { return [] }
        return (first...last).map { index in
            let number = DecimalNumber(significand: index * step.significand, exponent: step.exponent)
            return AxisTick(value: number.doubleValue, label: number.description)
        }
    }

    private static func countOfMultiples(of step: DecimalNumber, in range: ClosedRange<Double>) -> Int {
        let stepValue = step.doubleValue
        let first = (range.lowerBound / stepValue - 1e-9).rounded(.up)
        let last = (range.upperBound / stepValue + 1e-9).rounded(.down)
        return max(0, Int(min(1e9, last - first + 1)))
    }

    private static func countOfMultiples(of step: Int, from first: Int, to last: Int) -> Int {
        (first...last).reduce(0) { count, decade in count + ((((decade % step) + step) % step == 0) ? 1 : 0) }
    }
}
