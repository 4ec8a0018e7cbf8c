import Experiments
import Localization
import TextCharts

/// `dltutor run ID`: runs one experiment to completion without a terminal UI and prints the result,
/// as a chart drawn in text or, with `--json`, as the numbers behind it.
enum RunCommand {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func run(_ arguments: Arguments, experimentID: String, environment: [String: String]) throws(Failure) -> String {
        let experiment: any Experiment
        let settings: KnobSettings
        do {
            experiment = try ExperimentCatalog.require(id: experimentID)
        } catch {
            throw Failure(description: error.description)
        }
        do {
            settings = try KnobSettings(experiment: experiment, assignments: arguments.settings)
        } catch {
            throw Failure(description: error.description)
        }
        // The language the run would speak in; a bad --lang was refused when the arguments were parsed.
        let language = (try? Language.resolve(override: arguments.language, environment: environment)) ?? .fallback
        let frame = experiment.start(RunContext(settings: settings, seed: arguments.seed, language: language)).runToCompletion()
        if arguments.json {
            return frame.json(experiment: experiment, settings: settings, seed: arguments.seed).serialized(indent: 2)
        }
        let options = RenderOptions(charset: arguments.ascii ? .ascii : .unicode, color: false)
        let width = arguments.width ?? 80
        let height = arguments.height ?? 24
        var lines: [String] = ["\(experiment.title) (\(experiment.id), seed \(arguments.seed))"]
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
