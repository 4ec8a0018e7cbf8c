import Course
import Experiments
import FoundationEssentials
import TextCharts
import TutorApp

/// What `v` costs once a run is on screen: the bytes the backend hands the terminal for the cells
/// that change, and the time from the key to the diff being ready (update, view, diff). Measured on
/// the course's first page with an experiment, after a real run of it to the end.
enum ViewSwitchBenchmark {
    struct Outcome {
        let switches: Int
        /// UTF-8 bytes of the changed cells' text, on average per switch.
        let textBytes: Int
        /// The same with one cursor move (CSI row;col H) and one attribute reset per changed run.
        let bytesWithMoves: Int
        let milliseconds: Double
    }

    static func measure(course: Course, width: Int, height: Int, switches: Int = 30) -> Outcome? {
        guard let (entry, page) = firstExperimentPage(in: course) else { return nil }
        let catalog = LessonCatalog(ExperimentCatalog.all)
        var model = TutorModel(course: course, catalog: catalog, options: RenderOptions())
        model.update(.resize(width: width, height: height))
        for _ in 0..<entry { model.update(.key(.down)) }
        model.update(.key(.enter))
        for _ in 0..<page { model.update(.key(.character("n"))) }
        guard case .startRun(let request)? = model.update(.key(.character("r"))).first(where: { if case .startRun = $0 { true } else { false } }),
              let experiment = catalog.experiment(id: request.experimentID) else { return nil }
        let frame = experiment.start(RunContext(settings: request.settings, seed: request.seed, language: request.language)).runToCompletion()
        model.update(.runProgressed(token: request.token, frame: frame, finished: true))
        var screen = model.view()
        var textBytes = 0, withMoves = 0
        let clock = ContinuousClock()
        let start = clock.now
        for _ in 0..<switches {
            let before = screen
            model.update(.key(.character("v")))
            screen = model.view()
            for run in screen.changes(since: before) {
                textBytes += run.text.utf8.count
                withMoves += run.text.utf8.count + "\u{1B}[\(run.y + 1);\(run.x + 1)H".utf8.count + "\u{1B}[0m".utf8.count
            }
        }
        let seconds = (clock.now - start).seconds
        return Outcome(switches: switches, textBytes: textBytes / switches, bytesWithMoves: withMoves / switches,
                       milliseconds: seconds * 1000 / Double(switches))
    }

    private static func firstExperimentPage(in course: Course) -> (entry: Int, page: Int)? {
        for (index, entry) in course.entries.enumerated() {
            if let page = entry.lesson?.pages.firstIndex(where: { $0.experiment != nil }) { return (index, page) }
        }
        return nil
    }
}
