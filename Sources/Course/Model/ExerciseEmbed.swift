/// An exercise the page asks the student to do in their own editor: a starter file of `dltutor
/// exercises init` that `dltutor check` gradient-checks.
public struct ExerciseEmbed: Sendable, Hashable {
    /// The exercise's stable id: its starter file's name without `.py`, e.g. `ex4_l2_regularization`.
    public var exerciseID: String
    /// What to implement, in the lesson's language (the fence's body joined into one paragraph);
    /// empty when the page leaves it to the exercise's own one-line summary.
    public var task: [Inline]
    /// The line of the ```` ```exercise ```` fence in the lesson file.
    public var line: Int

    public init(exerciseID: String, task: [Inline], line: Int) {
        self.exerciseID = exerciseID
        self.task = task
        self.line = line
    }
}
