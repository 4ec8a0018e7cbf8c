import Experiments
import Localization

/// A run the tutor asks its host to start: which experiment, with which knobs and seed, and the
/// language of the course it is shown in.
///
/// The token is the model's generation number for runs: every new run gets the next one, so the
/// model can tell frames of the run it shows from late frames of a run it has since replaced.
public struct RunRequest: Equatable, Sendable {
    public let token: Int
    public let experimentID: String
    public let settings: KnobSettings
    public let seed: UInt64
    public let language: Language

    public init(token: Int, experimentID: String, settings: KnobSettings, seed: UInt64, language: Language) {
        self.token = token
        self.experimentID = experimentID
        self.settings = settings
        self.seed = seed
        self.language = language
    }
}
