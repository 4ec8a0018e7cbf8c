import Localization

/// One concept of the course in both languages: the term each language uses for it (the one the
/// lessons, experiments and the tutor must use), other names introduced beside it, a one-line
/// definition in each language and the lesson that teaches it.
public struct GlossaryEntry: Sendable, Hashable, Identifiable {
    /// Stable: the tutor and scripts refer to an entry by it (`dltutor glossary kink`).
    public var id: String
    public var english: String
    public var chinese: String
    /// Other English forms the lessons use ("generalize" beside "generalization").
    public var otherEnglish: [String]
    /// Other Chinese names, introduced beside the term (验证集 beside 开发集).
    public var otherChinese: [String]
    /// The id of the lesson that teaches the concept.
    public var lesson: String
    public var englishDefinition: String
    public var chineseDefinition: String
    /// Translations that are wrong for this concept (拐点 is an inflection point, not a kink).
    public var wrongChinese: [String]
    /// The line of the entry's `[id]` in the glossary file.
    public var line: Int

    public init(id: String, english: String, chinese: String, otherEnglish: [String] = [], otherChinese: [String] = [],
                lesson: String, englishDefinition: String, chineseDefinition: String, wrongChinese: [String] = [],
                line: Int = 1) {
        self.id = id
        self.english = english
        self.chinese = chinese
        self.otherEnglish = otherEnglish
        self.otherChinese = otherChinese
        self.lesson = lesson
        self.englishDefinition = englishDefinition
        self.chineseDefinition = chineseDefinition
        self.wrongChinese = wrongChinese
        self.line = line
    }

    /// The term in `language`, then the other language's in parentheses: "泛化 (generalization)".
    public func heading(in language: Language) -> String {
        let (first, second, others) = language == .zh ? (chinese, english, otherChinese) : (english, chinese, otherEnglish)
        let also = others.isEmpty ? "" : (language == .zh ? "，也叫 " : ", also ") + others.joined(separator: language == .zh ? "、" : ", ")
        return "\(first) (\(second))\(also)"
    }

    public func definition(in language: Language) -> String {
        language == .zh ? chineseDefinition : englishDefinition
    }

    /// Every name of the entry, in both languages, and its id: what a search matches.
    public var names: [String] { [id, english, chinese] + otherEnglish + otherChinese }

    /// Whether `query` names this entry: a case-insensitive substring of any of its names.
    public func matches(_ query: String) -> Bool {
        let wanted = Glossary.normalized(query)
        guard !wanted.isEmpty else { return true }
        return names.contains { Glossary.normalized($0).contains(wanted) }
    }
}
