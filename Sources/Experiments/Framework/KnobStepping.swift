import FoundationEssentials
import Glibc
import TextSupport

/// How ←/→ move a knob's value, decided once from the knob's declaration so that the tutor, `dltutor
/// run` and `list --json` agree.
///
/// A range that spans more than two decades is stepped along a logarithmic grid — otherwise going
/// from `size = 1,000,000` to `size = 100` would take thousands of presses — and a narrow one keeps
/// its linear step:
/// - a real number declared `logarithmic` multiplies by `10^step` (ε by 10, a learning rate by √10),
///   its grid values rounded to three significant digits so that what the panel shows is what runs;
/// - another real number whose range spans more than two decades walks 1, 2, 5, 10, 20, 50…;
/// - a whole number (a size) whose range spans more than two decades walks 1, 3, 10, 30, 100…
///   (×√10, rounded), four decades in eight presses.
/// A value off the grid (typed, or a lesson's preset) steps to the next grid value in that direction;
/// a range that starts at 0 steps from its smallest grid value down to 0.
public enum KnobStepping: Sendable, Hashable {
    case linear(Double)
    /// ×10^fraction per press.
    case powersOfTen(fraction: Double)
    case oneTwoFive
    case oneThreeTen

    /// More than two decades between the smallest positive value and the largest.
    static func spansManyDecades(lower: Double, upper: Double, step: Double) -> Bool {
        let smallest = lower > 0 ? lower : step
        return smallest > 0 && upper / smallest > 100
    }

    /// The name `list --json` gives this stepping.
    public var name: String {
        switch self {
        case .linear: "linear"
        case .powersOfTen: "powers-of-ten"
        case .oneTwoFive: "1-2-5"
        case .oneThreeTen: "1-3-10"
        }
    }

    /// The value one press from `value` in `direction` (1 up, -1 down), inside `range`.
    /// `smallest` is the grid's first positive value: the range's bottom, or for a range from 0 the
    /// declared step (λ from 0 goes 0, 0.01, 0.02, 0.05…).
    func step(_ value: Double, by direction: Int, in range: ClosedRange<Double>, smallest: Double, integral: Bool) -> Double {
        let next: Double
        if case .linear(let step) = self {
            next = value + step * Double(direction)
        } else {
            next = gridNeighbour(of: value, up: direction > 0, range: range, smallest: smallest, integral: integral)
        }
        return min(max(next, range.lowerBound), range.upperBound)
    }

    private func gridNeighbour(of value: Double, up: Bool, range: ClosedRange<Double>, smallest: Double,
                               integral: Bool) -> Double {
        // Grid values near the value (or near the grid's start, from 0), in increasing order.
        let anchor = max(value, smallest)
        let decade = Int(Glibc.log10(anchor).rounded(.down))
        let tolerance = 1e-9 * anchor
        let candidates = gridValues(decades: (decade - 2)...(decade + 2), integral: integral)
            .filter { $0 >= smallest - tolerance }
        if up {
            if value < smallest - tolerance { return smallest }
            return candidates.first { $0 > value + tolerance } ?? range.upperBound
        }
        // Under the grid's first value comes the range's bottom (0 for λ).
        return candidates.last { $0 < value - tolerance } ?? range.lowerBound
    }

    private func gridValues(decades: ClosedRange<Int>, integral: Bool) -> [Double] {
        var values: [Double] = []
        for decade in decades {
            let base = Glibc.pow(10, Double(decade))
            switch self {
            case .linear: return []
            case .oneTwoFive: values += [1, 2, 5].map { $0 * base }
            case .oneThreeTen: values += [1, 3].map { $0 * base }
            case .powersOfTen(let fraction):
                let perDecade = max(1, Int((1 / fraction).rounded()))
                values += (0..<perDecade).map { base * Glibc.pow(10, Double($0) / Double(perDecade)) }
            }
        }
        return values.map { integral ? $0.rounded() : Self.threeSignificantDigits($0) }
    }

    static func threeSignificantDigits(_ value: Double) -> Double {
        Double(String(printf: "%.3g", value)) ?? value
    }
}
