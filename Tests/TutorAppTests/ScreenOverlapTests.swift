import Course
import Foundation
import Experiments
import Localization
import Testing
import TextCharts
@testable import TutorApp

/// Every page of the shipped course, in every view, before and after a real run of its experiment,
/// at 80×24, 100×30 and 200×60: no text may be drawn over another text's cells (a title into the
/// page counter, a label over a label, a marker into a word), and everything the run produced
/// (every finding line, every table row) can be scrolled into the lab view at 80×24.
@Suite struct ScreenOverlapTests {
    /// Finished frames, one per experiment and settings: each page's run is done once.
    final class RunCache: @unchecked Sendable {
        private struct Key: Hashable {
            let experimentID: String
            let settings: KnobSettings
            let seed: UInt64
            let language: Language
        }

        private var frames: [Key: Frame] = [:]
        private let lock = NSLock()

        func frame(for request: RunRequest) -> Frame {
            let key = Key(experimentID: request.experimentID, settings: request.settings, seed: request.seed, language: request.language)
            if let frame = lock.withLock({ frames[key] }) { return frame }
            let experiment = ExperimentCatalog.experiment(id: request.experimentID)!
            let frame = experiment.start(RunContext(settings: request.settings, seed: request.seed, language: request.language)).runToCompletion()
            lock.withLock { frames[key] = frame }
            return frame
        }
    }

    static let cache = RunCache()
    static let sizes = [(80, 24), (100, 30), (200, 60)]

    /// Every (lesson, page) of a course that has an experiment, and pages without one too.
    static func pages(_ course: Course) -> [(entry: Int, page: Int)] {
        course.entries.enumerated().flatMap { index, entry in
            (entry.lesson?.pages.indices ?? 0..<0).map { (index, $0) }
        }
    }

    static func open(_ course: Course, entry: Int, page: Int, width: Int, height: Int, view: PageView,
                     ascii: Bool = false) -> TutorModel {
        var model = TutorModel(course: course, catalog: LessonCatalog(ExperimentCatalog.all), options: RenderOptions(charset: ascii ? .ascii : .unicode, color: false), seed: 1)
        model.update(.resize(width: width, height: height))
        model.openLesson(at: entry, page: page)
        model.chosenView = view
        return model
    }

    static func finish(_ model: inout TutorModel) {
        guard let live = model.live else { return }
        model.update(.runProgressed(token: live.token, frame: cache.frame(for: live.request), finished: true))
    }

    static func overlaps(_ model: TutorModel, _ label: String) -> [String] {
        let buffer = model.view(trackingOverlaps: true)
        return buffer.overlaps.prefix(3).map { "\(label): \($0) in row \"\(buffer.lines()[$0.y])\"" }
    }

    @Test(arguments: [Language.en, .zh])
    func noTextIsDrawnOverOtherText(language: Language) throws {
        let course = try CourseLoader.loadShipped(language: language)
        var problems: [String] = []
        for (entry, page) in Self.pages(course) {
            for (width, height) in Self.sizes {
                for view in PageView.allCases {
                    var model = Self.open(course, entry: entry, page: page, width: width, height: height, view: view)
                    let label = "\(model.currentLesson!.id)/\(model.currentPage!.id) \(width)×\(height) \(view)"
                    problems += Self.overlaps(model, label + " before the run")
                    guard model.settings != nil else { continue }
                    model.update(.key(.character("r")))
                    model.chosenView = view
                    Self.finish(&model)
                    problems += Self.overlaps(model, label + " after the run")
                    if view == .lab, let lab = model.labLayout() {
                        // Every part of the run, a screen at a time.
                        var scroll = 0
                        while scroll < lab.maxScroll {
                            scroll = min(lab.maxScroll, scroll + lab.viewport.height)
                            model.labScroll = scroll
                            problems += Self.overlaps(model, label + " scrolled to \(scroll)")
                        }
                    }
                }
            }
        }
        #expect(problems.isEmpty, "\(problems.count) overlaps:\n\(problems.prefix(40).joined(separator: "\n"))")
    }

    /// What each page's experiment promises is there to read at 80×24: every finding line and every
    /// table row of its run shows in the lab view at some scroll position, and no chart says rows were left out.
    @Test(arguments: [Language.en, .zh])
    func everyFindingAndTableRowCanBeScrolledTo(language: Language) throws {
        let course = try CourseLoader.loadShipped(language: language)
        var problems: [String] = []
        for (entry, page) in Self.pages(course) {
            var model = Self.open(course, entry: entry, page: page, width: 80, height: 24, view: .lab)
            guard model.settings != nil else { continue }
            model.update(.key(.character("r")))
            Self.finish(&model)
            let label = "\(model.currentLesson!.id)/\(model.currentPage!.id)"
            var seen: [String] = []
            // Each screen's rows run together without their spaces, so that a finding wrapped over
            // rows (Chinese wraps between any two characters, with no space) reads as one string.
            var screensRunTogether: [String] = []
            model.update(.key(.character("g")))
            var previous = -1
            while model.labScroll != previous {
                previous = model.labScroll
                let lines = model.view().lines()
                seen += lines
                screensRunTogether.append(lines.joined().filter { !$0.isWhitespace })
                model.update(.key(.down))
            }
            let screenText = seen.joined(separator: "\n")
            let frame = model.shownFrame ?? model.live!.frame
            for finding in frame.findings {
                // The end of each finding (its last 12 characters, spaces left out).
                let tail = String(model.options.text(finding.text).filter { !$0.isWhitespace }.suffix(12))
                if !screensRunTogether.contains(where: { $0.contains(tail) }) {
                    problems.append("\(label): finding not reachable: \(finding.text)")
                }
            }
            for table in frame.tables {
                for row in table.rows where !row.isEmpty {
                    let cell = model.options.text(row[0])
                    if !seen.contains(where: { $0.contains(DisplayWidth.truncate(cell, to: 8, ellipsis: "")) }) {
                        problems.append("\(label): table \(table.title) row \(row) not reachable")
                    }
                }
            }
            if screenText.contains(" more") && screenText.contains("… ") && screenText.range(of: #"… \d+ more"#, options: .regularExpression) != nil {
                problems.append("\(label): a chart leaves rows out")
            }
            if screenText.contains("enlarge") { problems.append("\(label): asks to enlarge the window") }
        }
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.prefix(40).joined(separator: "\n"))")
    }
}
