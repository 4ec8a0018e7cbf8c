import Course
import Experiments
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
    /// The text view's exercise line (a page with an experiment and an exercise), above the strip.
    var exercise: Rect?
    var dividers: [Divider] = []

    /// The width the page text is wrapped to: one column short of its pane, so the scroll marker
    /// beyond it never touches a word (nil in the lab view, which has no text).
    var textWrapWidth: Int? { text.map { $0.width - 1 } }
}

/// The text pane's content, laid out for its width.
struct PageTextLayout {
    var lines: [StyledLine]
    /// For each checkpoint id, the line where its verdict (or its question, before an answer) starts.
    var checkpointLines: [String: Int]
    /// For each checkpoint id, the lines it takes, question to explanation.
    var checkpointSpans: [String: Range<Int>] = [:]
    var height: Int

    var maxScroll: Int { max(0, lines.count - height) }
}

/// The lab view's scrolling part: the knobs stay put above it, the run scrolls in `viewport`.
struct LabLayout {
    var knobs: Rect
    var presets: Rect
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
        guard page.experiment != nil || page.exercise != nil else {
            return LessonLayout(text: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height))
        }
        switch pageView {
        case .text:
            // A page's exercise keeps one line above the strip: its file and its last check.
            let exerciseRows = page.exercise == nil ? 0 : 1
            return LessonLayout(text: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height - 2 - exerciseRows),
                                strip: Rect(x: area.x + 1, y: area.maxY - 1, width: area.width - 2, height: 1),
                                exercise: exerciseRows > 0 ? Rect(x: area.x + 1, y: area.maxY - 2, width: area.width - 2, height: 1) : nil,
                                dividers: [.horizontal(y: area.maxY - 2 - exerciseRows)])
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
        guard let page = currentPage, let layout = lessonLayout(), let area = layout.text, let width = layout.textWrapWidth else { return nil }
        var lines = wrappedPageLines(width: width)
        var checkpointLines: [String: Int] = [:]
        var checkpointSpans: [String: Range<Int>] = [:]
        let typingTo = numericInput == nil ? nil : numericInputCheckpoint
        let checkpoints = page.checkpoints
        for (index, checkpoint) in checkpoints.enumerated() {
            lines.append([])
            let record = progress.answer(lesson: currentLesson?.id ?? "", checkpoint: checkpoint.id)
            let laidOut = CheckpointView.lines(checkpoint, text: text, record: record,
                                               typing: typingTo == checkpoint.id ? numericInput : nil,
                                               number: checkpoints.count > 1 ? (index + 1, checkpoints.count) : nil,
                                               focused: focus == .checkpoint(index), width: width, options: options)
            let start = lines.count
            checkpointLines[checkpoint.id] = start + (revealsVerdict ? (laidOut.verdictLine ?? 0) : 0)
            lines += laidOut.lines
            lines += classAnswerLines(checkpoint, width: width)
            checkpointSpans[checkpoint.id] = start..<lines.count
        }
        if pageIndex == (currentLesson?.pages.count ?? 0) - 1 {
            lines.append([])
            lines += TextWrap.wrap([Span(options.text(endOfLessonLine), style: options.apply(Style(foreground: .cyan, bold: true)))],
                                   width: width)
        }
        return PageTextLayout(lines: lines, checkpointLines: checkpointLines, checkpointSpans: checkpointSpans,
                              height: area.height)
    }

    /// Under the last page: where to go from here.
    private var endOfLessonLine: String {
        if classroom?.isFollowing != true, let next = nextLesson { return text.endOfLesson(next: next.lesson.title) }
        return text.endOfCourse
    }

    /// The lab view's knob rows and the viewport its run scrolls in.
    func labLayout() -> LabLayout? {
        guard pageView == .lab, let layout = lessonLayout(), let area = layout.panel, let settings else { return nil }
        let rows = knobRows(settings: settings, width: area.width, height: area.height)
        let (knobs, belowKnobs) = area.splitTop(rows.knobs)
        let (presets, rest) = belowKnobs.splitTop(rows.presets)
        let viewport = Rect(x: rest.x, y: rest.y, width: rest.width - 2, height: rest.height)
        let contentHeight = live.map {
            ExperimentPanel.fullHeight(of: shownFrame ?? $0.frame, runs: runsTable, width: viewport.width, viewport: viewport.height, options: options)
        } ?? viewport.height
        return LabLayout(knobs: knobs, presets: presets, viewport: viewport, contentHeight: contentHeight)
    }

    /// The rows the knobs take above a run: as few as show them all while the student reads (the
    /// knob line wraps), one a knob while they adjust them; then the page's presets.
    func knobRows(settings: KnobSettings, width: Int, height: Int) -> (knobs: Int, presets: Int) {
        let presets = min(PresetLine(presets: self.presets, text: text).height(width: width, options: options), 2)
        let knobs = focus == .knobs
            ? min(KnobPanel(settings: settings, selected: knobIndex, text: text).height(width: width, options: options), max(2, height / 2))
            : min(KnobLine(settings: settings).height(width: width, options: options), max(1, height / 3))
        return (knobs, presets)
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

    /// Scrolls so that a checkpoint's verdict (after an answer) or its question (on focus) is in view;
    /// from the lab view (which has no text) to the split view.
    mutating func reveal(checkpoint id: String, verdict: Bool = true) {
        revealedCheckpoint = id
        revealsVerdict = verdict
        if pageView == .lab { chosenView = .split }
    }
}
