import FoundationEssentials
import TextSupport

/// The compact number formats the experiments use in their findings, titles and tables.
///
/// Each experiment group used to carry its own copy of these (`DebuggingSupport`, the formatters of
/// `InitializationSupport`, `BiasVarianceText.percent`, `GradientCheckingFormat`, `regularizationFormat`
/// and several file-private ones); they produced the same text, so they live here once.
enum NumberText {
    /// A fraction as a percentage with one decimal: 0.1234 → "12.3%".
    static func percent(_ fraction: Double) -> String { String(printf: "%.1f%%", fraction * 100) }

    /// `digits` decimals: fixed(3.14159, 2) → "3.14".
    static func fixed(_ value: Double, _ digits: Int = 1) -> String { String(printf: "%.\(digits)f", value) }

    /// Scientific notation with `digits` decimals: scientific(0.000123) → "1.2e-04".
    static func scientific(_ value: Double, _ digits: Int = 1) -> String { String(printf: "%.\(digits)e", value) }

    /// 3 significant digits, scientific only when needed: 0.693, 12.4, 3.2e-07; NaN and ∞ by name.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "−∞") }
        if value != 0 && (abs(value) < 1e-3 || abs(value) >= 1e5) { return String(printf: "%.2e", value) }
        return String(printf: "%.3g", value)
    }
}
