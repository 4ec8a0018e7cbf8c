import Localization
import ArgumentParser
import Course

/// Which course to show: `--lang` and `--lessons`, for the tutor and `list`.
struct CourseOptions: ParsableArguments {
    @Option(name: .customLong("lang"), help: "The course's language (default: from the locale, zh_* → Chinese).")
    var language: Language?

    @Option(name: .customLong("lessons"), help: "Add or override lessons from an instructor's directory.",
            completion: .directory)
    var lessonsDirectory: String?
}
