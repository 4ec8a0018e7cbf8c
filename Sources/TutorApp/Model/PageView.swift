/// How a lesson page is shown: its text alone, text and experiment together, or the experiment alone.
///
/// At 80×24 one screen cannot hold a page's text and a readable chart at once, so the student
/// switches (`v`): the text view to read, the lab view to see every chart, finding and table of a
/// run, the split view to see both at a glance (side by side from 120 columns).
public enum PageView: String, Equatable, Sendable, CaseIterable {
    /// The whole page text; the experiment as a one-line strip with its state.
    case text
    /// Text and experiment together: beside each other on wide terminals, above each other on narrow ones.
    case split
    /// The experiment full screen (knobs, charts, findings, tables; scrolling), under the page's instruction line.
    case lab

    /// The view `v` switches to.
    var next: PageView {
        switch self {
        case .text: .split
        case .split: .lab
        case .lab: .text
        }
    }

    /// What a page opens in until the student picks a view: side by side where both fit.
    static func defaultView(width: Int) -> PageView { width >= 120 ? .split : .text }
}
