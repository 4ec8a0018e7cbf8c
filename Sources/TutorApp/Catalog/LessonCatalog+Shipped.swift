import ExerciseCheck
import Experiments

extension LessonCatalog {
    /// Every experiment of this build and the shipped exercises (none when the Exercises folder
    /// cannot be found: the pages that ask for one then say so).
    public static func shipped(environment: [String: String]) -> LessonCatalog {
        LessonCatalog(ExperimentCatalog.all, exercises: (try? ExerciseCatalog.shipped(environment: environment))?.exercises ?? [])
    }
}
