import Localization
import Course

/// Everything the interactive tutor is started with, as a plain value: what `TutorCommand` parsed,
/// handed to the course selection and the classroom host.
struct TutorOptions: Equatable, Sendable {
    var language: Language?
    var lessonsDirectory: String?
    var ascii = false
    var noColor = false
    /// `--wide-ambiguous` or `DLTUTOR_AMBIGUOUS_WIDE=1`: narrow forms for ambiguous-width characters.
    var wideAmbiguous = false
    var seed: UInt64 = 1
    /// `--present [NAME]` or `--follow [NAME]`.
    var classroom: ClassroomOption?
}
