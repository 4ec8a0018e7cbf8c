import FoundationEssentials
import Glibc
import TextSupport
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

    /// Reads and parses a lesson file; an unreadable, oversized or non-UTF-8 file is a
    /// `LessonError` (at the line of the first invalid byte for bad UTF-8, else line 1).
    public static func parse(file: URL, language: Language) throws(LessonError) -> Lesson {
        let text: String
        do {
            text = try TextFile.readText(file, limit: FileSizeLimit.lesson)
        } catch {
            let message = error.line == nil ? "the file cannot be read: \(error.message)" : error.message
            throw LessonError(file: file, line: error.line ?? 1, message: message)
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
        lines = Self.splitLines(text)
    }

    /// The lines of `text` without their `\n` or `\r\n`. Split on UTF-8 bytes: in a String "\r\n"
    /// is one Character, and building lines scalar by scalar would be the parser's largest cost.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == 0x0A {
                lines.append(line(text, from: start, to: index))
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        lines.append(line(text, from: start, to: utf8.endIndex))
        return lines
    }

    private static func line(_ text: String, from start: String.Index, to end: String.Index) -> String {
        var end = end
        if end > start, text.utf8[text.utf8.index(before: end)] == 0x0D { end = text.utf8.index(before: end) }
        return String(text[start..<end])
    }

    func error(_ line: Int, _ message: String) -> LessonError {
        LessonError(file: file, line: line, message: message, lessonTitle: title)
    }

    /// NUL, escape and the other control characters (tab aside) are invisible in an editor, and
    /// sent to a terminal they can move the cursor or change its state: a lesson may not hold them.
    /// (One pass over the UTF-8 bytes; the line is counted only when one is found.)
    func rejectControlCharacters() throws(LessonError) {
        for (index, line) in lines.enumerated() {
            var bytes = line.utf8.makeIterator()
            var previous: UInt8 = 0
            var bad: UInt32?
            while let byte = bytes.next() {
                if byte < 0x20 && byte != 0x09 || byte == 0x7F { bad = UInt32(byte); break }
                // C1 controls U+0080…U+009F are C2 80…C2 9F in UTF-8.
                if previous == 0xC2, (0x80...0x9F).contains(byte) { bad = UInt32(byte); break }
                previous = byte
            }
            guard let bad else { continue }
            let code = String(printf: "U+%04X", bad)
            let name = bad == 0 ? "a NUL character" : bad == 0x0D ? "a carriage return in mid-line" : "the control character \(code)"
            throw error(index + 1, "this line contains \(name) (\(code)), which cannot be shown: delete it (tabs and line ends are fine)")
        }
    }

    // MARK: Front matter

    mutating func parse(language: Language) throws(LessonError) -> Lesson {
        try rejectControlCharacters()
        let expectedID = file.deletingPathExtension().lastPathComponent
        let frontMatterHelp = "a lesson file starts with front matter: a line '---', then 'id: \(expectedID)', 'title: …', 'summary: …', then '---'"
        guard let first = lines.first, first.trimmingSpaces == "---" else {
            throw error(1, frontMatterHelp)
        }
        var fields: [String: (value: String, line: Int)] = [:]
        var index = 1
        var closed = false
        while index < lines.count {
            let line = lines[index]
            let lineNumber = index + 1
            index += 1
            let trimmed = line.trimmingSpaces
            if trimmed == "---" { closed = true; break }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else {
                throw error(lineNumber, "'\(trimmed)' is not a front matter field: write 'key: value' (id, title or summary), and end the front matter with '---'")
            }
            let key = trimmed[..<colon].trimmingSpaces
            var value = trimmed[trimmed.index(after: colon)...].trimmingSpaces
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
        var exerciseLine: Int?
    }

    private enum ListKind: Equatable { case bullet, ordered }

    private struct OpenList {
        var kind: ListKind
        var start: Int
        var items: [(parts: [String], line: Int)]
        var blankSeen = false
    }

    /// What the body has read so far: finished pages, the page being read and its open paragraph
    /// or list. Everything is mutated in place (never copied out and back), so reading stays
    /// linear in the size of the lesson however long a list or paragraph gets.
    private struct OpenBody {
        var pages: [Page] = []
        var pageLines: [String: Int] = [:]
        var checkpointLines: [String: Int] = [:]
        var page: OpenPage?
        var paragraph: (parts: [String], line: Int)?
        var list: OpenList?
    }

    func inlines(_ text: String, line: Int) throws(LessonError) -> [Inline] {
        do {
            return try Inline.parseChecked(text)
        } catch {
            throw self.error(line, error.message)
        }
    }

    /// Reads the pages after the front matter, one line (or one fenced block) at a time.
    func parseBody(from start: Int) throws(LessonError) -> [Page] {
        var body = OpenBody()
        var index = start
        while index < lines.count {
            try readBodyLine(at: &index, into: &body)
        }
        try finishPage(&body)
        guard !body.pages.isEmpty else {
            let last = lines.lastIndex { !$0.trimmingSpaces.isEmpty } ?? 0
            throw error(last + 1, "the lesson has no pages: add a page with '## Title {#page-id}' and its text")
        }
        return body.pages
    }

    /// Reads the line at `index` (and, for a fence, its whole block) and moves `index` past it.
    private func readBodyLine(at index: inout Int, into body: inout OpenBody) throws(LessonError) {
        let raw = lines[index]
        let lineNumber = index + 1
        index += 1
        let trimmed = raw.trimmingSpaces
        let indented = raw.first == " " || raw.first == "\t"

        if trimmed.isEmpty {
            try flushParagraph(&body)
            body.list?.blankSeen = true
            return
        }
        if body.page == nil, !trimmed.hasPrefix("#") { throw textBeforeFirstPage(lineNumber) }
        if trimmed.hasPrefix("```") {
            try readFencedBlock(opening: trimmed, at: lineNumber, index: &index, into: &body)
        } else if let level = headingLevel(trimmed), !indented {
            try readHeading(level: level, trimmed: trimmed, at: lineNumber, into: &body)
        } else if body.page == nil {
            throw textBeforeFirstPage(lineNumber)
        } else if let item = listItem(trimmed) {
            try readListItem(item, indented: indented, at: lineNumber, into: &body)
        } else if continuesListItem(indented: indented, body: body) {
            body.list!.items[body.list!.items.count - 1].parts.append(trimmed)
            body.list!.blankSeen = false
        } else {
            try flushList(&body)
            if body.paragraph == nil { body.paragraph = ([], lineNumber) }
            body.paragraph!.parts.append(trimmed)
        }
    }

    private func textBeforeFirstPage(_ line: Int) -> LessonError {
        error(line, "text before the first page: start a page with '## Title {#page-id}' above it")
    }

    private func flushParagraph(_ body: inout OpenBody) throws(LessonError) {
        guard let open = body.paragraph else { return }
        body.paragraph = nil
        body.page!.blocks.append(.paragraph(try inlines(TextJoin.join(open.parts), line: open.line)))
    }

    private func flushList(_ body: inout OpenBody) throws(LessonError) {
        guard let open = body.list else { return }
        body.list = nil
        var items: [[Inline]] = []
        items.reserveCapacity(open.items.count)
        for item in open.items { items.append(try inlines(TextJoin.join(item.parts), line: item.line)) }
        body.page!.blocks.append(open.kind == .bullet ? .list(items) : .orderedList(start: open.start, items: items))
    }

    private func finishPage(_ body: inout OpenBody) throws(LessonError) {
        guard body.page != nil else { return }
        try flushParagraph(&body)
        try flushList(&body)
        let open = body.page!
        body.page = nil
        guard !open.blocks.isEmpty else {
            throw error(open.line, "page '\(open.id)' is empty: write its text below the heading, or remove the heading")
        }
        body.pages.append(Page(id: open.id, title: open.title, blocks: open.blocks, line: open.line))
    }

    /// A ```` ``` ```` block up to its closing fence: an experiment, a checkpoint or code.
    private func readFencedBlock(opening trimmed: String, at lineNumber: Int, index: inout Int,
                                 into body: inout OpenBody) throws(LessonError) {
        try flushParagraph(&body)
        try flushList(&body)
        let fence = trimmed.prefix { $0 == "`" }.count
        let info = trimmed.dropFirst(fence).trimmingSpaces
        var content: [(text: String, line: Int)] = []
        var closed = false
        while index < lines.count {
            let line = lines[index]
            index += 1
            let t = line.trimmingSpaces
            if t.count >= fence, t.allSatisfy({ $0 == "`" }) { closed = true; break }
            content.append((line, index))
        }
        guard closed else {
            throw error(lineNumber, "this code block is never closed: add a line with \(String(repeating: "`", count: fence)) after its last line")
        }
        let words = info.split(whereSeparator: \.isWhitespace).map(String.init)
        switch words.first {
        case "experiment":
            let embed = try parseExperiment(words: words, body: content, line: lineNumber)
            if let previous = body.page!.experimentLine {
                throw error(lineNumber, "page '\(body.page!.id)' already embeds an experiment at line \(previous): a page shows at most one experiment; move this one to a new page ('## Title {#page-id}')")
            }
            body.page!.experimentLine = lineNumber
            body.page!.blocks.append(.experiment(embed))
        case "exercise":
            let embed = try parseExercise(words: words, body: content, line: lineNumber)
            if let previous = body.page!.exerciseLine {
                throw error(lineNumber, "page '\(body.page!.id)' already asks for an exercise at line \(previous): a page shows at most one exercise; move this one to a new page ('## Title {#page-id}')")
            }
            body.page!.exerciseLine = lineNumber
            body.page!.blocks.append(.exercise(embed))
        case "checkpoint":
            let checkpoint = try parseCheckpoint(words: words, body: content, line: lineNumber)
            if let previous = body.checkpointLines[checkpoint.id] {
                throw error(lineNumber, "checkpoint id '\(checkpoint.id)' is already used at line \(previous): checkpoint ids must be unique within a lesson")
            }
            body.checkpointLines[checkpoint.id] = lineNumber
            body.page!.blocks.append(.checkpoint(checkpoint))
        default:
            body.page!.blocks.append(.code(language: words.first, text: content.map(\.text).joined(separator: "\n")))
        }
    }

    /// `## Title {#id}` starts a page, `### Text` is a subheading; other levels are errors.
    private func readHeading(level: Int, trimmed: String, at lineNumber: Int,
                             into body: inout OpenBody) throws(LessonError) {
        let text = trimmed.dropFirst(level).trimmingSpaces
        switch level {
        case 2:
            try finishPage(&body)
            let (title, id) = try pageHeading(text, line: lineNumber)
            if let previous = body.pageLines[id] {
                throw error(lineNumber, "page id '\(id)' is already used at line \(previous): page ids must be unique within a lesson")
            }
            body.pageLines[id] = lineNumber
            body.page = OpenPage(id: id, title: title, line: lineNumber)
        case 3:
            guard body.page != nil else { throw textBeforeFirstPage(lineNumber) }
            try flushParagraph(&body)
            try flushList(&body)
            var heading = text
            // An id on a subheading (`### Why {#why}`) is allowed and not shown.
            if heading.hasSuffix("}"), let open = heading.ranges(of: "{#").last {
                heading = heading[..<open.lowerBound].trimmingSpaces
            }
            guard !heading.isEmpty else { throw error(lineNumber, "this subheading is empty: write its text after '### '") }
            body.page!.blocks.append(.heading(try inlines(heading, line: lineNumber)))
        case 1:
            throw error(lineNumber, "'# ' headings are not used in lessons: the title comes from the front matter; start a page with '## Title {#page-id}' or a subheading with '### '")
        default:
            throw error(lineNumber, "only '##' (page) and '###' (subheading) headings are allowed: write '### ' instead of '\(String(repeating: "#", count: level)) '")
        }
    }

    /// `- text` or `3. text`: a new item of the open list, or the first of a new list.
    private func readListItem(_ item: (kind: ListKind, number: Int, text: String), indented: Bool, at lineNumber: Int,
                              into body: inout OpenBody) throws(LessonError) {
        if indented, body.list?.blankSeen == false {
            throw error(lineNumber, "nested lists are not supported: start this item at the beginning of the line, or write it as text of the item above")
        }
        try flushParagraph(&body)
        if body.list?.kind == item.kind {
            body.list!.items.append(([item.text], lineNumber))
            body.list!.blankSeen = false
        } else {
            try flushList(&body)
            body.list = OpenList(kind: item.kind, start: item.number, items: [([item.text], lineNumber)])
        }
    }

    /// A line that continues the last list item: indented, or a lazy line right below it.
    private func continuesListItem(indented: Bool, body: OpenBody) -> Bool {
        guard let open = body.list else { return false }
        return indented || !open.blankSeen
    }

    func headingLevel(_ trimmed: String) -> Int? {
        let level = trimmed.prefix { $0 == "#" }.count
        guard level > 0 else { return nil }
        let rest = trimmed.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        return level
    }

    func pageHeading(_ text: String, line: Int) throws(LessonError) -> (String, String) {
        guard text.hasSuffix("}"), let open = text.ranges(of: "{#").last else {
            let suggestion = text.isEmpty ? "…" : text
            throw error(line, "page heading '## \(text)' has no id: end it with '{#page-id}', e.g. '## \(suggestion) {#\(Self.suggestID(text))}'")
        }
        let id = String(text[open.upperBound..<text.index(before: text.endIndex)]).trimmingSpaces
        let title = text[..<open.lowerBound].trimmingSpaces
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
            return (.bullet, 1, trimmed.dropFirst(1).trimmingSpaces)
        }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = trimmed.dropFirst(digits.count)
        guard rest.hasPrefix(". ") || rest == "." else { return nil }
        return (.ordered, Int(digits)!, rest.dropFirst().trimmingSpaces)
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
        var presetLines: [String: Int] = [:]
        var namedPresets: [NamedPreset] = []
        var quotes: [Quote] = []
        var facts: [Fact] = []
        for entry in body {
            let text = entry.text.trimmingSpaces
            if text.isEmpty { continue }
            if text.hasPrefix("preset ") || text.hasPrefix("preset\t") || text == "preset" {
                guard namedPresets.count < NamedPreset.maximumPerExperiment else {
                    throw error(entry.line, "an experiment offers at most \(NamedPreset.maximumPerExperiment) presets (one key each): move this one to another page or drop one")
                }
                namedPresets.append(try parseNamedPreset(String(text.dropFirst("preset".count)).trimmingSpaces, line: entry.line))
                continue
            }
            if text.hasPrefix("quote ") || text == "quote" {
                quotes.append(try parseQuote(String(text.dropFirst("quote".count)).trimmingSpaces, line: entry.line))
                continue
            }
            if text.hasPrefix("fact ") || text == "fact" {
                facts += try parseFacts(String(text.dropFirst("fact".count)), line: entry.line)
                continue
            }
            guard let equals = text.firstIndex(of: "=") else {
                throw error(entry.line, "'\(text)' is not a knob preset: write one 'knob = value' per line, e.g. 'theta = 1'")
            }
            let name = text[..<equals].trimmingSpaces
            let value = text[text.index(after: equals)...].trimmingSpaces
            guard !name.isEmpty else {
                throw error(entry.line, "'\(text)' has no knob name: write it as 'knob = value', e.g. 'theta = 1'")
            }
            guard !value.isEmpty else {
                throw error(entry.line, "knob '\(name)' has no value: write it after '=', e.g. '\(name) = 1'")
            }
            if let previous = presetLines[name] {
                throw error(entry.line, "knob '\(name)' is already set at line \(previous): set each knob once")
            }
            presetLines[name] = entry.line
            presets.append(KnobPreset(name: name, value: value, line: entry.line))
        }
        return ExperimentEmbed(experimentID: words[1], presets: presets, namedPresets: namedPresets,
                               quotes: quotes, facts: facts, line: line)
    }

    /// `NAME "LITERAL" TOLERANCE`, or `with knob = value, …: NAME "LITERAL" TOLERANCE` (see `Quote`).
    func parseQuote(_ text: String, line: Int) throws(LessonError) -> Quote {
        let example = "e.g. 'quote best_two_sided_error \"6·10⁻¹²\" × 1.5' or 'quote with lambda = 0: dev_accuracy \"98 %\" ± 1'"
        var rest = Substring(text)
        var settings: [KnobPreset] = []
        if rest.hasPrefix("with ") {
            guard let colon = rest.firstIndex(of: ":"), !rest[..<colon].contains("\"") else {
                throw error(line, "this quote names a preset with 'with' but has no ':' after its settings: \(example)")
            }
            settings = try parseNamedPreset(String(rest[rest.index(rest.startIndex, offsetBy: 5)..<colon]), line: line).settings
            rest = rest[rest.index(after: colon)...]
        }
        guard let open = rest.firstIndex(of: "\""), let close = rest[rest.index(after: open)...].firstIndex(of: "\"") else {
            throw error(line, "this quote has no literal in double quotes: write the number as the text writes it, \(example)")
        }
        let name = rest[..<open].trimmingSpaces
        guard !name.isEmpty, !name.contains(" ") else {
            throw error(line, "this quote needs one value name before its literal (a name of the findings' values, as 'dltutor run ID --json' prints them): \(example)")
        }
        let literal = String(rest[rest.index(after: open)..<close])
        guard let number = NumberToken.single(in: literal) else {
            throw error(line, "the literal \"\(literal)\" of this quote must hold exactly one number (written as the text writes it: 0.693, 1e-7, 10⁻⁸, 6·10⁻¹², 98 %, 2×)")
        }
        let toleranceText = rest[rest.index(after: close)...].trimmingSpaces
        guard let tolerance = QuoteTolerance.parse(toleranceText) else {
            throw error(line, "'\(toleranceText)' is not a quote's tolerance: write the text's own, one of 'rounded', '± 10 %', '± 0.05', '× 1.5', '≥', '≤', '>', '<'")
        }
        return Quote(valueName: name, literal: literal, number: number, tolerance: tolerance, settings: settings, line: line)
    }

    /// `fact 1e-7 0.693 98 %`: the numbers, as the text writes them.
    func parseFacts(_ text: String, line: Int) throws(LessonError) -> [Fact] {
        var facts: [Fact] = []
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "," }
            if rest.isEmpty { break }
            guard let number = NumberToken.scan(String(rest)).first, rest.hasPrefix(number.text) else {
                throw error(line, "'fact\(text)' must list only numbers, as the page's text writes them, e.g. 'fact 1e-7 0.693 98 %'")
            }
            facts.append(Fact(number: number, line: line))
            rest = rest.dropFirst(number.text.count)
        }
        guard !facts.isEmpty else {
            throw error(line, "this 'fact' line lists no number: write the numbers as the page's text writes them, e.g. 'fact 1e-7 0.693 98 %'")
        }
        return facts
    }

    /// `preset NAME: knob = value, knob = value`, or `preset knob = value` without a name.
    func parseNamedPreset(_ text: String, line: Int) throws(LessonError) -> NamedPreset {
        let example = "e.g. 'preset no penalty: lambda = 0' or 'preset lambda = 0, hidden = 20'"
        var name: String?
        var rest = Substring(text)
        if let colon = text.firstIndex(of: ":"), !text[..<colon].contains("=") {
            name = text[..<colon].trimmingSpaces
            rest = text[text.index(after: colon)...]
            if name!.isEmpty {
                throw error(line, "this preset has an empty name before ':': write the name or leave out the ':', \(example)")
            }
        }
        var settings: [KnobPreset] = []
        for part in rest.split(separator: ",", omittingEmptySubsequences: false) {
            let assignment = part.trimmingSpaces
            guard let equals = assignment.firstIndex(of: "="), !assignment[..<equals].trimmingSpaces.isEmpty,
                  !assignment[assignment.index(after: equals)...].trimmingSpaces.isEmpty else {
                throw error(line, "'\(assignment)' in a preset is not a knob setting: write the settings as 'knob = value' separated by commas, \(example)")
            }
            let knob = assignment[..<equals].trimmingSpaces
            if settings.contains(where: { $0.name == knob }) {
                throw error(line, "knob '\(knob)' is set twice in this preset: set each knob once")
            }
            settings.append(KnobPreset(name: knob, value: assignment[assignment.index(after: equals)...].trimmingSpaces, line: line))
        }
        return NamedPreset(name: name, settings: settings, line: line)
    }

    /// ```` ```exercise ID ```` and, optionally, lines saying what to implement (joined into one paragraph).
    func parseExercise(words: [String], body: [(text: String, line: Int)], line: Int) throws(LessonError) -> ExerciseEmbed {
        guard words.count >= 2 else {
            throw error(line, "this exercise block names no exercise: write its id after the fence, e.g. '```exercise ex4_l2_regularization'")
        }
        guard words.count == 2 else {
            throw error(line, "unexpected text after the exercise id '\(words[1])': the fence line is '```exercise ID'; say what to implement on the lines below it")
        }
        let parts = body.map { $0.text.trimmingSpaces }.filter { !$0.isEmpty }
        let task = parts.isEmpty ? [] : try inlines(TextJoin.join(parts), line: body.first { !$0.text.trimmingSpaces.isEmpty }!.line)
        return ExerciseEmbed(exerciseID: words[1], task: task, line: line)
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
        var hint: [String] = []
        var options: [(text: String, correct: Bool, line: Int)] = []
        var numeric: (answer: Double, tolerance: Double, line: Int)?
        for entry in body {
            let text = entry.text.trimmingSpaces
            if text.isEmpty { continue }
            let marker = text.first!
            let rest = text.dropFirst().trimmingSpaces
            switch marker {
            case "?":
                question.append(rest)
            case ">":
                explanation.append(rest)
            case "~":
                hint.append(rest)
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
                throw error(entry.line, "'\(text)' is not part of a checkpoint: start the line with '? ' (question), '- ' or '* ' (wrong or right choice), '= ' (numeric answer), '> ' (explanation) or '~ ' (hint)")
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
        let hintText = TextJoin.join(hint)
        _ = try inlines(hintText, line: line)
        return Checkpoint(id: id, question: questionText, answer: answer, explanation: explanationText,
                          hint: hintText.isEmpty ? nil : hintText, line: line)
    }

    func parseNumericAnswer(_ text: String, checkpoint id: String, line: Int) throws(LessonError) -> (Double, Double, Int) {
        let help = "write it as '= 3.0001' or, with a tolerance, '= 3.0001 ± 0.00005'"
        var answerText = text
        var toleranceText: String?
        for separator in ["±", "+-", "+/-"] {
            if let range = text.firstRange(of: separator) {
                answerText = text[..<range.lowerBound].trimmingSpaces
                toleranceText = text[range.upperBound...].trimmingSpaces
                break
            }
        }
        func number(_ s: String) -> Double? {
            guard let value = Double(s.replacing("−", with: "-")), value.isFinite else { return nil }
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
