import ArgumentParser

/// The value of `--present [NAME]` and `--follow [NAME]`: argument-parser's `defaultAsFlag`
/// options take the next word as the name unless it is an option (or there is none), and then
/// stand for `.omitted`.
enum OptionalName: ExpressibleByArgument, Equatable, CustomStringConvertible {
    case given(String)
    case omitted

    init?(argument: String) {
        self = .given(argument)
    }

    var name: String? {
        if case .given(let name) = self { name } else { nil }
    }

    /// Empty, so help prints no "(default as flag: …)": each option's help says what omitting means.
    var description: String { "" }
}
