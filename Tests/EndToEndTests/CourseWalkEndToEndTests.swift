import Course
import Foundation
import Localization
import Testing
import TextCharts

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
                    if setting.language == .zh && !setting.isASCII {
                        // The experiment speaks Chinese too: its title (left of the progress bar) and
                        // the last finding shown (or the line saying how many more there are).
                        // At 200×60 the panel is right of the page text: read the title after the divider.
                        let markerRow = rows.first(where: isMarker) ?? ""
                        let panelPart = markerRow.range(of: "│ ").map { String(markerRow[$0.upperBound...]) } ?? markerRow
                        let title = String(panelPart.prefix { $0 != "[" })
                        // Beside the page text at 200×60, so read from the bullet on.
                        let lastFinding = panel.reversed().lazy.compactMap { row -> String? in
                            if let bullet = row.range(of: "• ") { return String(row[bullet.lowerBound...]) }
                            return row.contains("行结论") ? row : nil
                        }.first ?? ""

                        #expect(Self.isChinese(title), "\(lesson.id)/\(page.id): the title is Chinese:\n\(screen)")
                        if page.exercise != nil && lastFinding.isEmpty {
                            // At 80×24 the page's exercise takes the panel's last rows (the findings are
                            // in `dltutor run --lang zh`, checked by ChineseExperimentTextTests): its
                            // section speaks Chinese instead.
                            #expect(screen.contains("练习："), "\(lesson.id)/\(page.id): the exercise is in Chinese:\n\(screen)")
                        } else {
                            #expect(Self.isChinese(lastFinding), "\(lesson.id)/\(page.id): the last finding is Chinese:\n\(screen)")
                        }
                    }

                }
                if page.checkpoints.first.map({ if case .choice = $0.answer { true } else { false } }) == true {
                    try session.send("1")
                    #expect(try session.waitUntil(timeout: 10) { screen in verdicts.contains { screen.contains($0) } },
                            "\(lesson.id)/\(page.id) judges an answer:\n\(session.screenText())")
                }
                let screen = session.screenText()
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
