import Course
import Experiments
import Foundation
import Testing
import TextCharts
@testable import TutorApp

/// Comparing runs in the tutor: the previous run of the page kept (bounded) in the model, drawn
/// faint under the new one with its knob values in the legend, `o` to hide it, the axes fixed, and
/// the runs table in the panel.
@Suite struct RunComparisonTests {
    static let lesson = """
        ---
        id: reg
        title: Regularization
        summary: L2 against over-fitting.
        ---

        ## L2 {#l2}

        Run λ = 0, then λ = 0.7.

        ```experiment reg.l2
        lambda = 0
        ```

        ## Another page with the same experiment {#again}

        ```experiment reg.l2
        lambda = 5
        ```

        ## Dropout {#dropout}

        ```experiment dropout.keep-prob
        ```
        """

    static func makeCourse() throws -> Course {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("run-comparison-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("en"), withIntermediateDirectories: true)
        try "reg\n".write(to: directory.appendingPathComponent("course.txt"), atomically: true, encoding: .utf8)
        try lesson.write(to: directory.appendingPathComponent("en/reg.md"), atomically: true, encoding: .utf8)
        return try CourseLoader.load(directory: directory, language: .en)
    }

    static func makeModel(options: RenderOptions = RenderOptions(color: false)) throws -> TutorModel {
        var model = TutorModel(course: try makeCourse(), catalog: LessonCatalog(ExperimentCatalog.all), options: options, seed: 1)
        model.update(.resize(width: 80, height: 24))
        model.update(.key(.enter))
        return model
    }

    /// Sets λ with the knob keys (from its current value, by steps of 0.1).
    static func setLambda(_ model: inout TutorModel, to target: Double) {
        model.update(.key(.tab))
        for _ in 0..<200 {
            guard case .number(let value)? = model.settings?["lambda"], abs(value - target) > 1e-9 else { break }
            model.update(.key(.character(value < target ? "+" : "-")))
        }
        model.update(.key(.escape))
    }

    /// λ = 0 run to the end, then λ = 0.7 run to the end: the comparison the lesson asks for.
    static func comparedModel(options: RenderOptions = RenderOptions(color: false)) throws -> TutorModel {
        var model = try makeModel(options: options)
        model.update(.key(.character("r")))
        TutorModelTests.finishRun(&model)
        setLambda(&model, to: 0.7)
        model.update(.key(.character("r")))
        TutorModelTests.finishRun(&model)
        return model
    }

    @Test func printScreens() throws {
        for ascii in [false, true] {
            let model = try Self.comparedModel(options: RenderOptions(charset: ascii ? .ascii : .unicode, color: false))
            print(model.view().lines().joined(separator: "\n"))
        }
    }
}
