import Foundation
import Localization

/// Reads a lesson file (the format of `Lessons/FORMAT.md`) into a `Lesson`.
///
/// Hand-written rather than a Markdown library: the format is small, and owning the parser lets
/// every error name the exact line and say how to fix it, which matters to lesson authors who are
/// not programmers. The parser stops at the first error.
public enum LessonParser {
    /// Parses `text`; `file` gives the expected lesson id (its name without `.md`) and the place
    /// named in errors.
    public static func parse(_ text: String, file: URL, language: Language) throws(LessonError) -> Lesson {
        var state = ParserState(text: text, file: file)
        return try state.parse(language: language)
    }

    /// Reads and parses a lesson file; an unreadable file is a `LessonError` at line 1.
    public static func parse(file: URL, language: Language) throws(LessonError) -> Lesson {
        let text: String
        do {
            let data = try Data(contentsOf: file)
            guard let decoded = String(data: data, encoding: .utf8) else {
                throw LessonError(file: file, line: 1, message: "the file is not valid UTF-8 text: save it as UTF-8")
            }
            text = decoded
        } catch let error as LessonError {
            throw error
        } catch {
            throw LessonError(file: file, line: 1,
                              message: "the file cannot be read (\(error.localizedDescription)): check that it exists and is readable")
        }
        return try parse(text, file: file, language: language)
    }
}

private struct ParserState {
    let file: URL
    let lines: [String]
    var title: String?

    init(text: String, file: URL) {
        self.file = file
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { scalars in
            var line = String(String.UnicodeScalarView(scalars))
            if line.hasSuffix("\r") { line.removeLast() }
            return line
        }
    }

    func error(_ line: Int, _ message: String) -> LessonError {
        LessonError(file: file, line: line, message: message, lessonTitle: title)
    }

    // MARK: Front matter

