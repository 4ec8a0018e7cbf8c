import ArgumentParser
import Course
import FoundationEssentials
import Localization

/// `dltutor glossary [TERM]`: the course's terms in English and Chinese with their definitions and
/// the lesson that teaches each; a term (or part of one) in either language narrows the list.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Look up a term of the course in English and Chinese (all terms without TERM).",
        discussion: "TERM matches any part of a term in either language, e.g. 'dltutor glossary dropout' or 'dltutor glossary 泛化'."
    )

    @Argument(help: "A term or part of one, in English or Chinese.")
    var term: [String] = []

    @Option(name: .customLong("lang"), help: "The language shown first (default: from the locale, zh_* → Chinese).")
    var language: Language?

    init() {}

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let glossary: Glossary
        do {
            glossary = try Glossary.load(directory: try CourseLocator.shippedCourse(environment: environment))
        } catch {
            throw CommandFailure(error.description, status: 2)
        }
        try StandardOutput.write(try Self.text(glossary, query: term.joined(separator: " "),
                                               language: language ?? Language.fromLocale(environment: environment)))
    }

    /// What the command prints; no match is a failure (status 1) that says how to find the term.
    static func text(_ glossary: Glossary, query: String, language: Language) throws(CommandFailure) -> String {
        let found = glossary.search(query)
        guard !found.isEmpty else {
            let message = language == .zh
                ? "术语表中没有与 '\(query)' 匹配的术语：试试更短的一部分，或运行 'dltutor glossary' 查看全部 \(glossary.entries.count) 个术语"
                : "no glossary term matches '\(query)': try a shorter part of it, in English or Chinese, or 'dltutor glossary' for all \(glossary.entries.count) terms"
            throw CommandFailure(message, status: 1)
        }
        let other: Language = language == .zh ? .en : .zh
        let lessonWord = language == .zh ? "课程" : "lesson"
        return found.map { entry in
            var lines = ["\(entry.heading(in: language))   [\(lessonWord): \(entry.lesson)]", "    \(entry.definition(in: language))"]
            // One term looked up: its definition in the other language too.
            if found.count == 1 { lines.append("    \(entry.definition(in: other))") }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
