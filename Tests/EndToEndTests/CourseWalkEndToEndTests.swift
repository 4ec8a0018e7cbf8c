import Course
import Experiments
import Foundation
import Localization
import Testing
import TextCharts
@testable import TutorApp

/// A student's whole journey, for real: every lesson opened, every page turned, every embedded
/// experiment run to completion and a checkpoint answered, in both languages, at the smallest and
/// a large terminal, in UTF-8 and in a POSIX locale.
@Suite(.enabled(if: EndToEndRequirements.runs(.tmux))) struct CourseWalkEndToEndTests {
    struct Setting: CustomTestStringConvertible, Sendable {
        let language: Language
        let lang: String
        let width: Int
        let height: Int
        var testDescription: String { "\(language) LANG=\(lang) \(width)×\(height)" }
        var isASCII: Bool { lang == "C" }
    }

    static let settings = [
        Setting(language: .en, lang: "C.UTF-8", width: 80, height: 24),
        Setting(language: .zh, lang: "zh_CN.UTF-8", width: 200, height: 60),
        Setting(language: .en, lang: "C", width: 200, height: 60),
        Setting(language: .zh, lang: "C.UTF-8", width: 80, height: 24),
    ]

    /// Whether `text` has a Chinese character (CJK Unified Ideographs).
    static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test(arguments: settings)
    func walkTheWholeCourse(_ setting: Setting) throws {
        let course = try CourseLoader.loadShipped(language: setting.language)
        #expect(course.entries.allSatisfy { !$0.isBroken })
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("dltutor-walk-\(getpid())-\(setting.language)-\(setting.width)-\(setting.lang)")
        try? FileManager.default.removeItem(at: state)
        defer { try? FileManager.default.removeItem(at: state) }
        let environment = ["LANG": setting.lang, "LC_ALL": setting.lang, "TERM": "xterm-256color",
                           "XDG_STATE_HOME": state.path, "SWIFT_BACKTRACE": "interactive=no"]
        let command = "\(TmuxSession.quote(TmuxSession.binary)) --lang \(setting.language); echo \"dltutor exited $?\"; sleep 30"
        let session = try TmuxSession(command, width: setting.width, height: setting.height, environment: environment)
        let done = setting.language == .zh && !setting.isASCII ? "完成" : "done"
        // The run's own completion marker: the end of its progress bar, a percentage and "done".
        // ("完成" alone also appears in lesson text.)
        let finishedMarker = #"\] \d{1,3}% "# + done
        func isMarker(_ row: String) -> Bool { row.range(of: finishedMarker, options: .regularExpression) != nil }
        let verdicts = setting.language == .zh && !setting.isASCII ? ["正确", "不对"] : ["Right.", "Not quite."]
        // The same tutor in-process, to say what the binary's text view must show.
        let catalog = LessonCatalog(ExperimentCatalog.all)
        var model = TutorModel(course: course, catalog: catalog, options: RenderOptions(charset: setting.isASCII ? .ascii : .unicode, color: false))
        model.update(.resize(width: setting.width, height: setting.height))
        let narrow = setting.width < 120
        // The view the binary shows, read from its footer, where `v` is named by the view it leads to.
        let viewHints: [(PageView, String)] = setting.language == .zh && !setting.isASCII
            ? [(.text, "v 分栏"), (.split, "v 实验"), (.lab, "v 正文")] : [(.text, "v split"), (.split, "v lab"), (.lab, "v text")]
        func shownView(_ screen: String) -> PageView? {
            guard let footer = screen.components(separatedBy: "\n").last(where: { !$0.isEmpty }) else { return nil }
            return viewHints.first { footer.contains($0.1) }?.0
        }
        /// Presses `v` until the binary shows `target` (at most three times), waiting for each redraw.
        func switchTo(_ target: PageView) throws -> Bool {
            for _ in 0..<4 {
                var current: PageView?
                _ = try session.waitUntil(timeout: 10) { current = shownView($0); return current != nil }
                if current == target { return true }
                try session.send("v")
                _ = try session.waitUntil(timeout: 10) { shownView($0) != current && shownView($0) != nil }
            }
            return false
        }
        /// The last word of the last finding of the page's run (seed 1, the page's presets), as shown.
        func lastFindingWord(lesson: String, page: Int) -> String? {
            guard let embed = course.entries.first(where: { $0.id == lesson })?.lesson?.pages[page].experiment,
                  let (experiment, settings) = try? embed.resolve(in: catalog),
                  let finding = experiment.start(RunContext(settings: settings, seed: 1, language: setting.language)).runToCompletion().findings.last else { return nil }
            guard let last = model.options.text(finding.text).split(separator: " ").last.map(String.init) else { return nil }
            // Chinese runs on without spaces and may wrap between any two characters (never before
            // the closing 。): its last two characters share a row.
            return last.unicodeScalars.contains { $0.value >= 0x3000 } ? String(last.suffix(2)) : last
        }
        func overlapPatterns(_ screen: String) -> [String] {
            screen.components(separatedBy: "\n").filter { row in
                row.range(of: #"\S(page \d+/\d+|第 \d+/\d+ 页)"#, options: .regularExpression) != nil
                    || row.range(of: #"\w[↓↑]|[↓↑] ?more\w|\w↓ more"#, options: .regularExpression) != nil
            }
        }

        for (lessonIndex, entry) in course.entries.enumerated() {
            let lesson = try #require(entry.lesson)
            try session.send("g")
            for _ in 0..<lessonIndex { try session.send("j") }
            try session.send("Enter")
            for (pageIndex, page) in lesson.pages.enumerated() {
                let pageLabel = setting.language == .zh && !setting.isASCII
                    ? "第 \(pageIndex + 1)/\(lesson.pages.count) 页" : "\(pageIndex + 1)/\(lesson.pages.count)"
                #expect(try session.waitUntil(timeout: 20) { $0.components(separatedBy: "\n").first?.contains(pageLabel) == true },
                        "\(lesson.id)/\(page.id) opens (\(setting.testDescription)):\n\(session.screenText())")
                model.openLesson(at: lessonIndex, page: pageIndex)
                if page.experiment != nil, narrow {
                    // To the text view: it shows the page's first 18 text rows, as the tutor lays them out.
                    #expect(try switchTo(.text), "\(lesson.id)/\(page.id) reaches the text view:\n\(session.screenText())")
                    model.chosenView = .text
                    let expected = Array(model.view().lines()[1...18])
                    let shown = try session.waitUntil(timeout: 10) { Array($0.components(separatedBy: "\n").dropFirst().prefix(18)) == expected }
                    #expect(shown, "\(lesson.id)/\(page.id) text view (\(setting.testDescription)):\n\(session.screenText())")
                    #expect(model.pageTextLayout().map { $0.height >= 18 } == true)
                    #expect(overlapPatterns(session.screenText()).isEmpty, "\(lesson.id)/\(page.id): \(overlapPatterns(session.screenText()))")
                }
                if page.experiment != nil {
                    try session.send("r")
                    let finished = try session.waitUntil(timeout: 60) { $0.components(separatedBy: "\n").contains(where: isMarker) }
                    let screen = session.screenText()
                    #expect(finished, "\(lesson.id)/\(page.id): \(page.experiment!.experimentID) finishes (\(setting.testDescription)):\n\(screen)")
                    #expect(!screen.contains("cannot start") && !screen.contains("无法启动"),
                            "\(lesson.id)/\(page.id) starts its experiment:\n\(screen)")
                    let rows = screen.components(separatedBy: "\n")
                    let panel = rows.drop { !isMarker($0) }.dropFirst()
                    #expect(panel.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count >= 6,
                            "\(lesson.id)/\(page.id) draws its chart (\(setting.testDescription)):\n\(screen)")
                    let chinese = setting.language == .zh && !setting.isASCII
                    if chinese {
                        // The experiment speaks Chinese too: its title (left of the progress bar).
                        // At 200×60 the panel is right of the page text: read the title after the divider.
                        let markerRow = rows.first(where: isMarker) ?? ""
                        let panelPart = markerRow.range(of: "│ ").map { String(markerRow[$0.upperBound...]) } ?? markerRow
                        let title = String(panelPart.prefix { $0 != "[" })
                        #expect(Self.isChinese(title), "\(lesson.id)/\(page.id): the title is Chinese:\n\(screen)")
                    }
                    if narrow {
                        // From the text view the run shows in the lab; every view once, and in the lab
                        // the run's last finding, at the bottom.
                        #expect(shownView(screen) == .lab, "\(lesson.id)/\(page.id): r from the text view shows the lab:\n\(screen)")
                        for target in [PageView.text, .split, .lab] {
                            #expect(try switchTo(target), "\(lesson.id)/\(page.id) reaches \(target):\n\(session.screenText())")
                            if target == .lab {
                                try session.send("G")
                                let words = try #require(lastFindingWord(lesson: lesson.id, page: pageIndex))
                                #expect(try session.waitUntil(timeout: 10) { $0.contains(words) },
                                        "\(lesson.id)/\(page.id): the lab view shows the last finding \"\(words)\":\n\(session.screenText())")
                            }
                            #expect(overlapPatterns(session.screenText()).isEmpty, "\(lesson.id)/\(page.id) \(target): \(overlapPatterns(session.screenText()))")
                        }
                    }
                    if chinese {
                        // The last finding shown (at 80×24 in the lab view, scrolled to its end; at
                        // 200×60 beside the page text, so read from the bullet on).
                        let shownRows = session.screenText().components(separatedBy: "\n")
                        let lastFinding = shownRows.reversed().lazy.compactMap { row -> String? in
                            if let bullet = row.range(of: "• ") { return String(row[bullet.lowerBound...]) }
                            return row.contains("行结论") ? row : nil
                        }.first ?? ""
                        #expect(Self.isChinese(lastFinding), "\(lesson.id)/\(page.id): the last finding is Chinese:\n\(session.screenText())")
                    }
                }
                if page.checkpoints.first.map({ if case .choice = $0.answer { true } else { false } }) == true {
                    // The lab view answers no checkpoint it does not show: back beside the text, as a student would.
                    if page.experiment != nil, narrow {
                        #expect(try switchTo(.split), "\(lesson.id)/\(page.id) back to the split view:\n\(session.screenText())")
                    }
                    try session.send("1")
                    #expect(try session.waitUntil(timeout: 10) { screen in verdicts.contains { screen.contains($0) } },
                            "\(lesson.id)/\(page.id) judges an answer:\n\(session.screenText())")
                }
                let screen = session.screenText()
                #expect(overlapPatterns(screen).isEmpty, "\(lesson.id)/\(page.id): \(overlapPatterns(screen))")
                if setting.isASCII {
                    let nonASCII = screen.unicodeScalars.filter { !$0.isASCII }
                    #expect(nonASCII.isEmpty, "\(lesson.id)/\(page.id) in ASCII:\n\(screen)")
                }
                // In display columns (a Chinese character takes two), as the tutor lays rows out.
                let wide = screen.components(separatedBy: "\n").filter { DisplayWidth.of($0) > setting.width }
                #expect(wide.isEmpty, "\(lesson.id)/\(page.id): rows wider than \(setting.width) columns:\n\(wide.joined(separator: "\n"))")
                try session.send("n")
            }
            try session.send("q")
        }
        try session.send("q")
        #expect(try session.waitFor("dltutor exited 0"))

    }
}
