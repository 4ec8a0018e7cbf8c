import Experiments
import TextCharts

/// The knobs of the page's experiment on one line: "f(θ): cube   θ: 1   points per decade: 4",
/// the focused one highlighted with arrows to say it can be changed.
struct KnobLine: Widget {
    let settings: KnobSettings
    let selected: Int?

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        var x = area.x
        for (index, knob) in settings.knobs.enumerated() {
            let value = settings[knob.id]?.description ?? "?"
            let isSelected = index == selected
            let text = isSelected
                ? options.text("◀ \(knob.label): \(value) ▶")
                : options.text("\(knob.label): \(value)")
            x = buffer.put(text, x: x, y: area.y, style: isSelected ? Style(reverse: true) : .dim, clip: area)
            x += 3
        }
    }
}
