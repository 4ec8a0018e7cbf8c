/// A JSON document, written by hand so that non-finite numbers (a diverged run's NaN cost) come
/// out as `null` instead of failing the whole encoding, and keys keep a stable order.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    /// A whole number written exactly, digit for digit: a seed (any `UInt64`) or a count. A Double
    /// holds integers exactly only up to 2⁵³.
    case integer(Int128)
    case string(String)
    case array([JSONValue])
    /// Keys in the order given, so output is stable and diffable.
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    public static func numbers(_ values: [Double]) -> JSONValue { .array(values.map { .number($0) }) }

    public func serialized(indent: Int? = nil) -> String {
        var output = ""
        write(into: &output, indent: indent, level: 0)
        return output
    }

    private func write(into output: inout String, indent: Int?, level: Int) {
        let newline = indent == nil ? "" : "\n"
        let pad = { (depth: Int) in String(repeating: " ", count: (indent ?? 0) * depth) }
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let value): output += Self.format(value)
        case .integer(let value): output += String(value)
        case .string(let value): Self.writeString(value, into: &output)
        case .array(let items):
            if items.isEmpty { output += "[]"; return }
            // Arrays of numbers stay on one line: series are long and read better that way.
            let flat = items.allSatisfy {
                switch $0 {
                case .number, .integer, .null: true
                default: false
                }
            }
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += flat ? ", " : "," }
                if !flat { output += newline + pad(level + 1) }
                item.write(into: &output, indent: indent, level: level + 1)
            }
            if !flat { output += newline + pad(level) }
            output += "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { output += "," }
                output += newline + pad(level + 1)
                Self.writeString(key, into: &output)
                output += indent == nil ? ":" : ": "
                value.write(into: &output, indent: indent, level: level + 1)
            }
            output += newline + pad(level) + "}"
        }
    }

    private static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func writeString(_ value: String, into output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
