import Foundation

/// Number formatting shared by the `debug.*` experiments.
enum DebuggingSupport {
    static func percent(_ fraction: Double) -> String { String(format: "%.1f%%", fraction * 100) }
    static func scientific(_ value: Double) -> String { String(format: "%.1e", value) }
    /// 3 significant digits, scientific only when needed: 0.693, 12.4, 3.2e-07; NaN and ∞ by name.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        if value != 0 && (abs(value) < 1e-3 || abs(value) >= 1e5) { return String(format: "%.2e", value) }
        return String(format: "%.3g", value)
    }
}
