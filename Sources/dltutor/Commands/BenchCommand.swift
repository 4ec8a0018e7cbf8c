import DLCore
import Experiments
import Foundation
import TextCharts

/// `dltutor bench`: wall times of the work that must feel live, one line each, measured in this
/// process. Where python3 with NumPy is available it also runs the same two core workloads written
/// the way a student would in NumPy (`Benchmarks/numpy_reference.py`) and prints the ratios.
enum BenchCommand {
    static func run(environment: [String: String]) -> String {
        var lines: [String] = []
        #if DEBUG
        lines.append("note: this is a debug build; measure with 'swift run -c release dltutor bench'")
        #endif
        let train = CoreBenchmarks.runTrain()
        let gradcheck = CoreBenchmarks.runGradcheck()
        let reference = numpyReference(environment: environment)
        lines.append(row("train", seconds: train.seconds, reference: reference?.train, detail: train.detail))
        lines.append(row("gradcheck", seconds: gradcheck.seconds, reference: reference?.gradcheck, detail: gradcheck.detail))
        if reference == nil {
            lines.append("numpy: not measured (needs python3 with numpy and Benchmarks/numpy_reference.py)")
        }
        lines.append(String(format: "render     line chart, 10,000 points, full screen: %.2f ms", ChartBenchmarks.lineChart10k() * 1000))
        lines.append(String(format: "render     heatmap 200×60: %.2f ms", ChartBenchmarks.heatmap200x60() * 1000))
        for experiment in ExperimentCatalog.all {
            let clock = ContinuousClock()
            let start = clock.now
            let run = experiment.start(settings: experiment.defaultSettings, seed: 1)
            var steps = 0
            while !run.isFinished {
                run.step()
                steps += 1
            }
            let elapsed = clock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            lines.append(String(format: "experiment %-26@ %.3f s in %d steps", experiment.id as NSString, seconds, steps))
        }
        return lines.joined(separator: "\n")
    }

    private static func row(_ name: String, seconds: Double, reference: Double?, detail: String) -> String {
        var text = String(format: "%-10@ %.3f s", name as NSString, seconds)
        if let reference {
            text += String(format: "   numpy %.3f s   %.1f× faster", reference, reference / seconds)
        }
        return text + "   (" + detail + ")"
    }

    /// Runs the NumPy reference script, if python3, numpy and the script can be found.
    private static func numpyReference(environment: [String: String]) -> (train: Double, gradcheck: Double)? {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Benchmarks/numpy_reference.py")
        guard FileManager.default.fileExists(atPath: script.path) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let train = object["train_seconds"] as? Double, let gradcheck = object["gradcheck_seconds"] as? Double
        else { return nil }
        return (train, gradcheck)
    }
}
