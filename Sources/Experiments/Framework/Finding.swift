/// A short sentence with numbers that says what a run showed, e.g.
/// "dev error 12.0% vs train 1.5%: high variance".
public struct Finding: Sendable, Hashable {
    public enum Tone: String, Sendable, Hashable {
        case info, good, warning, bad
    }

    public var text: String
    public var tone: Tone
    /// The numbers behind the sentence, by name, for `--json` and for tests.
    public var values: [String: Double]
    /// What the sentence asserts about `values` (comparisons, labels beyond noise), checked by the claims
    /// harness at many seeds and knob settings.
    public var claims: [Claim]
    /// Why the sentence states no comparison and no label, for a finding that only reports its numbers and so
    /// carries no claim (`nil` for every other finding). The claims harness fails any finding that has neither
    /// claims nor this reason, so a new verdict cannot skip its claim by accident.
    public var descriptive: String?

    public init(_ text: String, tone: Tone = .info, values: [String: Double] = [:], claims: [Claim] = []) {
        self.text = text
        self.tone = tone
        self.values = values
        self.claims = claims
        self.descriptive = nil
    }

    /// A finding that reports numbers and asserts nothing about them (no comparison, no label), with the reason
    /// it can claim nothing. Its tone is `.info`: a coloured tone is itself a verdict and needs a claim.
    public static func descriptive(_ text: String, values: [String: Double] = [:], because reason: String) -> Finding {
        var finding = Finding(text, tone: .info, values: values)
        finding.descriptive = reason
        return finding
    }
}

/// A small table of results (rows of text under column headings).
public struct ResultTable: Sendable, Hashable {
    public var title: String
    public var columns: [String]
    public var rows: [[String]]

    public init(title: String, columns: [String], rows: [[String]]) {
        self.title = title
        self.columns = columns
        self.rows = rows
    }
}
