import ArgumentParser
import Experiments
import FoundationEssentials
import Localization

/// `dltutor run ID`: runs one experiment to completion without a terminal UI and prints the result,
/// as a chart drawn in text or, with `--json`, as the numbers behind it.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run one experiment to the end and print its charts and findings (or, with --json, the numbers)."
    )

    /// The largest drawing a run prints: a bigger one would take memory for nothing (a 30000×30000
    /// screen is gigabytes of cells) and no terminal or slide shows it.
    static let widths = 20...1000
    static let heights = 8...1000

    @Argument(help: "The experiment, e.g. gradcheck.epsilon ('dltutor list' shows them all).",
              completion: .list(ExperimentCatalog.all.map(\.id)))
    var experimentID: String

    @Option(name: [.customLong("set"), .customShort("s")], parsing: .singleValue,
            help: ArgumentHelp("Set a knob, e.g. --set theta=0.5 (repeatable; 'dltutor list' shows each experiment's knobs).",
                               valueName: "knob=value"))
    var settings: [String] = []

    @Option(help: ArgumentHelp("Run once per value of one knob and draw the runs on one chart (the earlier ones faint), with a table of their headline numbers, e.g. --compare lambda=0,0.7,5 (2 to \(Self.comparedValues.upperBound) values).",
                               valueName: "knob=v1,v2,…"))
    var compare: String?

    @OptionGroup var seed: SeedOption

    @Option(name: .customLong("lang"), help: "The language of the run's words (default: from the locale, zh_* → Chinese).")
    var language: Language?

    @Option(help: "Width of each chart in columns (20 to 1000; default 80).")
    var width: Int?

    @Option(help: "Height of each chart in rows (8 to 1000; default 24).")
    var height: Int?

    @Flag(help: "Draw with ASCII only.")
    var ascii = false

    @OptionGroup var ambiguous: AmbiguousWidthOption

    @Flag(help: "Print the numbers behind the charts as JSON instead of drawing them.")
    var json = false

    init() {}

    func validate() throws {
        if let width, !Self.widths.contains(width) {
            throw ValidationError("--width takes a whole number from \(Self.widths.lowerBound) to \(Self.widths.upperBound), not \(width)")
        }
        if let height, !Self.heights.contains(height) {
            throw ValidationError("--height takes a whole number from \(Self.heights.lowerBound) to \(Self.heights.upperBound), not \(height)")
        }
        if json, ascii || width != nil || height != nil {
            throw ValidationError("--json prints numbers, not charts: leave out --ascii, --width and --height")
        }
    }

    /// "Title (id, seed 1)" above the drawing.
    static func heading(_ title: String, id: String, seed: UInt64, in language: Language) -> String {
        switch language {
        case .en: "\(title) (\(id), seed \(seed))"
        case .zh: "\(title)（\(id)，随机种子 \(seed)）"
        }
    }

    func run() throws {
        try StandardOutput.write(try output())
    }

    /// What `run` prints. Unknown experiments and bad settings are usage errors (status 2) whose
    /// message lists what is valid.
    func output() throws(CommandFailure) -> String {
        let experiment: any Experiment
        let settings: KnobSettings
        do {
            experiment = try ExperimentCatalog.require(id: experimentID)
        } catch {
            throw CommandFailure(error.description, status: DLTutor.usageErrorStatus)
        }
        do {
            settings = try KnobSettings(experiment: experiment, assignments: self.settings)
        } catch {
            throw CommandFailure(error.description, status: DLTutor.usageErrorStatus)
        }
        let seed = seed.seed
        let language = self.language ?? Language.fromLocale(environment: ProcessInfo.processInfo.environment)
        if let compare {
            return try comparisonOutput(compare, experiment: experiment, settings: settings, seed: seed, language: language)
        }
        let frame = experiment.start(RunContext(settings: settings, seed: seed, language: language)).runToCompletion()
        if json {
            // Names stay English in every language; a run in another language adds its displayed
            // text, from the same run in English (same seed, same numbers, only the words differ).
            guard language != .en else {
                return frame.json(experiment: experiment, settings: settings, seed: seed).serialized(indent: 2)
            }
            let english = experiment.start(RunContext(settings: settings, seed: seed, language: .en)).runToCompletion()
            return english.json(experiment: experiment, settings: settings, seed: seed, shown: (language, frame))
                .serialized(indent: 2)
        }
        return FrameText.render(frame, title: Self.heading(experiment.title[language], id: experiment.id, seed: seed, in: language),
                                ascii: ascii, width: width ?? 80, height: height ?? 24, language: language,
                                ambiguousWide: ambiguous.isOn(environment: ProcessInfo.processInfo.environment))
    }
}
