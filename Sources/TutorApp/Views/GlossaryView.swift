import Course
import TextCharts

/// The glossary screen: the course's terms in both languages, narrowed by what the student types
/// (either language), scrolled with the arrows. It covers everything but the footer, so that it
/// is usable at 80×24: a title row, the search row, then the list.
extension TutorModel {
    /// Rows above the list: the title, the search line and a blank row.
    static let glossaryChromeRows = 3

    /// How many list rows the screen shows at once.
    var glossaryPageHeight: Int { max(1, height - footerHeight - Self.glossaryChromeRows) }

    /// The matching entries laid out for the screen's width: term (both languages), definition in
    /// the course's language, the lesson that teaches it.
    func glossaryLines(_ browser: GlossaryBrowser) -> [StyledLine] {
        let width = max(1, self.width - 2)
        let matches = browser.matches(in: course.glossary)
        guard !matches.isEmpty else {
            return TextWrap.wrap([Span(options.text(text.glossaryNoMatch(browser.query, total: course.glossary.entries.count)))], width: width)
        }
        var lines: [StyledLine] = []
        for (index, entry) in matches.enumerated() {
            if index > 0 { lines.append([]) }
            lines += TextWrap.wrap([Span(options.text(entry.heading(in: course.language)), style: .bold)], width: width)
            lines += PageText.hanging("  ", [Span(options.text(entry.definition(in: course.language)))], width: width)
            let lesson = course.lesson(id: entry.lesson)?.title ?? entry.lesson
            lines += PageText.hanging("  ", [Span(options.text(text.glossaryTaughtIn(lesson)), style: .dim)], width: width)
        }
        return lines
    }

    func renderGlossary(_ browser: GlossaryBrowser, into buffer: inout ScreenBuffer) {
        let area = Rect(x: 0, y: 0, width: width, height: max(0, height - footerHeight))
        buffer.fill(area)
        buffer.fill(Rect(x: 0, y: 0, width: width, height: 1), style: .reverse)
        let title = options.text(text.glossaryTitle(course.glossary.entries.count))
        buffer.put(" " + title, x: 0, y: 0, style: Style(bold: true, reverse: true), clip: area)
        let matches = browser.matches(in: course.glossary).count
        let cursor = options.glyph("▏", ascii: "_")
        let search = options.text(text.glossarySearch) + options.text(browser.query) + cursor
        let count = options.text(text.glossaryMatches(matches))
        let searchWidth = max(0, width - 2 - DisplayWidth.of(count) - 2)
        buffer.put(DisplayWidth.truncate(search, to: searchWidth, ellipsis: ""), x: 1, y: 1,
                   style: options.apply(Style(foreground: .cyan, bold: true)), clip: area)
        buffer.put(count, x: max(1, width - 1 - DisplayWidth.of(count)), y: 1, style: .dim, clip: area)
        let lines = glossaryLines(browser)
        let page = glossaryPageHeight
        let scroll = min(browser.scroll, max(0, lines.count - page))
        let list = Rect(x: 1, y: Self.glossaryChromeRows, width: max(0, width - 2), height: page)
        for (row, line) in lines.dropFirst(scroll).prefix(page).enumerated() {
            buffer.put(line, x: list.x, y: list.y + row, clip: list)
        }
        if lines.count > page {
            let more = scroll < lines.count - page ? options.glyph("↓ more", ascii: "v more") : options.glyph("↑ top: Home", ascii: "^ top: Home")
            buffer.put(more, x: list.maxX - DisplayWidth.of(more), y: list.maxY - 1, style: .dim, clip: list)
        }
    }
}
