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
/// row, each knob's label beside its value, and under them the focused knob's help and valid values,
/// wrapped (never cut at the panel's edge).
struct KnobPanel: Widget {
    let settings: KnobSettings
    let selected: Int
    /// What the student is typing as the focused knob's value, while they type it.
    var typing: String?
    let text: UIText

    /// The focused knob's label, what it does and its valid values, wrapped to `width`.
    func helpLines(width: Int, options: RenderOptions) -> [String] {
        guard settings.knobs.indices.contains(selected), width > 2 else { return [] }
        let knob = settings.knobs[selected], language = text.language
        let help = "\(knob.label(in: language)) — \(knob.help(in: language))\(text.listSeparator)\(knob.validValues(in: language))"
        return TextWrap.wrap(options.text(help), width: width - 2).map { " " + $0 }
    }

    /// The rows the panel wants: one a knob, then the focused knob's help.
    func height(width: Int, options: RenderOptions) -> Int { settings.knobs.count + helpLines(width: width, options: options).count }

    func render(in area: Rect, buffer: inout ScreenBuffer, options: RenderOptions) {
        guard !area.isEmpty else { return }
        // The help takes the rows under the knobs, but leaves at least one for the focused knob.
        let help = Array(helpLines(width: area.width, options: options).prefix(max(0, area.height - 1)))
        let knobArea = Rect(x: area.x, y: area.y, width: area.width, height: area.height - help.count)
        for (row, line) in help.enumerated() {
            buffer.put(line, x: area.x, y: knobArea.maxY + row, style: .dim, clip: area)
        }
        let labelWidth = min(area.width / 3, (settings.knobs.map { DisplayWidth.of(options.text($0.id)) }.max() ?? 0) + 1)
        // Keep the focused knob on screen when there are more knobs than rows.
        let first = max(0, min(selected - knobArea.height + 1, settings.knobs.count - knobArea.height))
        for (row, index) in (first..<settings.knobs.count).prefix(knobArea.height).enumerated() {
            let knob = settings.knobs[index]
            let y = knobArea.y + row
            let isSelected = index == selected
            let value = settings[knob.id]?.description ?? "?"
            var x = buffer.put(DisplayWidth.pad(options.text(knob.id), to: labelWidth), x: knobArea.x, y: y,
                               style: isSelected ? .bold : .dim, clip: knobArea)
            if isSelected, let typing {
                // Typing: the input, then the range it must be in.
                x = buffer.put(options.text(text.typeKnobValue), x: x + 1, y: y, style: .bold, clip: knobArea)
                x = buffer.put(typing + "_", x: x, y: y, style: Style(reverse: true), clip: knobArea)
                buffer.put(options.text("  \(knob.validValues(in: text.language))"), x: x, y: y, style: .dim, clip: knobArea)
                continue
            }
            let shown = isSelected ? options.text("◀ \(value) ▶") : "  \(value)  "
            x = buffer.put(shown, x: x + 1, y: y, style: isSelected ? Style(reverse: true) : .plain, clip: knobArea)
            buffer.put(DisplayWidth.truncate(options.text("  \(knob.label(in: text.language))"), to: max(0, knobArea.maxX - x),
                                             ellipsis: options.glyph("…", ascii: "~")),
                       x: x, y: y, style: .dim, clip: knobArea)
        }
    }
}
