import Course
import Experiments
import Localization
import TextCharts

/// The knobs of the page's experiment by the ids the lesson text uses, "function: cube   theta: 1
/// points-per-decade: 4", wrapped over as many rows as they need so that every knob of the run
/// stays visible (the bug lab's ε too).
struct KnobLine: Widget {
    let settings: KnobSettings

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        for (row, items) in Self.rows(items(options), width: area.width).prefix(area.height).enumerated() {
            var x = area.x
            for item in items {
                x = buffer.put(item, x: x, y: area.y + row, style: .dim, clip: area) + Self.gap
            }
        }
    }

    /// How many rows the knobs take at `width`.
    func height(width: Int, options: RenderOptions) -> Int { Self.rows(items(options), width: width).count }

    private func items(_ options: RenderOptions) -> [String] {
        settings.knobs.map { options.text("\($0.id): \(settings[$0.id]?.description ?? "?")") }
    }

    static let gap = 3

    /// Items in reading order, as many to a row as fit (an item wider than a row gets one alone).
    static func rows(_ items: [String], width: Int) -> [[String]] {
        var rows: [[String]] = []
        var used = 0
        for item in items {
            let itemWidth = DisplayWidth.of(item)
            if rows.isEmpty || used + gap + itemWidth > width {
                rows.append([item])
                used = itemWidth
            } else {
                rows[rows.count - 1].append(item)
                used += gap + itemWidth
            }
        }
        return rows
    }
}

/// The page's presets with their keys, "presets:  x lambda = 0   y lambda = 0.7", wrapped like the knobs.
struct PresetLine: Widget {
    let presets: [NamedPreset]
    let text: UIText

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        for (row, items) in KnobLine.rows(items(options), width: area.width).prefix(area.height).enumerated() {
            var x = area.x
            for item in items {
                x = buffer.put(item, x: x, y: area.y + row, style: options.apply(.color(.cyan)), clip: area) + KnobLine.gap
            }
        }
    }

    func height(width: Int, options: RenderOptions) -> Int {
        presets.isEmpty ? 0 : KnobLine.rows(items(options), width: width).count
    }

    private func items(_ options: RenderOptions) -> [String] {
        guard !presets.isEmpty else { return [] }
        let keyed = zip(Keymap.presetKeys, presets).map { key, preset in options.text("\(key) \(preset.title)") }
        return [options.text(text.presets) + " " + keyed[0]] + keyed.dropFirst()
    }
}

/// The knobs one per row while the student adjusts them: the value between arrows on the focused
/// row, and for each knob its valid values and its one line of help.
struct KnobPanel: Widget {
    let settings: KnobSettings
    let selected: Int
    /// What the student is typing as the focused knob's value, while they type it.
    var typing: String?
    let text: UIText

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        guard !area.isEmpty else { return }
        let labelWidth = min(area.width / 3, (settings.knobs.map { DisplayWidth.of(options.text($0.id)) }.max() ?? 0) + 1)
        // Keep the focused knob on screen when there are more knobs than rows.
        let first = max(0, min(selected - area.height + 1, settings.knobs.count - area.height))
        for (row, index) in (first..<settings.knobs.count).prefix(area.height).enumerated() {
            let knob = settings.knobs[index]
            let y = area.y + row
            let isSelected = index == selected
            let value = settings[knob.id]?.description ?? "?"
            var x = buffer.put(DisplayWidth.pad(options.text(knob.id), to: labelWidth), x: area.x, y: y,
                               style: isSelected ? .bold : .dim, clip: area)
            if isSelected, let typing {
                // Typing: the input, then the range it must be in.
                x = buffer.put(options.text(text.typeKnobValue), x: x + 1, y: y, style: .bold, clip: area)
                x = buffer.put(typing + "_", x: x, y: y, style: Style(reverse: true), clip: area)
                buffer.put(options.text("  \(knob.validValues(in: text.language))"), x: x, y: y, style: .dim, clip: area)
                continue
            }
            let shown = isSelected ? options.text("◀ \(value) ▶") : "  \(value)  "
            x = buffer.put(shown, x: x + 1, y: y, style: isSelected ? Style(reverse: true) : .plain, clip: area)
            // The focused knob's longer help: its label, what it does and its valid values.
            let language = text.language
            let help = isSelected
                ? "  \(knob.label(in: language)) — \(knob.help(in: language))\(text.listSeparator)\(knob.validValues(in: language))"
                : "  \(knob.label(in: language))"
            buffer.put(options.text(help), x: x, y: y, style: .dim, clip: area)
        }
    }
}
