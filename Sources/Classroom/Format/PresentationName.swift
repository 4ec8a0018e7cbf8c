/// Presentation names become file names in a shared directory: only letters, digits, `-` and `_`.
public enum PresentationName {
    public static let maximumLength = 64

    public static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= maximumLength
            && name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }

    /// Why `name` is refused, or nil when it is fine.
    public static func problem(with name: String) -> String? {
        isValid(name) ? nil
            : "'\(name)' is not a valid presentation name: use 1 to \(maximumLength) letters, digits, '-' or '_'"
    }

    /// A valid name made from something like a login name: other characters become `-`.
    public static func sanitized(_ text: String) -> String {
        let scalars = text.unicodeScalars.prefix(maximumLength).map { scalar -> Character in
            isValid(String(scalar)) ? Character(scalar) : "-"
        }
        let name = String(scalars)
        return name.isEmpty ? "class" : name
    }
}
