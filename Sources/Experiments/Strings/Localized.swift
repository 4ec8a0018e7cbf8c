import Localization

/// A piece of an experiment's text in every language the experiments speak, taken from the string
/// tables (`English/`, `Chinese/`) when the experiment is declared: `Localized { $0.l2Title }`.
///
/// Titles, summaries and knob texts are known before any run, so they are held in both languages
/// and the tutor, `dltutor list` and `--json` pick the one they show.
public struct Localized<Value: Sendable & Hashable>: Sendable, Hashable {
    public let english: Value
    public let chinese: Value

    init(_ pick: (any ExperimentStrings) -> Value) {
        english = pick(EnglishStrings())
        chinese = pick(ChineseStrings())
    }

    private init(english: Value, chinese: Value) {
        self.english = english
        self.chinese = chinese
    }

    /// The same value in every language: for test fixtures, whose words nobody reads.
    public static func untranslated(_ value: Value) -> Localized { Localized(english: value, chinese: value) }

    public subscript(_ language: Language) -> Value {
        switch language {
        case .en: english
        case .zh: chinese
        }
    }
}

/// A knob's short label for the knob line and its one line of help.
public struct KnobText: Sendable, Hashable {
    public var label: String
    public var help: String

    public init(_ label: String, _ help: String) {
        self.label = label
        self.help = help
    }
}