    mutating func parse(language: Language) throws(LessonError) -> Lesson {
        let expectedID = file.deletingPathExtension().lastPathComponent
        let frontMatterHelp = "a lesson file starts with front matter: a line '---', then 'id: \(expectedID)', 'title: …', 'summary: …', then '---'"
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else {
            throw error(1, frontMatterHelp)
        }
        var fields: [String: (value: String, line: Int)] = [:]
        var index = 1
        var closed = false
        while index < lines.count {
            let line = lines[index]
            let lineNumber = index + 1
            index += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" { closed = true; break }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw error(lineNumber, "'\(trimmed)' is not a front matter field: write 'key: value' (id, title or summary), and end the front matter with '---'")
            }
            let key = trimmed[..<colon].trimmingCharacters(in: .whitespaces)
            var value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, (value.hasPrefix("\"") && value.hasSuffix("\"")) || (value.hasPrefix("'") && value.hasSuffix("'")) {
                value = String(value.dropFirst().dropLast())
            }
            guard ["id", "title", "summary"].contains(key) else {
                throw error(lineNumber, "unknown front matter field '\(key)': only id, title and summary are allowed")
            }
            if let previous = fields[key] {
                throw error(lineNumber, "front matter field '\(key)' is already given at line \(previous.line): keep only one")
            }
            guard !value.isEmpty else {
                throw error(lineNumber, "front matter field '\(key)' is empty: write its value after '\(key): '")
            }
            fields[key] = (value, lineNumber)
            if key == "title" { title = value }
        }
        guard closed else {
            throw error(1, "the front matter is never closed: add a line '---' after the summary")
        }
        let closingLine = index
        for key in ["id", "title", "summary"] where fields[key] == nil {
            throw error(closingLine, "the front matter has no '\(key)': add a line '\(key): …' before this '---'")
        }
        let id = fields["id"]!
        guard Identifier.isValid(id.value) else { throw error(id.line, Identifier.invalidMessage("lesson", id.value)) }
        guard id.value == expectedID else {
            throw error(id.line, "the lesson id '\(id.value)' does not match the file name '\(file.lastPathComponent)': rename the file to '\(id.value).md' or set 'id: \(expectedID)' (ids are stable: progress is saved by them)")
        }
        let pages = try parseBody(from: index)
        return Lesson(id: id.value, title: fields["title"]!.value, summary: fields["summary"]!.value,
                      language: language, pages: pages, sourceFile: file)
    }

    // MARK: Body

    private struct OpenPage {
        var id: String
        var title: String
        var line: Int
        var blocks: [Block] = []
        var experimentLine: Int?
    }

    private enum ListKind: Equatable { case bullet, ordered }

    private struct OpenList {
        var kind: ListKind
        var start: Int
        var items: [(parts: [String], line: Int)]
        var blankSeen = false
    }

    func inlines(_ text: String, line: Int) throws(LessonError) -> [Inline] {
        do {
            return try Inline.parseChecked(text)
        } catch {
            throw self.error(line, error.message)
        }
    }

    func parseBody(from start: Int) throws(LessonError) -> [Page] {
        var pages: [Page] = []
        var pageLines: [String: Int] = [:]
        var checkpointLines: [String: Int] = [:]
        var page: OpenPage?
        var paragraph: (parts: [String], line: Int)?
        var list: OpenList?

        func flushParagraph() throws(LessonError) {
            guard let open = paragraph else { return }
            paragraph = nil
            page!.blocks.append(.paragraph(try inlines(TextJoin.join(open.parts), line: open.line)))
        }
        func flushList() throws(LessonError) {
            guard let open = list else { return }
            list = nil
            var items: [[Inline]] = []
            for item in open.items { items.append(try inlines(TextJoin.join(item.parts), line: item.line)) }
            page!.blocks.append(open.kind == .bullet ? .list(items) : .orderedList(start: open.start, items: items))
        }
        func finishPage() throws(LessonError) {
            guard page != nil else { return }
            try flushParagraph()
            try flushList()
            let open = page!
            guard !open.blocks.isEmpty else {
                throw error(open.line, "page '\(open.id)' is empty: write its text below the heading, or remove the heading")
            }
            pages.append(Page(id: open.id, title: open.title, blocks: open.blocks, line: open.line))
            page = nil
        }

        var index = start
        while index < lines.count {
            let raw = lines[index]
            let lineNumber = index + 1
            index += 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            let indented = raw.first == " " || raw.first == "\t"

            if trimmed.isEmpty {
                try flushParagraph()
                list?.blankSeen = true
                continue
            }
            if page == nil, !trimmed.hasPrefix("#") {
                throw error(lineNumber, "text before the first page: start a page with '## Title {#page-id}' above it")
            }

            // Fenced blocks.
            if trimmed.hasPrefix("```") {
                try flushParagraph()
                try flushList()
                let fence = trimmed.prefix { $0 == "`" }.count
                let info = trimmed.dropFirst(fence).trimmingCharacters(in: .whitespaces)
                var body: [(text: String, line: Int)] = []
                var closed = false
                while index < lines.count {
                    let line = lines[index]
                    index += 1
                    let t = line.trimmingCharacters(in: .whitespaces)
                    if t.count >= fence, t.allSatisfy({ $0 == "`" }) { closed = true; break }
                    body.append((line, index))
                }
                guard closed else {
                    throw error(lineNumber, "this code block is never closed: add a line with \(String(repeating: "`", count: fence)) after its last line")
                }
                let words = info.split(whereSeparator: \.isWhitespace).map(String.init)
                switch words.first {
                case "experiment":
                    let embed = try parseExperiment(words: words, body: body, line: lineNumber)
                    if let previous = page!.experimentLine {
                        throw error(lineNumber, "page '\(page!.id)' already embeds an experiment at line \(previous): a page shows at most one experiment; move this one to a new page ('## Title {#page-id}')")
                    }
                    page!.experimentLine = lineNumber
                    page!.blocks.append(.experiment(embed))
                case "checkpoint":
                    let checkpoint = try parseCheckpoint(words: words, body: body, line: lineNumber)
                    if let previous = checkpointLines[checkpoint.id] {
                        throw error(lineNumber, "checkpoint id '\(checkpoint.id)' is already used at line \(previous): checkpoint ids must be unique within a lesson")
                    }
                    checkpointLines[checkpoint.id] = lineNumber
                    page!.blocks.append(.checkpoint(checkpoint))
                default:
                    page!.blocks.append(.code(language: words.first, text: body.map(\.text).joined(separator: "\n")))
                }
                continue
            }

            // Headings.
            if let level = headingLevel(trimmed), !indented {
                let text = trimmed.dropFirst(level).trimmingCharacters(in: .whitespaces)
                switch level {
                case 2:
                    try finishPage()
                    let (title, id) = try pageHeading(text, line: lineNumber)
                    if let previous = pageLines[id] {
                        throw error(lineNumber, "page id '\(id)' is already used at line \(previous): page ids must be unique within a lesson")
                    }
                    pageLines[id] = lineNumber
                    page = OpenPage(id: id, title: title, line: lineNumber)
                case 3:
                    if page == nil {
                        throw error(lineNumber, "text before the first page: start a page with '## Title {#page-id}' above it")
                    }
                    try flushParagraph()
                    try flushList()
                    var heading = text
                    // An id on a subheading (`### Why {#why}`) is allowed and not shown.
                    if heading.hasSuffix("}"), let open = heading.range(of: "{#", options: .backwards) {
                        heading = heading[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
                    }
                    guard !heading.isEmpty else { throw error(lineNumber, "this subheading is empty: write its text after '### '") }
                    page!.blocks.append(.heading(try inlines(heading, line: lineNumber)))
                case 1:
                    throw error(lineNumber, "'# ' headings are not used in lessons: the title comes from the front matter; start a page with '## Title {#page-id}' or a subheading with '### '")
                default:
                    throw error(lineNumber, "only '##' (page) and '###' (subheading) headings are allowed: write '### ' instead of '\(String(repeating: "#", count: level)) '")
                }
                continue
            }
            if page == nil {
                throw error(lineNumber, "text before the first page: start a page with '## Title {#page-id}' above it")
            }

            // Lists.
            if let item = listItem(trimmed) {
                if indented, list != nil, !(list!.blankSeen) {
                    throw error(lineNumber, "nested lists are not supported: start this item at the beginning of the line, or write it as text of the item above")
                }
                try flushParagraph()
                if var open = list, open.kind == item.kind {
                    open.items.append(([item.text], lineNumber))
                    open.blankSeen = false
                    list = open
                } else {
                    try flushList()
                    list = OpenList(kind: item.kind, start: item.number, items: [([item.text], lineNumber)])
                }
                continue
            }
            if var open = list {
                // Continuation of the last item: indented, or a lazy line right below it.
                if indented || !open.blankSeen {
                    open.items[open.items.count - 1].parts.append(trimmed)
                    open.blankSeen = false
                    list = open
                    continue
                }
                try flushList()
            }

            // Paragraph text.
            if paragraph == nil { paragraph = ([], lineNumber) }
            paragraph!.parts.append(trimmed)
        }
        try finishPage()
        guard !pages.isEmpty else {
            let last = lines.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0
            throw error(last + 1, "the lesson has no pages: add a page with '## Title {#page-id}' and its text")
        }
        return pages
    }

    func headingLevel(_ trimmed: String) -> Int? {
        let level = trimmed.prefix { $0 == "#" }.count
        guard level > 0 else { return nil }
        let rest = trimmed.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return level
    }

    func pageHeading(_ text: String, line: Int) throws(LessonError) -> (String, String) {
        guard text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) else {
            let suggestion = text.isEmpty ? "…" : text
            throw error(line, "page heading '## \(text)' has no id: end it with '{#page-id}', e.g. '## \(suggestion) {#\(Self.suggestID(text))}'")
        }
        let id = String(text[open.upperBound..<text.index(before: text.endIndex)]).trimmingCharacters(in: .whitespaces)
        let title = text[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
        guard Identifier.isValid(id) else { throw error(line, Identifier.invalidMessage("page", id)) }
        guard !title.isEmpty else { throw error(line, "page '\(id)' has no title: write it between '## ' and '{#\(id)}'") }
        _ = try inlines(title, line: line)
        return (title, id)
    }

    static func suggestID(_ title: String) -> String {
        let words = title.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        let id = words.prefix(3).joined(separator: "-")
        return id.isEmpty ? "page-id" : id
    }

    private func listItem(_ trimmed: String) -> (kind: ListKind, number: Int, text: String)? {
        if trimmed.hasPrefix("- ") || trimmed == "-" {
            return (.bullet, 1, trimmed.dropFirst(1).trimmingCharacters(in: .whitespaces))
        }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = trimmed.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest == "." else { return nil }
        return (.ordered, Int(digits)!, rest.dropFirst().trimmingCharacters(in: .whitespaces))
    }

    // MARK: Experiment and checkpoint blocks

    func parseExperiment(words: [String], body: [(text: String, line: Int)], line: Int) throws(LessonError) -> ExperimentEmbed {
        guard words.count >= 2 else {
            throw error(line, "this experiment block names no experiment: write its id after the fence, e.g. '```experiment gradcheck.epsilon'")
        }
        guard words.count == 2 else {
            throw error(line, "unexpected text after the experiment id '\(words[1])': the fence line is '```experiment ID'; put knob presets on their own lines as 'knob = value'")
        }
        var presets: [KnobPreset] = []
        for entry in body {
            let text = entry.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            guard let equals = text.firstIndex(of: "=") else {
                throw error(entry.line, "'\(text)' is not a knob preset: write one 'knob = value' per line, e.g. 'theta = 1'")
            }
            let name = text[..<equals].trimmingCharacters(in: .whitespaces)
            let value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else {
                throw error(entry.line, "'\(text)' has no knob name: write it as 'knob = value', e.g. 'theta = 1'")
            }
            guard !value.isEmpty else {
                throw error(entry.line, "knob '\(name)' has no value: write it after '=', e.g. '\(name) = 1'")
            }
            if let previous = presets.first(where: { $0.name == name }) {
                throw error(entry.line, "knob '\(name)' is already set at line \(previous.line): set each knob once")
            }
            presets.append(KnobPreset(name: name, value: value, line: entry.line))
        }
        return ExperimentEmbed(experimentID: words[1], presets: presets, line: line)
    }

    func parseCheckpoint(words: [String], body: [(text: String, line: Int)], line: Int) throws(LessonError) -> Checkpoint {
        guard words.count >= 2 else {
            throw error(line, "this checkpoint has no id: write it after the fence, e.g. '```checkpoint two-sided-order'")
        }
        let id = words[1]
        guard words.count == 2 else {
            throw error(line, "unexpected text after checkpoint id '\(id)': the fence line is '```checkpoint ID'; write the question on the next line, starting with '? '")
        }
        guard Identifier.isValid(id) else { throw error(line, Identifier.invalidMessage("checkpoint", id)) }
        var question: [String] = []
        var explanation: [String] = []
        var options: [(text: String, correct: Bool, line: Int)] = []
        var numeric: (answer: Double, tolerance: Double, line: Int)?
        for entry in body {
            let text = entry.text.trimmingCharacters(in: .whitespaces)
            if text.isEmpty { continue }
            let marker = text.first!
            let rest = text.dropFirst().trimmingCharacters(in: .whitespaces)
            switch marker {
            case "?":
                question.append(rest)
            case ">":
                explanation.append(rest)
            case "-", "*":
                guard !rest.isEmpty else {
                    throw error(entry.line, "empty choice in checkpoint '\(id)': write the choice's text after '\(marker) '")
                }
                _ = try inlines(rest, line: entry.line)
                options.append((rest, marker == "*", entry.line))
            case "=":
                if let numeric {
                    throw error(entry.line, "checkpoint '\(id)' already has a numeric answer at line \(numeric.line): give one '= answer' line")
                }
                numeric = try parseNumericAnswer(rest, checkpoint: id, line: entry.line)
            default:
                throw error(entry.line, "'\(text)' is not part of a checkpoint: start the line with '? ' (question), '- ' or '* ' (wrong or right choice), '= ' (numeric answer) or '> ' (explanation)")
            }
        }
        let questionText = TextJoin.join(question)
        guard !questionText.isEmpty else {
            throw error(line, "checkpoint '\(id)' has no question: add a line starting with '? '")
        }
        _ = try inlines(questionText, line: line)
        let answer: Checkpoint.Answer
        if let numeric {
            guard options.isEmpty else {
                throw error(options[0].line, "checkpoint '\(id)' has both choices and a numeric answer (line \(numeric.line)): keep either the '- '/'* ' choices or the '= ' line")
            }
            answer = .numeric(answer: numeric.answer, tolerance: numeric.tolerance)
        } else {
            guard !options.isEmpty else {
                throw error(line, "checkpoint '\(id)' has no answer: add choices ('- wrong', '* right') or a numeric answer ('= 3.0001')")
            }
            let correct = options.indices.filter { options[$0].correct }
            guard options.count >= 2 else {
                throw error(options[0].line, "checkpoint '\(id)' has only one choice: add at least one more ('- ' for wrong, '* ' for right)")
            }
            guard !correct.isEmpty else {
                throw error(line, "checkpoint '\(id)' has no correct answer: mark the right choice with '* ' instead of '- '")
            }
            guard correct.count == 1 else {
                let at = correct.map { String(options[$0].line) }.joined(separator: ", ")
                throw error(options[correct[1]].line, "checkpoint '\(id)' has \(correct.count) choices marked right (lines \(at)): mark exactly one with '* ' and the others with '- '")
            }
            answer = .choice(options: options.map(\.text), correct: correct[0])
        }
        let explanationText = TextJoin.join(explanation)
        guard !explanationText.isEmpty else {
            throw error(line, "checkpoint '\(id)' has no explanation: add lines starting with '> ' that say why the answer is right")
        }
        _ = try inlines(explanationText, line: line)
        return Checkpoint(id: id, question: questionText, answer: answer, explanation: explanationText, line: line)
    }

    func parseNumericAnswer(_ text: String, checkpoint id: String, line: Int) throws(LessonError) -> (Double, Double, Int) {
        let help = "write it as '= 3.0001' or, with a tolerance, '= 3.0001 ± 0.00005'"
        var answerText = text
        var toleranceText: String?
        for separator in ["±", "+-", "+/-"] {
            if let range = text.range(of: separator) {
                answerText = text[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                toleranceText = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
                break
            }
        }
        func number(_ s: String) -> Double? {
            guard let value = Double(s.replacingOccurrences(of: "−", with: "-")), value.isFinite else { return nil }
            return value
        }
        guard let answer = number(answerText) else {
            throw error(line, "'\(answerText)' is not a number, so checkpoint '\(id)' has no valid answer: \(help)")
        }
        let tolerance: Double
        if let toleranceText {
            guard let value = number(toleranceText), value >= 0 else {
                throw error(line, "the tolerance '\(toleranceText)' of checkpoint '\(id)' is not a non-negative number: \(help)")
            }
            tolerance = value
        } else {
            tolerance = Self.impliedTolerance(answerText)
        }
        return (answer, tolerance, line)
    }

    /// Without `±`, an answer is as precise as it is written: half a unit of its last digit
    /// (`3.0001` → 0.00005, `10000` → 0.5, `1e-7` → 0.5e-7).
    static func impliedTolerance(_ text: String) -> Double {
        let lowered = text.lowercased()
        let parts = lowered.split(separator: "e", maxSplits: 1)
        let mantissa = parts.first.map(String.init) ?? lowered
        let exponent = parts.count == 2 ? Double(parts[1]) ?? 0 : 0
        let decimals = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let places = decimals.count == 2 ? decimals[1].count : 0
        return 0.5 * pow(10, exponent - Double(places))
    }
}
