import Course
import TextCharts

/// Where a lesson page's parts go for the current terminal size and view (see `PageView`).
///
/// The model uses the same layout as the view so that scrolling stops at the last line and an
/// answered checkpoint's verdict can be brought into view. Every pane keeps one blank column on
/// its right, where its scroll markers go, so a marker never covers text.
struct LessonLayout {
    enum Divider {
        case vertical(x: Int)
        case horizontal(y: Int)
    }

    /// The page text (none in the lab view).
    var text: Rect?
    /// The experiment: beside or under the text in the split view, the whole body in the lab view.
    var panel: Rect?
    /// The text view's one-line experiment strip.
    var strip: Rect?
    /// The lab view's instruction line from the page text.
    var instruction: Rect?
    var dividers: [Divider] = []
}

/// The text pane's content, laid out for its width.
struct PageTextLayout {
    var lines: [StyledLine]
    /// For each checkpoint id, the line where its verdict (or its question, before an answer) starts.
    var checkpointLines: [String: Int]
    var height: Int

    var maxScroll: Int { max(0, lines.count - height) }
}

/// The lab view's scrolling part: the knobs stay put above it, the run scrolls in `viewport`.
struct LabLayout {
    var knobs: Rect
    var viewport: Rect
    var contentHeight: Int

    var maxScroll: Int { max(0, contentHeight - viewport.height) }
}

extension TutorModel {
    /// The body of the lesson screen: everything between the header and the footer rows.
    var lessonBody: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }

    func lessonLayout() -> LessonLayout? {
        guard let page = currentPage else { return nil }
        let area = lessonBody
        guard page.experiment != nil else {
            return LessonLayout(text: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height))
        }
        switch pageView {
        case .text:
            return LessonLayout(text: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height - 2),
                                strip: Rect(x: area.x + 1, y: area.maxY - 1, width: area.width - 2, height: 1),
                                dividers: [.horizontal(y: area.maxY - 2)])
        case .split:
            if area.width >= 120 {
                let (left, right) = area.splitLeft(max(40, area.width * 2 / 5))
                return LessonLayout(
                    text: Rect(x: left.x + 1, y: left.y, width: left.width - 2, height: left.height),
                    panel: Rect(x: right.x + 2, y: right.y, width: right.width - 3, height: right.height),
                    dividers: [.vertical(x: right.x)])
            }
            // The same share before and during a run, so the text does not jump away from the student.
            let (top, bottom) = area.splitTop(max(5, area.height * 2 / 5))
            return LessonLayout(
                text: Rect(x: top.x + 1, y: top.y, width: top.width - 2, height: top.height),
                panel: Rect(x: bottom.x + 1, y: bottom.y + 1, width: bottom.width - 2, height: bottom.height - 1),
                dividers: [.horizontal(y: bottom.y)])
        case .lab:
            let rows = min(2, instructionLines(width: area.width - 2).count)
            return LessonLayout(
                panel: Rect(x: area.x + 1, y: area.y + rows + 1, width: area.width - 2, height: area.height - rows - 1),
                instruction: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: rows),
                dividers: [.horizontal(y: area.y + rows)])
        }
    }

    /// The sentence of the page that says what to do with the experiment: the last paragraph or
    /// item that mentions the `r` key, else the page's first paragraph; wrapped to `width`.
    func instructionLines(width: Int) -> [StyledLine] {
        guard let page = currentPage, width > 0 else { return [] }
        var candidates: [[Inline]] = []
        for block in page.blocks {
            switch block {
            case .paragraph(let inlines): candidates.append(inlines)
            case .list(let items): candidates += items
            case .orderedList(_, let items): candidates += items
            default: continue
            }
        }
        let mentionsRun = candidates.last { inlines in inlines.contains { if case .code("r") = $0 { true } else { false } } }
        guard let chosen = mentionsRun ?? candidates.first else { return [] }
        return TextWrap.wrap(PageText.spans(chosen, base: .plain, options: options), width: width)
    }

    func pageTextLayout() -> PageTextLayout? {
        guard let page = currentPage, let layout = lessonLayout(), let area = layout.text else { return nil }
        // One column short of the pane, so the scroll marker beyond it never touches a word.
        let width = area.width - 1
        var lines = PageText.lines(for: page.blocks, width: width, options: options)
        var checkpointLines: [String: Int] = [:]
        let typingTo = numericInput == nil ? nil : pendingCheckpoint?.id
        for checkpoint in page.checkpoints {
            lines.append([])
            let answer = progress.answer(lesson: currentLesson?.id ?? "", checkpoint: checkpoint.id)?.answer
            let laidOut = CheckpointView.lines(checkpoint, text: text, answer: answer,
                                               typing: typingTo == checkpoint.id ? numericInput : nil,
                                               width: width, options: options)
            checkpointLines[checkpoint.id] = lines.count + (laidOut.verdictLine ?? 0)
            lines += laidOut.lines
        }
        return PageTextLayout(lines: lines, checkpointLines: checkpointLines, height: area.height)
    }

    /// The lab view's knob rows and the viewport its run scrolls in.
    func labLayout() -> LabLayout? {
        guard pageView == .lab, let layout = lessonLayout(), let area = layout.panel, let settings else { return nil }
        let knobRows = focus == .knobs ? min(settings.knobs.count + 1, max(1, area.height / 2)) : 1
        let (knobs, rest) = area.splitTop(knobRows)
        let viewport = Rect(x: rest.x, y: rest.y, width: rest.width - 2, height: rest.height)
        let contentHeight = live.map { ExperimentPanel.fullHeight(of: $0.frame, width: viewport.width, viewport: viewport.height, options: options) }
            ?? viewport.height
        return LabLayout(knobs: knobs, viewport: viewport, contentHeight: contentHeight)
    }

    /// How far the text is scrolled: the student's scroll, or the answered checkpoint's verdict.
    func effectiveTextScroll(_ layout: PageTextLayout) -> Int {
        if let id = revealedCheckpoint, let line = layout.checkpointLines[id] {
            return min(line, layout.maxScroll)
        }
        return min(max(0, textScroll), layout.maxScroll)
    }

    func effectiveLabScroll(_ layout: LabLayout) -> Int { min(max(0, labScroll), layout.maxScroll) }

    /// Scrolls what the student is looking at: the run in the lab view, else the text.
    mutating func scroll(by rows: Int) {
        if let lab = labLayout() {
            labScroll = min(max(0, effectiveLabScroll(lab) + rows), lab.maxScroll)
        } else {
            scrollText(by: rows)
        }
    }

    /// Scrolls the text by `rows` (negative: up), staying within the page.
    mutating func scrollText(by rows: Int) {
        guard let layout = pageTextLayout() else { return }
        textScroll = min(max(0, effectiveTextScroll(layout) + rows), layout.maxScroll)
        revealedCheckpoint = nil
    }

    /// Scrolls so that a checkpoint (its question, or its verdict once answered) is in view; from
    /// the lab view (which has no text) to the split view.
    mutating func reveal(checkpoint id: String) {
        revealedCheckpoint = id
        if pageView == .lab { chosenView = .split }
    }
}
