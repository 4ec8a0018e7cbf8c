import FoundationEssentials
import TextSupport

/// Reads `glossary.txt`: entries of `key: value` lines under an `[id]` line, separated by blank
/// lines, with `#` comments (the format is described at the top of the shipped file).
/// Every problem is collected with its line, so the linter can list them all.
public enum GlossaryParser {
    static let required = ["en", "zh", "lesson", "en-definition", "zh-definition"]
    static let lists = ["also-en", "also-zh", "not-zh"]

    public static func parse(_ text: String, file: URL) -> (glossary: Glossary, problems: [CourseProblem]) {
        var entries: [GlossaryEntry] = []
        var problems: [CourseProblem] = []
        var current: (id: String, line: Int, fields: [String: (value: String, line: Int)])?
        var seen: [String: Int] = [:]

        func problem(_ line: Int, _ message: String) {
            problems.append(CourseProblem(file: file, line: line, message: message))
        }
        func finish() {
            guard let entry = current else { return }
            current = nil
            let missing = required.filter { entry.fields[$0]?.value.isEmpty ?? true }
            guard missing.isEmpty else {
                problem(entry.line, "glossary entry '\(entry.id)' has no \(missing.joined(separator: ", ")): every entry needs \(required.joined(separator: ", "))")
                return
            }
            func list(_ key: String) -> [String] {
                (entry.fields[key]?.value ?? "").split(separator: ",").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            }
            entries.append(GlossaryEntry(
                id: entry.id, english: entry.fields["en"]!.value, chinese: entry.fields["zh"]!.value,
                otherEnglish: list("also-en"), otherChinese: list("also-zh"), lesson: entry.fields["lesson"]!.value,
                englishDefinition: entry.fields["en-definition"]!.value, chineseDefinition: entry.fields["zh-definition"]!.value,
                wrongChinese: list("not-zh"), line: entry.line))
        }

        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            let line = raw.trimmingSpaces
            if line.isEmpty {
                finish()
                continue
            }
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                finish()
                guard line.hasSuffix("]") else {
                    problem(number, "'\(line)' is not an entry id: write it as [id], e.g. [kink]")
                    continue
                }
                let id = String(line.dropFirst().dropLast()).trimmingSpaces
                guard Identifier.isValid(id) else {
                    problem(number, Identifier.invalidMessage("glossary", id))
                    continue
                }
                if let first = seen[id] {
                    problem(number, "glossary id '\(id)' is used twice (first at line \(first)): give each entry its own id")
                    continue
                }
                seen[id] = number
                current = (id, number, [:])
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                problem(number, "'\(line)' is not a 'key: value' line; keys are \((required + lists).joined(separator: ", "))")
                continue
            }
            let key = line[..<colon].trimmingSpaces
            let value = line[line.index(after: colon)...].trimmingSpaces
            guard current != nil else {
                problem(number, "'\(key):' comes before any entry: start an entry with its [id] line")
                continue
            }
            guard (required + lists).contains(key) else {
                problem(number, "unknown glossary key '\(key)': use one of \((required + lists).joined(separator: ", "))")
                continue
            }
            if let earlier = current?.fields[key] {
                problem(number, "'\(key)' is given twice in entry '\(current!.id)' (first at line \(earlier.line))")
                continue
            }
            current?.fields[key] = (value, number)
        }
        finish()
        return (Glossary(entries: entries), problems)
    }
}
