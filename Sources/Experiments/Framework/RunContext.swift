import Localization

/// What one run is started with, as plain values: the knob settings, the seed, and the language
/// the run's words are shown in.
///
/// Runs read nothing else, so the same context gives the same numbers. The language reaches every
/// run through its procedure's initializer, which takes its words from `strings`.
public struct RunContext: Sendable, Hashable {
    public var settings: KnobSettings
    public var seed: UInt64
    public var language: Language

    public init(settings: KnobSettings, seed: UInt64, language: Language) {
        self.settings = settings
        self.seed = seed
        self.language = language
    }

    /// The string table of the run's language.
    var strings: any ExperimentStrings { language.experimentStrings }
}
