import Classroom
import Experiments

/// A key the student pressed, independent of the terminal library that read it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
}

/// Everything that can happen to the tutor: the input side of its update loop.
public enum Message: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// The host stepped the run the model asked for with `token` (`Effect.startRun`): its latest
    /// frame, and whether it has finished. Reports for a run the model has replaced are ignored.
    case runProgressed(token: Int, frame: Frame, finished: Bool)
    /// A quit signal (Ctrl-C, SIGTERM, SIGHUP): save and leave without asking.
    case quitSignal
    /// What the host read from the presentation this tutor follows.
    case presentation(PresentationEvent)
    /// A follower's host says whether the presenter's runs may start now (its CPU budget).
    case runBudget(RunPermission)
    /// The host checked the student's exercise file (`Effect.checkExercise`).
    case exerciseChecked(ExerciseReport)
    /// The watched exercise file was saved (its modification time changed): check it again.
    case exerciseFileChanged(ExerciseRequest)
    /// `Effect.editExercise` found no file to edit: the student's folder needs the starters first.
    case exerciseFileMissing(ExerciseRequest)
    /// The editor `Effect.editExercise` started has exited (or could not start).
    case editorFinished(ExerciseRequest, EditorOutcome)
    /// `Effect.initializeExercises` copied the starters (`problem`: why it could not).
    case exercisesInitialized(ExerciseRequest, problem: String?)
    /// A presenter's host read its followers' answers (one per student, this session's) and the
    /// answer files it newly found unusable, as short reasons.
    case classAnswers([ClassAnswer], ignored: [String])
}

/// What the tutor asks its host to do after an update, as values (the host performs them).
public enum Effect: Equatable, Sendable {
    case quit
    /// The student's progress changed: write `model.progress` to disk.
    case saveProgress
    /// The presenter's state changed: publish `model.presentationSnapshot` for its followers.
    case publishPresentation
    /// Start this run and report its frames as `Message.runProgressed` (a new run replaces any other).
    case startRun(RunRequest)
    /// Stop stepping the run with this token: cancelled, or no longer on screen.
    case cancelRun(token: Int)
    /// Check the student's exercise file now (off the UI thread) and report `Message.exerciseChecked`;
    /// from now on watch it, and send `Message.exerciseFileChanged` when it is saved.
    case checkExercise(ExerciseRequest)
    /// The page with the watched exercise is no longer on screen: stop watching.
    case stopWatchingExercise
    /// Leave the screen, open the student's file in their editor, restore the screen when it exits
    /// and report `Message.editorFinished` (or `Message.exerciseFileMissing` when there is no file).
    case editExercise(ExerciseRequest)
    /// Copy the starters into the student's folder, keeping every file they changed
    /// (`dltutor exercises init`), and report `Message.exercisesInitialized`.
    case initializeExercises(ExerciseRequest)
    /// A follower answered a checkpoint of the presenter's current page: send it to the presenter.
    case sendClassAnswer(ClassAnswer)
}
