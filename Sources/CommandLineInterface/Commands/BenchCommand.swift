import ArgumentParser
import ProcessSupport
import Course
import DLCore
import Experiments
import Localization
import TutorApp
import FoundationEssentials
import Glibc
import TextSupport
import TextCharts

/// `dltutor bench`: wall times of the work that must feel live, one line each, measured in this
/// process. Where python3 with NumPy is available it also runs the same two core workloads written
/// the way a student would in NumPy (`Benchmarks/numpy_reference.py`), and where JAX is installed the
/// train workload jit-compiled on the CPU (`Benchmarks/jax_reference.py`, what an expert would pick),
/// and prints the ratios: the references run in the same session, under the same load.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the speed of training, gradient checking and drawing (use a release build)."
    )

    init() {}

    func run() throws {
        try StandardOutput.write(Self.report(environment: ProcessInfo.processInfo.environment))
    }

    static func report(environment: [String: String]) -> String {
        var lines: [String] = []
        #if DEBUG
        lines.append("note: this is a debug build; measure with 'swift run -c release dltutor bench'")
        #endif
        // The fastest of three runs each, as for the NumPy reference: the same treatment on both sides.
        let train = fastest(of: 3) { CoreBenchmarks.runTrain() }
        let gradcheck = fastest(of: 3) { CoreBenchmarks.runGradcheck() }
        let numpy = numpyReference()
        let jax = jaxTrainReference()
        lines.append(row("train", seconds: train.seconds,
                         references: [("numpy", numpy?.train), ("jax", jax)], detail: train.detail))
        lines.append(row("gradcheck", seconds: gradcheck.seconds, references: [("numpy", numpy?.gradcheck)], detail: gradcheck.detail))
        if numpy == nil {
            lines.append("numpy: not measured (needs python3 with numpy and Benchmarks/numpy_reference.py)")
        }
        if jax == nil {
            lines.append("jax: not measured (needs python3 with jax, e.g. pip install \"jax[cpu]\", and Benchmarks/jax_reference.py)")
        }
        lines.append(String(printf: "render     line chart, 10,000 points, full screen: %.2f ms", ChartBenchmarks.lineChart10k() * 1000))
        lines.append(String(printf: "render     heatmap 200×60: %.2f ms", ChartBenchmarks.heatmap200x60() * 1000))
        lines.append(contentsOf: tutorLines(environment: environment))
        for experiment in ExperimentCatalog.all {
            let clock = ContinuousClock()
            let start = clock.now
            let run = experiment.start(RunContext(settings: experiment.defaultSettings, seed: 1, language: .fallback))
            var steps = 0
            while !run.isFinished {
                run.step()
                steps += 1
            }
            let seconds = (clock.now - start).seconds
            lines.append("experiment " + experiment.id.paddedRight(to: 26) + String(printf: " %.3f s in %d steps", seconds, steps))
        }
        return lines.joined(separator: "\n")
    }

    /// What the interactive tutor costs per screen, without a terminal: loading the course to the
    /// first frame, and handling a page-turn key (update, view, and the diff the backend sends).
    private static func tutorLines(environment: [String: String]) -> [String] {
        let clock = ContinuousClock()
        let start = clock.now
        guard let course = try? CourseLoader.loadShipped(language: .en, environment: environment) else {
            return ["tutor      not measured: the shipped course was not found"]
        }
        var lines: [String] = []
        for (width, height) in [(80, 24), (200, 60)] {
            var model = TutorModel(course: course, catalog: LessonCatalog(ExperimentCatalog.all), options: RenderOptions())
            model.update(.resize(width: width, height: height))
            var screen = model.view()
            if width == 80 {
                lines.append(String(printf: "tutor      course loaded and first screen drawn: %.1f ms", (clock.now - start).seconds * 1000))
            }
            model.update(.key(.enter))
            screen = model.view()
            var turns = 0
            var cells = 0
            let turnStart = clock.now
            // Walk every page of the first lessons and back: each step is a key, a new view and a diff.
            for _ in 0..<200 {
                let before = screen
                model.update(.key(.character(turns % 20 < 10 ? "n" : "p")))
                screen = model.view()
                cells += screen.changes(since: before).reduce(0) { $0 + $1.columns }
                turns += 1
            }
            let perTurn = (clock.now - turnStart).seconds * 1000 / Double(turns)
            lines.append(String(printf: "tutor      page turn at %d×%d: %.2f ms per key (update + view + diff), %d cells changed on average",
                                width, height, perTurn, cells / turns))
        }
        for (width, height) in [(80, 24), (200, 60)] {
            guard let outcome = ViewSwitchBenchmark.measure(course: course, width: width, height: height) else { continue }
            lines.append(String(printf: "tutor      view switch (v) after a run at %d×%d: %.2f ms per key (update + view + diff), %d bytes of text, ≈%d bytes with cursor moves",
                                width, height, outcome.milliseconds, outcome.textBytes, outcome.bytesWithMoves))
        }
        return lines
    }

    private static func fastest(of runs: Int, _ workload: () -> CoreBenchmarks.Outcome) -> CoreBenchmarks.Outcome {
        (0..<runs).map { _ in workload() }.min { $0.seconds < $1.seconds }!
    }

    /// `name  seconds`, then for each reference measured its time and how many times faster this process was.
    private static func row(_ name: String, seconds: Double, references: [(name: String, seconds: Double?)], detail: String) -> String {
        var text = name.paddedRight(to: 10) + String(printf: " %.3f s", seconds)
        for case let (reference, referenceSeconds?) in references {
            text += "   " + reference + String(printf: " %.3f s   %.1f× faster", referenceSeconds, referenceSeconds / seconds)
        }
        return text + "   (" + detail + ")"
    }

    /// What numpy_reference.py prints: `{"train_seconds": …, "gradcheck_seconds": …}`.
    private struct NumPyTimes: Decodable {
        let train_seconds: Double
        let gradcheck_seconds: Double
    }

    /// Runs the NumPy reference script (both workloads, the fastest of three runs each), if python3,
    /// numpy and the script can be found.
    private static func numpyReference() -> (train: Double, gradcheck: Double)? {
        // The fastest of three runs: NumPy timings swing widely on a loaded machine (BLAS threads).
        guard let output = runReference("numpy_reference.py", arguments: ["--repeat", "3"]),
              let times = try? JSONDecoder().decode(NumPyTimes.self, from: output)
        else { return nil }
        return (times.train_seconds, times.gradcheck_seconds)
    }

    /// Runs the JAX reference of the train workload (the same network, data size and step count; the
    /// script compiles first and prints `seconds=` as the fastest of three runs), if python3, jax and
    /// the script can be found. The JAX gradient check is not run: it takes minutes on a small machine.
    private static func jaxTrainReference() -> Double? {
        let layers = CoreBenchmarks.trainLayerSizes.map(String.init).joined(separator: ",")
        guard let output = runReference("jax_reference.py", arguments: ["train", "\(CoreBenchmarks.pointCount)",
                                                                        "\(CoreBenchmarks.trainIterations)", layers]),
              let text = String(data: output, encoding: .utf8),
              let field = text.split(whereSeparator: \.isWhitespace).last(where: { $0.hasPrefix("seconds=") })
        else { return nil }
        return Double(field.dropFirst("seconds=".count))
    }

    /// The standard output of `python3 Benchmarks/SCRIPT ARGUMENTS`, nil if the script is missing or fails.
    private static func runReference(_ script: String, arguments: [String]) -> Data? {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Benchmarks").appendingPathComponent(script)
        guard FileManager.default.fileExists(atPath: path.path) else { return nil }
        guard let started = try? ProcessPipes.start(["python3", path.path] + arguments, environment: ProcessInfo.processInfo.environment, writesInput: false)
        else { return nil }
        let (output, status) = started.readToEndAndWait()
        return status == 0 ? Data(output) : nil
    }
}

