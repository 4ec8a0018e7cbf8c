/// What a key does in the tutor; `Keymap` says which keys do it, and where.
public enum KeyAction: Equatable, Sendable {
    /// Move in the lesson list, scroll the page, or pick a knob (with the knobs in focus).
    case up, down
    case top, bottom
    case open
    /// Open the highlighted lesson at its first page (Enter resumes where the student left it).
    case openFromStart
    /// Continue where the student left off last time.
    case resume
    case nextPage, previousPage
    /// Text → knobs → each checkpoint → text, and back.
    case switchFocus, switchFocusBack
    /// Type the focused knob's value.
    case editKnob
    /// Apply one of the page's named presets (which one: the key's place in `Keymap.presetKeys`).
    case applyPreset
    case decrease, increase
    case run
    /// Show or hide the previous run of the page on the chart.
    case togglePrevious
    /// The next view of the page: text, split, lab.
    case switchView
    case cancel
    case answer
    /// Open the page's exercise in the student's editor.
    case editExercise
    /// A follower steps out to explore on their own, or rejoins.
    case explore
    /// A presenter shows the class's answers to the page's checkpoints to its followers, or hides them.
    case revealAnswers
    case help, closeHelp
    /// The glossary screen: the course's terms in English and Chinese.
    case glossary
    /// Back to the lesson list, or quit from it.
    case back
}
