extension KnobValue {
    /// The value in `--json` output: numbers as numbers, choices as strings, toggles as booleans.
    public var json: JSONValue {
        switch self {
        case .number(let number): .number(number)
        case .integer(let number): .number(Double(number))
        case .choice(let text): .string(text)
        case .toggle(let flag): .bool(flag)
        }
    }
}
