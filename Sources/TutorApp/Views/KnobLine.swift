import Experiments
import Localization
import TextCharts

/// The knobs of the page's experiment on one line: "f(θ): cube   θ: 1   points per decade: 4",
/// the focused one highlighted with arrows to say it can be changed.
struct KnobLine: Widget {
    let settings: KnobSettings
    let selected: Int?
    let language: Language

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        var x = area.x
        for (index, knob) in settings.knobs.enumerated() {
            let value = settings[knob.id]?.description ?? "?"
            let isSelected = index == selected
            let text = isSelected
                ? options.text("◀ \(knob.label(in: language)): \(value) ▶")
                : options.text("\(knob.label(in: language)): \(value)")
            x = buffer.put(text, x: x, y: area.y, style: isSelected ? Style(reverse: true) : .dim, clip: area)
            x += 3
        }
    }
}

/// The knobs one per row while the student adjusts them: the value between arrows on the focused
/// row, and for each knob its valid values and its one line of help.
struct KnobPanel: Widget {
    let settings: KnobSettings
    let selected: Int
    let language: Language
    private var text: UIText { UIText(language: language) }

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        guard !area.isEmpty else { return }
        let labelWidth = min(area.width / 3, (settings.knobs.map { DisplayWidth.of(options.text($0.label(in: language))) }.max() ?? 0) + 1)
        // Keep the focused knob on screen when there are more knobs than rows.
        let first = max(0, min(selected - area.height + 1, settings.knobs.count - area.height))
        for (row, index) in (first..<settings.knobs.count).prefix(area.height).enumerated() {
            let knob = settings.knobs[index]
            let y = area.y + row
            let isSelected = index == selected
            let value = settings[knob.id]?.description ?? "?"
            var x = buffer.put(DisplayWidth.pad(options.text(knob.label(in: language)), to: labelWidth), x: area.x, y: y,
                               style: isSelected ? .bold : .dim, clip: area)
            let shown = isSelected ? options.text("◀ \(value) ▶") : "  \(value)  "
            x = buffer.put(shown, x: x + 1, y: y, style: isSelected ? Style(reverse: true) : .plain, clip: area)
            buffer.put(options.text("  " + text.knobHelp(knob.help(in: language), knob.validValues(in: language))), x: x, y: y, style: .dim, clip: area)
        }
    }
}
