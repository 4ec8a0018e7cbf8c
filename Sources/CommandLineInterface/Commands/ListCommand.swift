import Localization
import ArgumentParser
import Course
import Experiments
import FoundationEssentials

/// `dltutor list`: the lessons with the experiments their pages run, then every experiment with
/// its knobs, written so that a line can be pasted into `dltutor run`; with `--json`, the same
/// catalog for programs (`CatalogJSON`).
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the lessons and the experiments, with their knobs."
    )

    @OptionGroup var course: CourseOptions

    @Flag(help: "Print the catalog as JSON: lessons in every language, pages, embeds, experiments, knobs.")
    var json = false

    init() {}

    func validate() throws {
        if json, course.language != nil {
            throw ValidationError("--json lists every language; leave out --lang")
        }
    }

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        if json {
            let courses = try Language.allCases.map { language throws(CommandFailure) in
                try CourseSelection.load(language: language, lessonsDirectory: course.lessonsDirectory, environment: environment)
            }
            try StandardOutput.write(CatalogJSON.catalog(courses: courses).serialized(indent: 2))
            return
        }
        let loaded = try CourseSelection.load(
            language: course.language, lessonsDirectory: course.lessonsDirectory, environment: environment
        )
        try StandardOutput.write(Self.text(course: loaded))
    }

    static func text(course: Course) -> String {
        let language = course.language
        // The listing's own few words, in the course's language like the rest of it.
        func pick(_ english: String, _ chinese: String) -> String { language == .zh ? chinese : english }
        var lines: [String] = []
        lines.append(pick("LESSONS (\(language.displayName))", "课程（\(language.displayName)）"))
        for (index, entry) in course.entries.enumerated() {
            guard let lesson = entry.lesson else {
                lines.append("  \(index + 1). \(entry.id)\(pick(" — broken: ", " — 文件有误："))\(entry.error?.message ?? "")")
                continue
            }
            lines.append("  \(index + 1). \(lesson.id) — \(lesson.title)")
            for page in lesson.pages {
                guard let embed = page.experiment else { continue }
                let presets = embed.presets.map { " --set \($0.assignment)" }.joined()
                lines.append("       \(page.id): \(embed.experimentID)\(presets)")
            }
        }
        lines.append("")
        lines.append(pick("EXPERIMENTS", "实验"))
        for experiment in ExperimentCatalog.all {
            lines.append("  \(experiment.id) — \(experiment.title[language])")
            for knob in experiment.knobs {
                lines.append("      --set \(knob.id)=\(knob.defaultValue.commandLineText)   \(knob.help(in: language))\(pick("; ", "；"))\(knob.validValues(in: language))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
