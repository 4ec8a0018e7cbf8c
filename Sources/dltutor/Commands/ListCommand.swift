import Course
import Experiments

/// `dltutor list`: the lessons with the experiments their pages run, then every experiment with
/// its knobs, written so that a line can be pasted into `dltutor run`.
enum ListCommand {
    static func run(course: Course?) -> String {
        var lines: [String] = []
        if let course {
            lines.append("LESSONS (\(course.language.displayName))")
            for (index, entry) in course.entries.enumerated() {
                guard let lesson = entry.lesson else {
                    lines.append("  \(index + 1). \(entry.id) — broken: \(entry.error?.message ?? "")")
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
        }
        lines.append("EXPERIMENTS")
        for experiment in ExperimentCatalog.all {
            lines.append("  \(experiment.id) — \(experiment.title)")
            for knob in experiment.knobs {
                lines.append("      --set \(knob.id)=\(knob.defaultValue)   \(knob.help); \(knob.validValuesDescription)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
