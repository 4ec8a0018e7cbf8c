import Course
import Experiments

/// The focused knob: stepped with ←/→ (the knob's own stepping, as `dltutor run` has it), typed
/// after Enter or a digit, or set by one of the page's presets.
extension TutorModel {
    mutating func stepKnob(by direction: Int) {
        guard var current = settings, current.knobs.indices.contains(knobIndex) else { return }
        let knob = current.knobs[knobIndex]
        guard let value = current[knob.id] else { return }
        current.set(knob.id, to: knob.stepped(value, by: direction))
        settings = current
        status = text.knobChanged(knob.id, current[knob.id]?.description ?? "")
    }

    /// The focused knob, if the page has one.
    var focusedKnob: Knob? {
        guard focus == .knobs, let settings, settings.knobs.indices.contains(knobIndex) else { return nil }
        return settings.knobs[knobIndex]
    }

    /// Enter or a digit on a number knob opens an input (a digit starts it); on a choice or a
    /// toggle Enter steps to the next value, as there is nothing to type.
    mutating func editKnob(startingWith key: Key) {
        guard let knob = focusedKnob else { return }
        switch knob.kind {
        case .number, .integer:
            if case .character(let digit) = key { knobInput = String(digit) } else { knobInput = "" }
        case .choice, .toggle:
            if key == .enter { stepKnob(by: 1) }
        }
    }

    /// Typing a knob's value: Enter sets it if the knob accepts it, else says why and keeps both the
    /// old value and the typed text to correct; Esc abandons it.
    mutating func handleKnobInput(_ key: Key) -> [Effect] {
        guard var typed = knobInput, let knob = focusedKnob, var current = settings else {
            knobInput = nil
            return []
        }
        switch key {
        case .enter:
            do {
                try current.set(knob.id, text: typed, experimentID: currentPage?.experiment?.experimentID ?? "")
                settings = current
                knobInput = nil
                status = text.knobChanged(knob.id, current[knob.id]?.description ?? "")
            } catch let error as KnobError {
                status = text.knobRefused(typed, reason: text.knobRefusal(error, knob: knob), kept: current[knob.id]?.description ?? "")
            } catch {
                status = text.knobRefused(typed, reason: "\(error)", kept: current[knob.id]?.description ?? "")
            }
        case .escape:
            knobInput = nil
        case .backspace:
            if !typed.isEmpty { typed.removeLast() }
            knobInput = typed
        case .character(let character):
            if typed.count < 24 { knobInput = typed + String(character) }
        default:
            status = text.typeKnobHint
        }
        return []
    }

    /// The page's named presets, in lesson order.
    var presets: [NamedPreset] { currentPage?.experiment?.namedPresets ?? [] }

    /// Sets the knobs a preset names (all or none: a value the knob refuses changes nothing).
    mutating func applyPreset(_ index: Int) {
        guard presets.indices.contains(index), var current = settings else {
            status = text.noPreset(Keymap.presetKeys[min(index, Keymap.presetKeys.count - 1)])
            return
        }
        let preset = presets[index]
        do {
            for setting in preset.settings {
                try current.set(setting.name, text: setting.value, experimentID: currentPage?.experiment?.experimentID ?? "")
            }
        } catch {
            status = text.experimentCannotStart("\(error)")
            return
        }
        settings = current
        knobInput = nil
        status = text.presetApplied(preset.settingsText)
    }
}
