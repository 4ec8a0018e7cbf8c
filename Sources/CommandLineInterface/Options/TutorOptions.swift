import Localization
import Course

/// Everything the interactive tutor is started with, as a plain value: what `TutorCommand` parsed,
/// handed to the course selection and the classroom host.
struct TutorOptions: Equatable, Sendable {
    var language: Language?
    var lessonsDirectory: String?
    var ascii = false
    var noColor = false
    var seed: UInt64 = 1
    /// `--present [NAME]` or `--follow [NAME]`.
    var classroom: ClassroomOption?
}
