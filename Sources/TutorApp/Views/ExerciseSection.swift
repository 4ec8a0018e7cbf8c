import Course
import ExerciseCheck
import FoundationEssentials
import Glibc
import TextCharts

/// The page's exercise in the panel: what to implement, the student's file, the key that edits it,
/// and the last check — a verdict, one bar per array (red in the bug band, green below it) and the
/// hint. Self-contained: the panel gives it a rectangle (all of it, or the rows under an experiment).
struct ExerciseSection: Widget {
    let embed: ExerciseEmbed
    /// The starter's own one-line summary, shown when the page does not say what to implement.
    let summary: String?
    let request: ExerciseRequest
    let report: ExerciseReport?
    let checking: Bool
    let text: UIText
    /// Under an experiment the rows are few: the check's result keeps them, and the task and the key
    /// (which the page's text and the footer also give) are left out.
    var compact = false

    /// Differences from 1e-12 (an empty bar) to 1 (a full one), on a log scale.
    static let barDecades = 12.0
    /// At most this many lines of a failed check's message (the program's stderr can be long).
    static let maximumReasonLines = 6

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        guard !area.isEmpty else { return }
        for (row, line) in lines(width: area.width, options: options).prefix(area.height).enumerated() {
            buffer.put(line, x: area.x, y: area.y + row, clip: area)
        }
    }

    /// Everything the section shows, laid out for `width`; the panel sizes the section by its count.
    func lines(width: Int, options: RenderOptions) -> [StyledLine] {
        guard width > 0 else { return [] }
        var lines: [StyledLine] = []
        func add(_ string: String, _ style: Style) {
            lines += TextWrap.wrap([Span(options.text(string), style: style)], width: width)
        }
        add(text.exerciseTitle(URL(fileURLWithPath: request.file).lastPathComponent), .bold)
        if compact {
            // Nothing else before the result.
        } else if !embed.task.isEmpty {
            lines += TextWrap.wrap(PageText.spans(embed.task, base: .plain, options: options), width: width)
        } else if let summary {
            add(summary, .plain)
        }
        add(text.exerciseFile(request.file), .dim)
        if !compact {
            add(text.exerciseKeys, .dim)
            lines.append([])
        }
        if checking { add(text.exerciseChecking, options.apply(.color(.cyan))) }
        guard let report else {
            if !checking { add(text.exerciseNotChecked, .dim) }
            return lines
        }
        let good = options.apply(Style(foreground: .green, bold: true))
        let bad = options.apply(Style(foreground: .red, bold: true))
        switch report.outcome {
        case .missingFile:
            add(text.exerciseMissing, options.apply(.color(.yellow)))
        case .couldNotRun(let reason):
            let wrapped = TextWrap.wrap([Span(options.text(text.exerciseCouldNotRun(reason)), style: bad)], width: width)
            lines += wrapped.prefix(Self.maximumReasonLines)
            if wrapped.count > Self.maximumReasonLines { add(options.glyph("…", ascii: "..."), .dim) }
        case .checker(let failing):
            add(text.checkerVerdict(failingArrays: failing), report.passed ? good : bad)
        case .network(let overall, let arrays, let hint, let warnings):
            add(text.exerciseVerdict(passed: report.passed, overall: overall), report.passed ? good : bad)
            lines += arrays.map { bar($0, width: width, options: options) }
            for warning in warnings { add(warning, options.apply(.color(.red))) }
            if let hint { add(text.hint(hint), options.apply(.color(.yellow))) }
        }
        return lines
    }

    /// One line for the text view (under the page, above the experiment's strip): the exercise's
    /// file and the state of its last check, cut with an ellipsis at `width`.
    func stripLine(width: Int, options: RenderOptions) -> StyledLine {
        let good = options.apply(Style(foreground: .green, bold: true))
        let bad = options.apply(Style(foreground: .red, bold: true))
        let state: (String, Style)
        if checking {
            state = (text.exerciseChecking, options.apply(.color(.cyan)))
        } else if let report {
            switch report.outcome {
            case .missingFile: state = (text.exerciseMissing, options.apply(.color(.yellow)))
            case .couldNotRun(let reason): state = (text.exerciseCouldNotRun(reason), bad)
            case .checker(let failing): state = (text.checkerVerdict(failingArrays: failing), report.passed ? good : bad)
            case .network(let overall, _, _, _): state = (text.exerciseVerdict(passed: report.passed, overall: overall), report.passed ? good : bad)
            }
        } else {
            state = (text.exerciseNotChecked, .dim)
        }
        let name = options.text(text.exerciseTitle(URL(fileURLWithPath: request.file).lastPathComponent)) + " — "
        let room = max(0, width - DisplayWidth.of(name))
        let stateText = DisplayWidth.truncate(options.text(state.0).split(separator: "\n").first.map(String.init) ?? "", to: room,
                                              ellipsis: options.glyph("…", ascii: "~"))
        return [Span(DisplayWidth.truncate(name, to: width, ellipsis: ""), style: .bold), Span(stateText, style: state.1)]
    }

    /// "W1  ██████████░░░░  3.1e-01": the array's name, its difference on a log scale, the number.
    private func bar(_ array: ExerciseReport.ArrayDifference, width: Int, options: RenderOptions) -> StyledLine {
        let name = options.text(array.name)
        let nameWidth = max(4, DisplayWidth.of(name) + 1)
        let value = " " + UIText.scientific(array.difference)
        let barWidth = max(0, min(24, width - nameWidth - DisplayWidth.of(value)))
        let fraction = array.difference > 0 ? min(1, max(0, (log10(array.difference) + Self.barDecades) / Self.barDecades)) : 0
        let filled = array.difference > 0 ? max(1, Int((fraction * Double(barWidth)).rounded())) : 0
        let color = options.apply(.color(array.failing ? .red : .green))
        return [
            Span(name + String(repeating: " ", count: nameWidth - DisplayWidth.of(name)), style: color),
            Span(String(repeating: options.glyph("█", ascii: "#"), count: min(filled, barWidth)), style: color),
            Span(String(repeating: options.glyph("░", ascii: "."), count: max(0, barWidth - filled)), style: .dim),
            Span(value, style: color),
        ]
    }
}
