@testable import Experiments

/// What the theory an experiment states says about its numbers, checked by the claims harness beside the
/// claims themselves: a claim can only be as good as the standard error it is compared with.
enum ClaimsTheory {
    static func problems(id: String, frame: Frame) -> [String] {
        var problems: [String] = []
        for finding in frame.findings {
            for claim in finding.claims {
                switch claim {
                case let .beyondNoise(_, error, _), let .withinNoise(_, error, _):
                    // A noise claim against a zero or missing standard error says nothing about noise.
                    if let se = finding.values[error], !(se > 0) {
                        problems.append("\(claim.formula) compares with a standard error of \(se) in “\(finding.text)”")
                    }
                default: break
                }
            }
        }
        return problems + (specific[id]?(frame) ?? [])
    }

    /// Experiment-specific theory, by experiment id.
    static let specific: [String: @Sendable (Frame) -> [String]] = [:]
}
