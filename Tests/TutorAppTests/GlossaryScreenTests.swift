import Course
import Experiments
import Localization
import Testing
import TextCharts
@testable import TutorApp

/// The glossary screen: opened with t from the lesson list and from the help, searched by typing
/// in either language, scrolled, closed with Esc, usable at 80×24.
@Suite struct GlossaryScreenTests {
    static func model(_ language: Language = .en, width: Int = 80, height: Int = 24,
                      options: RenderOptions = RenderOptions()) throws -> TutorModel {
        let course = try CourseLoader.loadShipped(language: language, environment: [:])
        var model = TutorModel(course: course, catalog: LessonCatalog(ExperimentCatalog.all), options: options)
        model.update(.resize(width: width, height: height))
        return model
    }

    static func type(_ text: String, into model: inout TutorModel) {
        for character in text { model.update(.key(.character(character))) }
    }

    @Test func opensFromTheLessonListAndSearchesInEnglish() throws {
        var model = try Self.model()
        #expect(model.view().lines()[23].contains("t glossary"))
        model.update(.key(.character("t")))
        var lines = model.view().lines()
        let count = model.course.glossary.entries.count
        #expect(lines[0] == " Glossary — \(count) terms in English and Chinese")
        #expect(lines[1].hasPrefix(" Search (English or 中文): ▏"))
        #expect(lines[1].hasSuffix("\(count) matches"))
        #expect(lines[3] == " training set (训练集)")
        #expect(lines[23] == "abc 中文 search   Backspace erase   ↑↓ PgUp PgDn scroll   Esc close")
        Self.type("kink", into: &model)
        lines = model.view().lines()
        #expect(lines[1].hasPrefix(" Search (English or 中文): kink▏"))
        #expect(lines[1].hasSuffix("1 match"))
        #expect(lines[3] == " kink (折点)")
        #expect(lines[4].hasPrefix("   A point where a function has no derivative"))
        #expect(lines.contains { $0.contains("taught in: Gradient checking") })
        // q, j, k are letters of a search here, not keys.
        model.update(.key(.backspace))
        #expect(model.view().lines()[1].contains("kin▏"))
        model.update(.key(.escape))
        #expect(model.overlay == nil)
        #expect(model.screen == .overview)
    }

    @Test func searchesInChineseAndSaysWhenNothingMatches() throws {
        var model = try Self.model(.zh)
        model.update(.key(.character("t")))
        #expect(model.view().lines()[0].hasPrefix(" 术语表 — 共"))
        Self.type("泛化", into: &model)
        var lines = model.view().lines()
        #expect(lines[3] == " 泛化 (generalization)")
        #expect(lines[4].hasPrefix("   模型在训练数据上学到的东西"))
        #expect(lines.contains { $0.contains("所在课程：偏差与方差") || $0.contains("所在课程：") })
        Self.type("xyz", into: &model)
        lines = model.view().lines()
        #expect(lines[1].hasSuffix("0 条"))
        #expect(lines[3].hasPrefix(" 没有与 '泛化xyz' 匹配的术语"))
    }

    @Test func opensFromTheHelpAndReturnsToIt() throws {
        var model = try Self.model()
        model.update(.key(.enter))
        model.update(.key(.character("?")))
        #expect(model.view().lines().contains { $0.contains("t             glossary") })
        model.update(.key(.character("t")))
        guard case .glossary(let browser)? = model.overlay else {
            Issue.record("t in the help opens the glossary")
            return
        }
        #expect(browser.fromHelp)
        model.update(.key(.escape))
        #expect(model.overlay == .help)
        // In a lesson, without the help, t is not the glossary (a lesson page has its own keys).
        model.update(.key(.escape))
        model.update(.key(.character("t")))
        #expect(model.overlay == nil)
    }

