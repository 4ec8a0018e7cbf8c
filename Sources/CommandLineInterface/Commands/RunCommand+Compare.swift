import Experiments
import TextSupport
import Localization

/// `dltutor run ID --compare KNOB=V1,V2,…`: one run per value, drawn on one chart through the same
/// `RunComparison` the tutor compares its runs with, and the runs table.
extension RunCommand {
    /// How many values one comparison takes: two to compare at all, and no more than the faint
    /// markers that keep the earlier runs told apart.
    static let comparedValues = 2...5

    /// The settings of each run of `--compare` over `base`. A malformed comparison, an unknown
    /// knob, a value out of range or one set by `--set` as well is a usage error naming the fix.
    static func comparedSettings(_ text: String, experiment: some Experiment, base: KnobSettings,
                                 setByHand: [String]) throws(CommandFailure) -> [KnobSettings] {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        let name = parts.first?.trimmingSpaces ?? ""
        let values = parts.count == 2 ? parts[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init) : []
        guard parts.count == 2, !name.isEmpty, values.allSatisfy({ !$0.trimmingSpaces.isEmpty }) else {
            throw usage("'\(text)' is not a comparison: write it as --compare knob=v1,v2,…, e.g. --compare lambda=0,0.7,5")
        }
        guard comparedValues.contains(values.count) else {
            throw usage("--compare takes \(comparedValues.lowerBound) to \(comparedValues.upperBound) values of \(name), not \(values.count)")
        }
        if setByHand.contains(where: { $0.split(separator: "=", maxSplits: 1).first?.trimmingSpaces == name }) {
            throw usage("\(name) is both set with --set and compared with --compare: leave it out of --set")
        }
        var runs: [KnobSettings] = []
        for value in values {
            var settings = base
            do {
                try settings.set(name, text: value, experimentID: experiment.id)
            } catch {
                throw usage("--compare: \(error.description)")
            }
            runs.append(settings)
        }
        return runs
    }

    private static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message, status: DLTutor.usageErrorStatus)
    }

    /// Runs every setting to its end and prints the comparison (or, with `--json`, every run and the table).
    func comparisonOutput(_ text: String, experiment: some Experiment, settings: KnobSettings, seed: UInt64,
                          language: Language) throws(CommandFailure) -> String {
        let runs = try Self.comparedSettings(text, experiment: experiment, base: settings, setByHand: self.settings)
        let comparison = RunComparison(runs.map { settings in
            ComparedRun(settings: settings,
                        frame: experiment.start(RunContext(settings: settings, seed: seed, language: language)).runToCompletion())
        })
        if json {
            return comparison.json(experiment: experiment, seed: seed).serialized(indent: 2)
        }
        let labels = comparison.runs.indices.map(comparison.settingsLabel)
        let earlier = labels.dropLast().enumerated().map { "\(comparison.faintMarker($0.offset)) \($0.element)" }
        var charts = comparison.chartFrame()
        charts.tables = [comparison.table(title: "runs", language: language)]
        charts.findings = []
        let title = "\(experiment.title[language]) (\(experiment.id), seed \(seed)): \(labels.last ?? "") drawn solid, "
            + earlier.joined(separator: ", ") + " faint"
        let width = width ?? 80
        var sections = [FrameText.render(charts, title: title, ascii: ascii, width: width, height: height ?? 24)]
        for (index, run) in comparison.runs.enumerated() {
            sections.append(FrameText.render(Frame(findings: run.frame.findings), title: labels[index] + ":", ascii: ascii,
                                             width: width, height: 1))
        }
        return sections.joined(separator: "\n")
    }
}
