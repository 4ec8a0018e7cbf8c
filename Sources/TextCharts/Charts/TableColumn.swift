/// A column of a table: its header and which side its cells line up on (numbers on the right).
public struct TableColumn: Sendable, Hashable {
    public enum Alignment: Sendable, Hashable { case left, right }

    public var title: String
    public var alignment: Alignment

    public init(_ title: String, alignment: Alignment = .left) {
        self.title = title
        self.alignment = alignment
    }
}
