import Testing
@testable import Experiments

/// The claims of every finding in `frame` that do not hold for the values they were made from (a
/// missing or non-finite value counts as not holding), as "formula — finding text" for a test message.
func brokenClaims(_ frame: Frame) -> [String] {
    frame.findings.flatMap { finding in
        finding.claims.filter { $0.holds(in: finding.values) != true }.map { "\($0.formula) — \(finding.text)" }
    }
}

/// The finding that carries `name` among its values.
func finding(_ frame: Frame, carrying name: String) -> Finding? {
    frame.findings.first { $0.values[name] != nil }
}

