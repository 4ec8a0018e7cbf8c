import FoundationEssentials
import TextSupport
import Localization

/// One of a run's headline numbers: a value its findings quote, as they quote it ("12.0"), named by
/// the key it has among the findings' values. Comparisons of runs put these side by side.
public struct Headline: Sendable, Hashable {
    /// The key of the value among the findings' values, e.g. `dev_error_percent`.
    public var name: String
    public var value: Double
    /// The value written as the finding writes it.
    public var text: String

    public init(name: String, value: Double, text: String) {
        self.name = name
        self.value = value
        self.text = text
    }

    /// The short column heading for this number in `language` (see `HeadlineLabels`).
    public func label(_ language: Language) -> String { HeadlineLabels.label(name, language) }
}

/// Which of a run's finding values are its headline numbers, and how its findings write them.
///
/// Each experiment's procedure lists these once (`RunProcedure.headlines`); `SteppedRun` reads the
/// values from the findings of every frame, so a headline is always the number a finding holds,
/// never parsed back out of a sentence.
public struct HeadlineSpec: Sendable, Hashable {
    public enum Format: Sendable, Hashable {
        /// `digits` decimals: 12.0
        case fixed(Int)
        /// A fraction as a percentage with one decimal: 0.123 → 12.3%
        case percent
        /// Scientific with `digits` decimals: 3.0e-09
        case scientific(Int)
        /// Three significant digits, scientific only when needed: 0.0728, 7.29e-06
        case short
        /// A whole number: 51
        case integer
    }

    public var name: String
    public var format: Format

    public init(_ name: String, _ format: Format) {
        self.name = name
        self.format = format
    }

    /// The headline from the first finding that holds this value, if a finite one does.
    public func read(_ findings: [Finding]) -> Headline? {
        guard let value = findings.lazy.compactMap({ $0.values[name] }).first, value.isFinite else { return nil }
        return Headline(name: name, value: value, text: text(value))
    }

    /// `value` written in this format.
    public func text(_ value: Double) -> String {
        switch format {
        case .fixed(let digits): NumberText.fixed(value, digits)
        case .percent: NumberText.percent(value)
        case .scientific(let digits): NumberText.scientific(value, digits)
        case .short: NumberText.short(value)
        case .integer: String(printf: "%.0f", value)
        }
    }
}
