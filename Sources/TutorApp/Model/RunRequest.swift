import Experiments

/// A run the tutor asks its host to start: which experiment, with which knobs and seed.
///
/// The token is the model's generation number for runs: every new run gets the next one, so the
/// model can tell frames of the run it shows from late frames of a run it has since replaced.
public struct RunRequest: Equatable, Sendable {
    public let token: Int
    public let experimentID: String
    public let settings: KnobSettings
    public let seed: UInt64

    public init(token: Int, experimentID: String, settings: KnobSettings, seed: UInt64) {
        self.token = token
        self.experimentID = experimentID
        self.settings = settings
        self.seed = seed
    }
}
