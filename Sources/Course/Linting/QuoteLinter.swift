/// Checks the `quote` and `fact` lines of a lesson's experiment blocks against the page's own text, so that
/// every number a page writes about its experiment is one a test checks against a run.
///
/// On a page that embeds an experiment, every number of the prose must be a quote's literal or a declared fact;
/// bare integers below 10 (counts, indices, orders) and the values the block sets its knobs to are exempt. Each
/// quote's literal and each fact must appear in the page's text (spaces aside), and a quote of a preset's run
/// must name settings the block offers as a preset, so the student can reach that run with one key.
enum QuoteLinter {
    static func lint(_ lesson: Lesson) -> [LintProblem] {
        var problems: [LintProblem] = []
        for page in lesson.pages {
            guard let embed = page.experiment else { continue }
            func add(_ line: Int, _ message: String) { problems.append(LintProblem(file: lesson.sourceFile, line: line, message: message)) }
            let texts = page.proseTexts
            let compactText = texts.map(compact).joined(separator: "\n")
            let numbers = texts.flatMap(NumberToken.scan)
            for quote in embed.quotes {
                if !compactText.contains(compact(quote.literal)) {
                    add(quote.line, "the quote \"\(quote.literal)\" does not appear in the text of page '\(page.id)': write the literal exactly as the page writes it (spaces aside), or remove the quote")
                }
                if !quote.settings.isEmpty, !embed.namedPresets.contains(where: { sameSettings($0.settings, quote.settings) }) {
                    add(quote.line, "this quote reads the run with \(quote.settings.map { "\($0.name) = \($0.value)" }.joined(separator: ", ")), which is none of the block's presets: add it as a 'preset' line so the student can reach that run, or quote the run of an existing preset")
                }
            }
            for fact in embed.facts where !numbers.contains(where: { $0.sameValue(as: fact.number) }) {
                add(fact.line, "the fact \(fact.number.text) is not a number of page '\(page.id)''s text: remove it from the 'fact' line")
            }
            let settingValues = (embed.presets + embed.namedPresets.flatMap(\.settings)).compactMap { NumberToken.single(in: $0.value) }
            let declared = embed.quotes.map(\.number) + embed.facts.map(\.number) + settingValues
            var reported: [NumberToken] = []
            for number in numbers where !number.isSmallCount && !declared.contains(where: { $0.sameValue(as: number) }) {
                guard !reported.contains(where: { $0.sameValue(as: number) }) else { continue }
                reported.append(number)
                add(embed.line, "page '\(page.id)' writes \(number.text) but its experiment block neither quotes it nor declares it a fact: if the run produces it, add 'quote VALUE \"\(number.text)\" TOLERANCE' (VALUE from 'dltutor run \(embed.experimentID) --json', TOLERANCE the text's own); if it is not a result of the run, add 'fact \(number.text)'")
            }
        }
        return problems
    }

    /// Differences between a translation's quotes and facts and the English ones: both languages must quote the
    /// same values with the same tolerances and declare the same facts.
    static func compare(_ embed: ExperimentEmbed, with other: ExperimentEmbed, page: String, reference: String) -> String? {
        let quotes = embed.quotes.map(\.description)
        let otherQuotes = other.quotes.map(\.description)
        if quotes != otherQuotes {
            return "the 'quote' lines of \(embed.experimentID) on page '\(page)' (\(quotes.joined(separator: "; "))) differ from \(reference) line \(other.line) (\(otherQuotes.joined(separator: "; "))): quote the same values with the same literals and tolerances in both"
        }
        let facts = embed.facts.map(\.number.value)
        let otherFacts = other.facts.map(\.number.value)
        if facts != otherFacts {
            return "the 'fact' lines of \(embed.experimentID) on page '\(page)' (\(embed.facts.map(\.number.text).joined(separator: " "))) differ from \(reference) line \(other.line) (\(other.facts.map(\.number.text).joined(separator: " "))): declare the same facts in both"
        }
        return nil
    }

    private static func compact(_ text: String) -> String {
        String(text.filter { !$0.isWhitespace }.map { $0 == "％" ? "%" : $0 })
    }

    private static func sameSettings(_ a: [KnobPreset], _ b: [KnobPreset]) -> Bool {
        a.count == b.count && a.allSatisfy { setting in
            b.contains { $0.name == setting.name && ($0.value == setting.value || (Double($0.value) != nil && Double($0.value) == Double(setting.value))) }
        }
    }
}
