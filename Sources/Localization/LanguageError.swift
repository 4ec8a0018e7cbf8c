/// A `--lang` value that names no course language.
public enum LanguageError: Error, Equatable, CustomStringConvertible {
    case unknown(String)

    public var description: String {
        switch self {
        case .unknown(let value):
            "'\(value)' is not a course language: use " + Language.allCases.map(\.rawValue).joined(separator: " or ")
        }
    }
}
