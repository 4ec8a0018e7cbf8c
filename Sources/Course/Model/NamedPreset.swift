/// A setting the page's text asks for ("set λ to 0.7"), declared in the experiment block as
/// `preset NAME: knob = value, knob = value` (or `preset knob = value` without a name), which the
/// student applies with one key instead of hunting for the knobs.
///
/// Like `KnobPreset`, values stay text: the linter checks them against the experiment's knobs.
public struct NamedPreset: Sendable, Hashable {
    /// What the panel shows; nil to show the settings themselves ("lambda = 0").
    public var name: String?
    public var settings: [KnobPreset]
    public var line: Int

    /// As many as the tutor has keys for them (`Keymap.presetKeys`; a test keeps the two equal).
    public static let maximumPerExperiment = 3

    public init(name: String?, settings: [KnobPreset], line: Int) {
        self.name = name
        self.settings = settings
        self.line = line
    }

    /// "lambda = 0, hidden = 20": the settings as the lesson writes them.
    public var settingsText: String { settings.map { "\($0.name) = \($0.value)" }.joined(separator: ", ") }

    /// The name, or the settings when the preset has none.
    public var title: String { name ?? settingsText }
}
