import Classroom
import Experiments

extension PresentationState {
    /// Knob settings as `name=value` texts that parse back to exactly the same values.
    public static func assignments(_ settings: KnobSettings) -> [String] {
        settings.knobs.compactMap { knob in
            guard let value = settings[knob.id] else { return nil }
            let text: String
            switch value {
            case .number(let number): text = "\(number)"  // shortest text that reads back exactly
            case .integer(let number): text = String(number)
            case .choice(let choice): text = choice
            case .toggle(let on): text = on ? "on" : "off"
            }
            return "\(knob.id)=\(text)"
        }
    }
}
