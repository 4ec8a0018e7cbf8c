import DLCore

extension GradientCheckVerdict {
    /// What naming this verdict for the difference `name` commits to, against DLCore's thresholds ("great" below
    /// 1e-6, "bug" at 1e-3 or more, "look closer" between); empty for the verdicts no single difference decides.
    func claims(on name: String) -> [Claim] {
        switch self {
        case .great: [.atMost(name, GradientCheckVerdict.greatBelow)]
        case .lookCloser: [.atLeast(name, GradientCheckVerdict.greatBelow), .atMost(name, GradientCheckVerdict.bugAtOrAbove)]
        case .bug: [.atLeast(name, GradientCheckVerdict.bugAtOrAbove)]
        case .notMeaningful, .inconclusive: []
        }
    }
}
