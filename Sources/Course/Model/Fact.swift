/// A number of an experiment's page that the run does not produce — a threshold (`1e-7`), a constant of a
/// formula, theory (`ln 2 = 0.693`), a split (`98/1/1`) — declared on a `fact` line of the experiment block so
/// that the check that every number of the page is quoted or declared can tell it from a number about the run.
public struct Fact: Sendable, Hashable {
    public var number: NumberToken
    public var line: Int

    public init(number: NumberToken, line: Int) {
        self.number = number
        self.line = line
    }
}
