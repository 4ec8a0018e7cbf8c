/// One terminal cell.
///
/// A wide character occupies its own cell plus the cell to its right, which holds `continuation`
/// so that nobody draws into the second half of a wide character by accident.
public struct Cell: Sendable, Hashable {
    /// The grapheme shown in this cell; empty for the right half of a wide character.
    public var symbol: String
    public var style: Style

    public init(_ symbol: String = " ", style: Style = .plain) {
        self.symbol = symbol
        self.style = style
    }

    public static let blank = Cell()
    public static let continuation = Cell("")

    public var isContinuation: Bool { symbol.isEmpty }
}
