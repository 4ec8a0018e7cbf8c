import TextCharts

/// Where a lesson page's parts go for the current terminal size: the text beside the experiment
/// on wide terminals, above it on narrow ones; the text pane's lines and how far they may scroll.
///
/// The model uses the same layout as the view so that scrolling stops at the last line and an
/// answered checkpoint's verdict can be brought into view.
struct LessonLayout {
    enum Divider {
        case vertical(x: Int)
        case horizontal(y: Int)
    }

    var text: Rect
    var panel: Rect?
    var divider: Divider?
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

extension TutorModel {
    /// The body of the lesson screen: everything between the header and the footer rows.
    var lessonBody: Rect { Rect(x: 0, y: 1, width: width, height: height - 2) }

    func lessonLayout() -> LessonLayout? {
        guard let page = currentPage else { return nil }
        let area = lessonBody
        guard page.experiment != nil || page.exercise != nil else {
            return LessonLayout(text: Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height))
        }
        if area.width >= 120 {
            let (left, right) = area.splitLeft(max(40, area.width * 2 / 5))
            return LessonLayout(
                text: Rect(x: left.x + 1, y: left.y, width: left.width - 2, height: left.height),
                panel: Rect(x: right.x + 2, y: right.y, width: right.width - 2, height: right.height),
                divider: .vertical(x: right.x))
        }
        // Once a run is on screen the chart needs the room; the text scrolls.
        let textRows = live == nil ? max(5, area.height * 2 / 5) : max(3, area.height / 6)
        let (top, bottom) = area.splitTop(textRows)
        return LessonLayout(
            text: Rect(x: top.x + 1, y: top.y, width: top.width - 2, height: top.height),
            panel: Rect(x: bottom.x + 1, y: bottom.y + 1, width: bottom.width - 2, height: bottom.height - 1),
            divider: .horizontal(y: bottom.y))
    }

    func pageTextLayout() -> PageTextLayout? {
        guard let page = currentPage, let layout = lessonLayout() else { return nil }
        let width = layout.text.width
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
                              height: layout.text.height)
    }

    /// Under the last page: where to go from here.
    private var endOfLessonLine: String {
        if classroom?.isFollowing != true, let next = nextLesson { return text.endOfLesson(next: next.lesson.title) }
        return text.endOfCourse
    }

    /// How far the text is scrolled: the student's scroll, or the answered checkpoint's verdict.
    func effectiveTextScroll(_ layout: PageTextLayout) -> Int {
        if let id = revealedCheckpoint, let line = layout.checkpointLines[id] {
            return min(line, layout.maxScroll)
        }
        return min(max(0, textScroll), layout.maxScroll)
    }

    /// Scrolls the text by `rows` (negative: up), staying within the page.
    mutating func scrollText(by rows: Int) {
        guard let layout = pageTextLayout() else { return }
        textScroll = min(max(0, effectiveTextScroll(layout) + rows), layout.maxScroll)
        revealedCheckpoint = nil
    }

    /// Scrolls so that a checkpoint's verdict (after an answer) or its question (on focus) is in view.
    mutating func reveal(checkpoint id: String, verdict: Bool = true) {
        revealedCheckpoint = id
        revealsVerdict = verdict
    }
}
