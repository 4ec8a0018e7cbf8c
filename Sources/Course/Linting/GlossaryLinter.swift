import FoundationEssentials
import Localization

/// Checks the glossary against the course, so that it stays the source of truth for terms:
/// each entry's lesson exists and uses the entry's term in both languages (and introduces its
/// other Chinese names), no Chinese lesson uses a translation the glossary marks wrong, and no
/// two concepts share a term.
public enum GlossaryLinter {
    public static func lint(directory: URL, lessonIDs: [String], languages: [Language] = Language.allCases) -> [LintProblem] {
        let file = directory.appendingPathComponent(Glossary.fileName)
        guard TextFile.presence(of: file) != .missing else { return [] }
        let text: String
        do {
            text = try TextFile.readText(file, limit: FileSizeLimit.manifest)
        } catch {
            return [LintProblem(file: file, line: error.line, message: error.message)]
        }
        let (glossary, parseProblems) = GlossaryParser.parse(text, file: file)
        var problems = parseProblems
        var lessonText: [Language: [String: String]] = [:]
        for language in languages {
            for id in lessonIDs {
                let url = CourseLoader.lessonFile(id: id, language: language, in: directory)
                lessonText[language, default: [:]][id] = try? TextFile.readText(url, limit: FileSizeLimit.lesson)
            }
        }
        var owners: [String: String] = [:]
        for entry in glossary.entries {
            func problem(_ message: String) { problems.append(LintProblem(file: file, line: entry.line, message: message)) }
            for term in [entry.english.lowercased(), entry.chinese] {
                if let other = owners[term] {
                    problem("'\(term)' is the term of both '\(other)' and '\(entry.id)': one term per concept")
                }
                owners[term] = entry.id
            }
            guard lessonIDs.contains(entry.lesson) else {
                problem("glossary entry '\(entry.id)' names lesson '\(entry.lesson)', which course.txt does not list: use one of \(lessonIDs.joined(separator: ", "))")
                continue
            }
            if languages.contains(.en), let english = lessonText[.en]?[entry.lesson] {
                let lowered = english.lowercased()
                if !([entry.english] + entry.otherEnglish).contains(where: { lowered.contains($0.lowercased()) }) {
                    problem("en/\(entry.lesson).md, which teaches '\(entry.id)', never says '\(entry.english)': use the glossary's term or change the entry's lesson")
                }
            }
            if languages.contains(.zh), let chinese = lessonText[.zh]?[entry.lesson] {
                for term in [entry.chinese] + entry.otherChinese where !chinese.contains(term) {
                    problem("zh/\(entry.lesson).md, which teaches '\(entry.id)', never says '\(term)': use the glossary's term (and introduce its other names beside it)")
                }
            }
        }
        if languages.contains(.zh) {
            for id in lessonIDs {
                guard let chinese = lessonText[.zh]?[id] else { continue }
                let url = CourseLoader.lessonFile(id: id, language: .zh, in: directory)
                for entry in glossary.entries {
                    for wrong in entry.wrongChinese {
                        for (offset, line) in chinese.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                        where line.contains(wrong) {
                            problems.append(LintProblem(file: url, line: offset + 1,
                                message: "'\(wrong)' is not the term for \(entry.english): write '\(entry.chinese)' (see \(Glossary.fileName), entry '\(entry.id)')"))
                        }
                    }
                }
            }
        }
        return problems
    }
}
