import ArgumentParser
import Experiments
import TextCharts

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

    @OptionGroup var seed: SeedOption

    @Option(help: "Width of each chart in columns (20 to 1000; default 80).")
    var width: Int?

    @Option(help: "Height of each chart in rows (8 to 1000; default 24).")
    var height: Int?

    @Flag(help: "Draw with ASCII only.")
    var ascii = false

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
        let frame = experiment.start(settings: settings, seed: seed).runToCompletion()
        if json {
            return frame.json(experiment: experiment, settings: settings, seed: seed).serialized(indent: 2)
        }
        let options = RenderOptions(charset: ascii ? .ascii : .unicode, color: false)
        let width = width ?? 80
        let height = height ?? 24
        var lines: [String] = ["\(experiment.title) (\(experiment.id), seed \(seed))"]
        for figure in frame.figures {
            var buffer = ScreenBuffer(width: width, height: height)
            figure.render(in: buffer.area, buffer: &buffer, options: options)
            var figureLines = buffer.lines()
            while figureLines.last?.isEmpty == true { figureLines.removeLast() }
            lines.append(contentsOf: figureLines)
        }
        for table in frame.tables {
            var buffer = ScreenBuffer(width: width, height: table.rows.count + 2)
            Table(columns: table.columns.map { TableColumn($0) }, rows: table.rows)
                .render(in: buffer.area, buffer: &buffer, options: options)
            lines.append(table.title)
            lines.append(contentsOf: buffer.lines())
        }
        let bullet = options.glyph("• ", ascii: "* ")
        for finding in frame.findings {
            lines.append(contentsOf: TextWrap.wrap(bullet + finding.text, width: width))
        }
        let text = lines.joined(separator: "\n")
        return options.text(text)
    }
}
