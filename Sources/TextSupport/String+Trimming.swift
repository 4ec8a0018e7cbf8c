/// Trimming without Foundation: the tutor links only FoundationEssentials (Foundation proper brings ICU
/// and CoreFoundation, several megabytes in every session of a class), and trimming was the text helper
/// from it that every target used. Scalar by scalar, without the round trip through UTF-16 that made
/// Foundation's trimming the lesson parser's largest cost on a long lesson.
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs: the same set as Foundation's
    /// `.whitespaces` (tab and the Unicode space separators, e.g. U+3000 in Chinese text).
    public var trimmingSpaces: String { trimming(\.isSpace) }

    /// The text without leading and trailing spaces, tabs and line breaks: Foundation's
    /// `.whitespacesAndNewlines`.
    public var trimmingWhitespace: String { trimming { $0.isSpace || $0.isLineBreak } }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var first = scalars.startIndex
        while first != scalars.endIndex, isTrimmed(scalars[first]) { first = scalars.index(after: first) }
        guard first != scalars.endIndex else { return "" }
        var end = scalars.endIndex
        while case let last = scalars.index(before: end), isTrimmed(scalars[last]) { end = last }
        return String(self[first..<end])
    }
}

extension Unicode.Scalar {
    /// A tab or a space separator (general category Zs).
    public var isSpace: Bool {
        if value == 0x20 || value == 0x09 { return true }
        if value < 0x80 { return false }
        return properties.generalCategory == .spaceSeparator
    }

    /// A line break as Foundation's `.newlines` counts them: U+000A–U+000D, U+0085, U+2028, U+2029.
    public var isLineBreak: Bool {
        (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
    }
}
