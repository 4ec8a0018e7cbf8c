/// The rules for stable ids (lessons, pages, checkpoints) and for joining wrapped lines.
enum Identifier {
    /// Lowercase words of letters and digits joined by `-`: `gradient-checking`, `two-sided`, `l2`.
    static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func invalidMessage(_ kind: String, _ id: String) -> String {
        "\(kind) id '\(id)' is not valid: use lowercase letters and digits joined by '-', e.g. 'two-sided'"
    }
}

enum TextJoin {
    /// Joins wrapped source lines into one: with a space, except between two CJK characters,
    /// where Chinese text has no spaces.
    static func join(_ parts: [String]) -> String {
        var result = ""
        for part in parts where !part.isEmpty {
            if let last = result.unicodeScalars.last, let first = part.unicodeScalars.first,
               !(isCJK(last) && isCJK(first)) {
                result += " "
            }
            result += part
        }
        return result
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FFF, 0x3000...0x303F, 0x3040...0x30FF, 0x3100...0x312F, 0x3200...0x9FFF,
             0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFFEF, 0x20000...0x2FFFF:
            true
        default:
            false
        }
    }
}
