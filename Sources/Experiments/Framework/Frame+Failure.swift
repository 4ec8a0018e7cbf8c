import Localization

extension Frame {
    /// When a run went wrong.
    public enum FailurePhase: Sendable {
        case setUp
        case step
    }

    /// The frame of a run that failed: what it had shown so far (nothing if it failed to set up)
    /// and one finding naming the error, so the student sees why instead of a crash.
    public static func failure(_ error: any Error, during phase: FailurePhase, after shown: Frame = Frame(),
                               language: Language) -> Frame {
        let strings = language.experimentStrings
        let text = switch phase {
        case .setUp: strings.runCouldNotStart(String(describing: error))
        case .step: strings.runCouldNotFinish(String(describing: error))
        }
        var frame = shown
        frame.findings = [Finding(text, tone: .bad)]
        frame.headlines = []
        frame.progress = 1
        return frame
    }
}
