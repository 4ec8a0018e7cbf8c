import Experiments

/// `dltutor list`: the experiments with their knobs (and, once loaded, the lessons that use them).
enum ListCommand {
    static func run() -> String {
        var lines = ["EXPERIMENTS"]
        for experiment in ExperimentCatalog.all {
            lines.append("  \(experiment.id) — \(experiment.title)")
            for knob in experiment.knobs {
                lines.append("      --set \(knob.id)=\(knob.defaultValue)   \(knob.help); \(knob.validValuesDescription)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
