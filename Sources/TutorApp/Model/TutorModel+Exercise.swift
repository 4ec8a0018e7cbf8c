import Course
import ExerciseCheck

/// The page's exercise: the student's file, checked when the page opens and whenever it is saved,
/// edited with `e`; a passing check counts in the lesson's progress.
///
/// The model only decides; the host performs (`Effect.checkExercise`, `.editExercise`,
/// `.initializeExercises`, `.stopWatchingExercise`) and reports back as messages. Like a run, the
/// watch follows the page on screen whatever turned it: `update` compares the watched exercise
/// before and after each message.
extension TutorModel {
    /// The exercise of the page on screen, if it asks for one.
    public var currentExercise: ExerciseRequest? {
        guard screen == .lesson, let lesson = currentLesson, let embed = currentPage?.exercise else { return nil }
        let file = catalog.exercise(id: embed.exerciseID)?.file ?? embed.exerciseID + ".py"
        let folder = exerciseFolder.hasSuffix("/") ? String(exerciseFolder.dropLast()) : exerciseFolder
        return ExerciseRequest(exerciseID: embed.exerciseID, lessonID: lesson.id, folder: folder, file: folder + "/" + file)
    }

    /// What the host watches: the exercise on screen.
    var watchedExercise: ExerciseRequest? { currentExercise }

    /// Checks a newly shown exercise (and so starts watching it); stops watching one left behind.
    mutating func exerciseWatchEffects(since before: ExerciseRequest?) -> [Effect] {
        let now = watchedExercise
        guard now != before else { return [] }
        guard let now else { return [.stopWatchingExercise] }
        checkingExercise = now.exerciseID
        return [.checkExercise(now)]
    }

    /// `e`: the student's file in their editor (the host offers to create it when it is missing).
    mutating func editExercise() -> [Effect] {
        guard let request = currentExercise else {
            status = text.noExercise
            return []
        }
        return [.editExercise(request)]
    }

    mutating func applyExercise(_ message: Message) -> [Effect] {
        switch message {
        case .exerciseChecked(let report):
            exerciseReports[report.request.exerciseID] = report
            if checkingExercise == report.request.exerciseID { checkingExercise = nil }
            guard report.passed, !progress.hasPassed(lesson: report.request.lessonID, exercise: report.request.exerciseID) else { return [] }
            progress.markExercisePassed(lesson: report.request.lessonID, exercise: report.request.exerciseID)
            return [.saveProgress]
        case .exerciseFileChanged(let request):
            // Only the exercise still on screen: a late report for a page left behind changes nothing.
            guard request == currentExercise else { return [] }
            checkingExercise = request.exerciseID
            return [.checkExercise(request)]
        case .editorFinished(let request, let outcome):
            switch outcome {
            case .exited(0): break
            case .exited(let code): status = text.editorExited(code)
            case .notFound: status = text.noEditor
            case .couldNotStart(let reason): status = text.editorFailed(reason)
            }
            // Whatever the editor did, the file on disk is what counts now.
            guard request == currentExercise else { return [] }
            checkingExercise = request.exerciseID
            return [.checkExercise(request)]
        case .exerciseFileMissing(let request):
            guard request == currentExercise else { return [] }
            overlay = .createExercises(request)
            return []
        case .exercisesInitialized(let request, let problem):
            if let problem {
                status = text.exercisesNotCreated(problem)
                return []
            }
            status = text.exercisesCreated(request.folder)
            return request == currentExercise ? [.editExercise(request)] : []
        default:
            return []
        }
    }
}
