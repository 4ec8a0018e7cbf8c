import Localization
import Testing
@testable import Course

@Suite struct LanguageTests {
    @Test(arguments: [
        ([:], Language.en),
        (["LANG": "zh_CN.UTF-8"], .zh),
        (["LANG": "zh_TW.UTF-8"], .zh),
        (["LANG": "en_US.UTF-8"], .en),
        (["LANG": "C"], .en),
        (["LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"], .en),
        (["LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"], .zh),
        (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_SG"], .zh),
        (["LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US"], .zh),
    ] as [([String: String], Language)])
    func followsTheLocale(environment: [String: String], expected: Language) {
        #expect(Language.fromLocale(environment: environment) == expected)
    }

    @Test func overrideWins() throws {
        #expect(try Language.resolve(override: "en", environment: ["LANG": "zh_CN.UTF-8"]) == .en)
        #expect(try Language.resolve(override: "zh", environment: [:]) == .zh)
        #expect(try Language.resolve(override: nil, environment: ["LANG": "zh_CN"]) == .zh)
        #expect(throws: LanguageError.unknown("fr")) { try Language.resolve(override: "fr", environment: [:]) }
        #expect(LanguageError.unknown("fr").description == "'fr' is not a course language: use en or zh")
    }
}
