/// Inline markup that cannot be right.
enum InlineError: Error, Equatable {
    case unclosedCode(String)

    var message: String {
        switch self {
        case .unclosedCode(let from):
            "inline code starting at '\(from)' is never closed: add the closing '`' (or write \\` for a literal backtick)"
        }
    }
}
