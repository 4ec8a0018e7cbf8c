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
    static let specific: [String: @Sendable (Frame) -> [String]] = [
        // The spread of accuracy over many dev draws is what √(p(1 − p)/n) says (within a third: the spread is
        // itself measured from a finite number of draws).
        "split.dev-size": { frame in
            guard let measured = frame.findingValue("std_points"), let theory = frame.findingValue("theory_std_points"),
                  let size = frame.findingValue("dev_size"), size >= 10 else { return [] }
            return abs(measured - theory) <= theory / 3 ? [] : ["dev-set spread \(measured) pts against √(p(1−p)/n) = \(theory) pts"]
        },
        // A standard error of a train–dev gap is at least that of the dev error alone (1,000 examples).
        "biasvar.capacity": { frame in
            guard let finding = frame.findings.first(where: { $0.values["d1_variance_se"] != nil }) else { return ["no per-degree values"] }
            return (1...10).compactMap { degree -> String? in
                guard let se = finding.values["d\(degree)_variance_se"] else { return "degree \(degree) has no variance SE" }
                return se >= (0.5 / 1000 * (1 - 0.5 / 1000) / 1000).squareRoot() ? nil : "degree \(degree): variance SE \(se) below the dev set's own"
            }
        },
    ]
}
