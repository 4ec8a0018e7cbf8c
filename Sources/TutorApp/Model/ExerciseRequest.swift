/// The exercise of the page on screen, as the host needs it: which one, for which lesson, and the
/// student's own file (in the folder `dltutor exercises init` copies to).
public struct ExerciseRequest: Equatable, Sendable {
    /// The starter's id, e.g. `ex4_l2_regularization`.
    public var exerciseID: String
    /// The lesson whose progress a pass counts in.
    public var lessonID: String
    /// The student's exercise folder (`~/dltutor-exercises` or `$DLTUTOR_EXERCISE_DIR`).
    public var folder: String
    /// The student's file: `folder/<starter file>`.
    public var file: String

    public init(exerciseID: String, lessonID: String, folder: String, file: String) {
        self.exerciseID = exerciseID
        self.lessonID = lessonID
        self.folder = folder
        self.file = file
    }
}