    @Test func scrollsAndFitsAt80x24() throws {
        var model = try Self.model()
        model.update(.key(.character("t")))
        let first = model.view().lines()
        for line in first { #expect(DisplayWidth.of(line) <= 80) }
        model.update(.key(.pageDown))
        let second = model.view().lines()
        #expect(second[3] != first[3])
        #expect(second[1] == first[1])
        model.update(.key(.end))
        let last = model.view().lines()
        #expect(last.contains { $0.contains("learning rate (学习率)") })
        #expect(last[22].hasSuffix("↑ top: Home") || last.dropLast().last?.hasSuffix("↑ top: Home") == true)
        model.update(.key(.home))
        #expect(model.view().lines()[3] == first[3])
        // Scrolling past the end stays at the end.
        for _ in 0..<500 { model.update(.key(.down)) }
        #expect(model.view().lines() == last)
    }

    @Test func asciiAndAmbiguousWidthScreensHaveNoWideSurprises() throws {
        var ascii = try Self.model(options: RenderOptions(charset: .ascii))
        ascii.update(.key(.character("t")))
        Self.type("relative", into: &ascii)
        let lines = ascii.view().lines()
        #expect(lines.contains { $0.contains("||dtheta_approx - dtheta||_2") })
        var wide = try Self.model(.zh, options: RenderOptions(ambiguousWide: true))
        wide.update(.key(.character("t")))
        for line in wide.view().lines() {
            #expect(!AmbiguousWidth.containsAmbiguous(line), "\(line)")
        }
    }
}

/// The ambiguous-width setting across the tutor's screens.
@Suite struct AmbiguousWidthScreenTests {
    @Test func noScreenOfAChineseLessonDrawsAnAmbiguousCharacter() throws {
        var model = try GlossaryScreenTests.model(.zh, options: RenderOptions(ambiguousWide: true))
        var screens = [model.view()]
        model.update(.key(.enter))
        for _ in 0..<6 {
            screens.append(model.view())
            model.update(.key(.character("r")))
            TutorModelTests.finishRun(&model)
            screens.append(model.view())
            model.update(.key(.character("n")))
        }
        model.update(.key(.character("?")))
        screens.append(model.view())
        for screen in screens {
            for line in screen.lines() {
                #expect(!AmbiguousWidth.containsAmbiguous(line), "\(line)")
            }
        }
        // Without the setting the same lesson does draw them (ε, │, •…): the test can fail.
        var plain = try GlossaryScreenTests.model(.zh)
        plain.update(.key(.enter))
        plain.update(.key(.character("r")))
        TutorModelTests.finishRun(&plain)
        #expect(plain.view().lines().contains { AmbiguousWidth.containsAmbiguous($0) })
    }
}

/// One term per concept in the tutor's own words too: where the keymap speaks of knobs, its
/// Chinese says the glossary's 旋钮 (参数 is a parameter the network learns), and no key says a
/// translation the glossary marks wrong.
@Suite struct ChromeTerminologyTests {
    @Test func theKeymapUsesTheGlossarysTerms() throws {
        let glossary = try CourseLoader.loadShipped(language: .zh, environment: [:]).glossary
        let knob = try #require(glossary.entry(named: "knob"))
        let parameter = try #require(glossary.entry(named: "parameter"))
        let hints = Keymap.knobHints(presets: 1) + Keymap.knobTypingHints + Keymap.lessonHints(canRun: true, checkpoints: 1, presets: 1)
            + Keymap.overviewHints + Keymap.glossaryHints
        let pairs = Keymap.rows.map { ($0.english, $0.chinese) } + hints.map { ($0.english, $0.chinese) }
        var knobLines = 0
        for (english, chinese) in pairs {
            if english.contains("knob") {
                knobLines += 1
                #expect(chinese.contains(knob.chinese), "'\(english)' → '\(chinese)'")
            }
            #expect(!chinese.replacingOccurrences(of: "超参数", with: "").contains(parameter.chinese) || english.contains("parameter"),
                    "'\(english)' → '\(chinese)' says 参数 for something else")
            for entry in glossary.entries {
                for wrong in entry.wrongChinese { #expect(!chinese.contains(wrong), "'\(chinese)'") }
            }
        }
        #expect(knobLines >= 4)
    }
}
