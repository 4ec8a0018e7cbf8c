import Course
import Localization

/// One key hint of the footer, "Enter open": the key as written there and its word in both languages.
public struct FooterHint: Sendable {
    public let keys: String
    public let english: String
    public let chinese: String
    /// Two spaces between keys and word, where the keys are a list that could run into the word
    /// ("0-9 . - e  type").
    public let setOff: Bool

    public init(_ keys: String, _ english: String, _ chinese: String, setOff: Bool = false) {
        self.keys = keys
        self.english = english
        self.chinese = chinese
        self.setOff = setOff
    }

    public func text(_ language: Language) -> String {
        keys + (setOff ? "  " : " ") + (language == .zh ? chinese : english)
    }
}
