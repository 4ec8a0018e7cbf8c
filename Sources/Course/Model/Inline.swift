/// A run of text with one style, inside a paragraph, list item, heading, question or explanation.
///
/// Runs are flat (no nesting) because the tutor maps each one directly to a styled span of the
/// screen buffer; lesson text never needs bold inside italics.
public enum Inline: Sendable, Hashable {
    case plain(String)
    /// `*emphasis*`
    case emphasis(String)
    /// `**strong**`
    case strong(String)
    /// `` `code` ``: knob names, keys, formulas that must stay verbatim.
    case code(String)

    /// The run's text without markup.
    public var text: String {
        switch self {
        case .plain(let text), .emphasis(let text), .strong(let text), .code(let text): text
        }
    }
}

extension Array where Element == Inline {
    /// The runs' text without markup, e.g. for search or width measurement.
    public var plainText: String { map(\.text).joined() }
}
