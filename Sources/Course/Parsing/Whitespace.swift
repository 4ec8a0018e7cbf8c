extension StringProtocol {
    /// The text without leading and trailing spaces and tabs: the same set as Foundation's
    /// `.whitespaces` (tab and the Unicode space separators, e.g. U+3000 in Chinese text), but
    /// without the round trip through UTF-16 that makes Foundation's trimming the parser's
    /// largest cost on a long lesson.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        var first = scalars.startIndex
        while first != scalars.endIndex, scalars[first].isSpace { first = scalars.index(after: first) }
        guard first != scalars.endIndex else { return "" }
        var end = scalars.endIndex
        while case let last = scalars.index(before: end), scalars[last].isSpace { end = last }
        return String(self[first..<end])
    }
}

extension Unicode.Scalar {
    /// A tab or a space separator (general category Zs).
    var isSpace: Bool {
        if value == 0x20 || value == 0x09 { return true }
        if value < 0x80 { return false }
        return properties.generalCategory == .spaceSeparator
    }
}
