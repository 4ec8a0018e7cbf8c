import FoundationEssentials
import TextSupport

/// A language the course is written in.
///
/// The tutor picks it from the locale (so a student with `LANG=zh_CN.UTF-8` reads Chinese without
/// asking) and `--lang en|zh` overrides it. Raw values are the names of the lesson folders.
public enum Language: String, CaseIterable, Codable, Sendable, Hashable, CustomStringConvertible {
    case en
    case zh

    /// The language every lesson must exist in; the one a missing translation falls back to.
    public static let fallback: Language = .en

    public var description: String { rawValue }

    /// The language's own name, for menus: "English", "中文".
    public var displayName: String {
        switch self {
        case .en: "English"
        case .zh: "中文"
        }
    }

    /// Reads a `--lang` value or a locale name: `en`, `zh`, `zh_CN.UTF-8`, `zh-Hans`, `en_US`…
    /// Returns nil for anything else, so the caller can say which values are valid.
    public init?(code: String) {
        let lowered = code.trimmingSpaces.lowercased()
        let base = lowered.split(whereSeparator: { "_-.@".contains($0) }).first.map(String.init) ?? ""
        guard let language = Language(rawValue: base) else { return nil }
        self = language
    }

    /// The language the locale asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
    /// and not empty decides (POSIX precedence); `zh_*` means Chinese, anything else English.
    public static func fromLocale(environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return Language(code: value) == .zh ? .zh : .en
        }
        return .en
    }

    /// `--lang` if given, else the locale. Throws a message listing valid values for a bad override.
    public static func resolve(
        override: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(LanguageError) -> Language {
        guard let override else { return fromLocale(environment: environment) }
        guard let language = Language(code: override) else { throw LanguageError.unknown(override) }
        return language
    }
}
