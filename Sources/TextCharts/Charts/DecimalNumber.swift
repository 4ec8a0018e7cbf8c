/// A number held exactly as `significand × 10^exponent`, so tick labels print as "0.25" and
/// "1e-7" instead of the binary-floating-point noise of "0.25000000001" or "1.0000000000000001e-07".
///
/// Ticks are built as integer multiples of a nice step, so they stay exact all the way to the label.
public struct DecimalNumber: Sendable, Hashable, CustomStringConvertible {
    public var significand: Int
    public var exponent: Int

    public init(significand: Int, exponent: Int) {
        var significand = significand
        var exponent = exponent
        if significand == 0 {
            exponent = 0
        } else {
            while significand % 10 == 0 {
                significand /= 10
                exponent += 1
            }
        }
        self.significand = significand
        self.exponent = exponent
    }

    /// `value` rounded to `digits` significant digits; nil for NaN and ±∞.
    public init?(_ value: Double, significantDigits digits: Int = 3) {
        guard value.isFinite else { return nil }
        guard value != 0 else {
            self.init(significand: 0, exponent: 0)
            return
        }
        let digits = min(max(1, digits), 15)
        var power = Int((abs(value).log10Floor()))
        var scaled = (abs(value) / DecimalNumber.power(power - digits + 1)).rounded()
        if scaled >= DecimalNumber.power(digits) {  // 9.995 rounded up to 10.0
            power += 1
            scaled = (abs(value) / DecimalNumber.power(power - digits + 1)).rounded()
        }
        self.init(significand: Int(scaled) * (value < 0 ? -1 : 1), exponent: power - digits + 1)
    }

    public var doubleValue: Double { Double(significand) * DecimalNumber.power(exponent) }

    /// The power of ten of the leading digit: 2 for 345, -3 for 0.00125.
    public var magnitude: Int {
        guard significand != 0 else { return 0 }
        return exponent + String(abs(significand)).count - 1
    }

    /// Plain decimal for everyday magnitudes (0.01 … 9999), scientific otherwise, whichever the
    /// reader takes in at a glance: "0.25", "412", "1e-7", "2.5e6".
    public var description: String {
        if significand == 0 { return "0" }
        if magnitude >= -2 && magnitude <= 3 { return plain }
        return scientific
    }

    /// The number with a decimal point and no exponent: "0.0000001", "2500000".
    public var plain: String {
        let sign = significand < 0 ? "-" : ""
        let digits = String(abs(significand))
        if exponent >= 0 { return sign + digits + String(repeating: "0", count: exponent) }
        let fractionDigits = -exponent
        if digits.count > fractionDigits {
            let split = digits.index(digits.endIndex, offsetBy: -fractionDigits)
            return sign + digits[..<split] + "." + digits[split...]
        }
        return sign + "0." + String(repeating: "0", count: fractionDigits - digits.count) + digits
    }

    /// The number as mantissa and power of ten: "1e-7", "2.5e6", "-3.14e-12".
    public var scientific: String {
        let sign = significand < 0 ? "-" : ""
        let digits = String(abs(significand))
        let mantissa = digits.count == 1 ? digits : String(digits.prefix(1)) + "." + digits.dropFirst()
        return sign + mantissa + "e" + String(magnitude)
    }

    static func power(_ exponent: Int) -> Double {
        // Exact for |exponent| ≤ 22, which covers every label a chart prints.
        var result = 1.0
        if exponent >= 0 {
            for _ in 0..<exponent { result *= 10 }
        } else {
            for _ in 0..<(-exponent) { result *= 10 }
            result = 1 / result
        }
        return result
    }
}

extension Double {
    /// ⌊log10(self)⌋ that is right at exact powers of ten, where `log10` may land a hair below.
    func log10Floor() -> Double {
        var power = (Self.log10(self)).rounded(.down)
        let lower = DecimalNumber.power(Int(power))
        if lower > self { power -= 1 } else if DecimalNumber.power(Int(power) + 1) <= self { power += 1 }
        return power
    }

    static func log10(_ value: Double) -> Double { ChartMath.log10(value) }
}

/// Compact labels for any value a chart shows: legends, notes, bar values.
public enum NumberFormat {
    /// `value` in at most `digits` significant digits, e.g. 0.333 → "0.333", 1.2e-9 → "1.2e-9",
    /// NaN → "NaN", ∞ → "∞" (or "inf" in ASCII).
    public static func compact(_ value: Double, significantDigits digits: Int = 3, ascii: Bool = false) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return (value < 0 ? "-" : "") + (ascii ? "inf" : "∞") }
        return DecimalNumber(value, significantDigits: digits)!.description
    }
}
