import Foundation
import Testing
@testable import Course

/// A passing exercise is saved with the lesson's progress, beside pages and answers, in a field that
/// files from before exercises simply lack.
@Suite struct ExerciseProgressTests {
    @Test func aFileFromBeforeExercisesLoadsAndGainsTheField() throws {
        let root = makeTemporaryDirectory("exercise-progress")
        defer { removeTemporary(root) }
        let store = ProgressStore(directory: root)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // Exactly what dltutor wrote before this field existed.
        let old = #"{"version":1,"lessons":{"regularization":{"pages":{"decay":{"visited":1800000000}},"checkpoints":{}}}}"#
        try Data(old.utf8).write(to: store.fileURL)
        let loaded = store.load()
        #expect(loaded.warning == nil)
        #expect(loaded.progress.isVisited(lesson: "regularization", page: "decay"))
        #expect(!loaded.progress.hasPassed(lesson: "regularization", exercise: "ex4_l2_regularization"))

        let date = Date(timeIntervalSince1970: 1_800_000_100)
        _ = try store.update { $0.markExercisePassed(lesson: "regularization", exercise: "ex4_l2_regularization", at: date) }
        let again = store.load().progress
        #expect(again.lessons["regularization"]?.exercises == ["ex4_l2_regularization": date])
        #expect(again.isVisited(lesson: "regularization", page: "decay"), "nothing the file had is lost")
        // And the new file still reads as the old format did: the field is one more key beside the others.
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: store.fileURL)) as? [String: Any]
        let lesson = (json?["lessons"] as? [String: Any])?["regularization"] as? [String: Any]
        #expect(lesson?["pages"] != nil)
        #expect((lesson?["exercises"] as? [String: Double])?["ex4_l2_regularization"] == 1_800_000_100)
    }

    @Test func theFirstPassCountsAndMergingKeepsTheEarliest() {
        var progress = StudentProgress()
        let first = Date(timeIntervalSince1970: 100), later = Date(timeIntervalSince1970: 200)
        progress.markExercisePassed(lesson: "dropout", exercise: "ex5_dropout", at: later)
        progress.markExercisePassed(lesson: "dropout", exercise: "ex5_dropout", at: Date(timeIntervalSince1970: 300))
        #expect(progress.lessons["dropout"]?.exercises["ex5_dropout"] == later)
        var other = StudentProgress()
        other.markExercisePassed(lesson: "dropout", exercise: "ex5_dropout", at: first)
        other.markExercisePassed(lesson: "debugging", exercise: "ex3_backward_pass", at: first)
        let merged = progress.merged(with: other)
        #expect(merged.lessons["dropout"]?.exercises["ex5_dropout"] == first)
        #expect(merged.hasPassed(lesson: "debugging", exercise: "ex3_backward_pass"))
    }

    @Test func onlyTheExercisesTheLessonAsksForAreCounted() throws {
        let lesson = try parse(frontMatter("sample") + """

            ## One {#one}

            Text.

            ```exercise ex_a
            ```

            ## Two {#two}

            Text.

            ```exercise ex_b
            ```

            ## Three {#three}

            Again.

            ```exercise ex_b
            ```

            """)
        #expect(lesson.exerciseIDs == ["ex_a", "ex_b"])
        var progress = StudentProgress()
        #expect(progress.passedExerciseCount(of: lesson) == 0)
        progress.markExercisePassed(lesson: "sample", exercise: "ex_b")
        progress.markExercisePassed(lesson: "sample", exercise: "ex_gone")
        #expect(progress.passedExerciseCount(of: lesson) == 1)
    }
}
