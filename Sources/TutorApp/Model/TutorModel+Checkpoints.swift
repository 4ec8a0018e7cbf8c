import Course

/// A page's checkpoints: one has the focus (Tab), answers go to it, a first wrong answer brings
/// its hint and a right one or a second wrong one its explanation; and when a page counts as read.
extension TutorModel {
    /// Tab: text → knobs (when the page has an experiment) → each checkpoint → text; Shift-Tab back.
    mutating func cycleFocus(by direction: Int) {
        guard let next = nextFocus(by: direction) else { return }
        focus = next
        knobInput = nil
        // The text view has no knobs to show: focusing them brings them on screen.
        if focus == .knobs, pageView == .text { chosenView = .split }
        if case .checkpoint(let index) = focus, let checkpoint = currentPage?.checkpoints[index] {
            reveal(checkpoint: checkpoint.id, verdict: false)
        }
    }

    /// After the view changed (`v`, a resize): the focus goes back to the text when the view no longer
    /// shows what has it — the text view has no knobs, the lab view no checkpoints.
    mutating func keepFocusOnScreen() {
        switch (pageView, focus) {
        case (.text, .knobs), (.lab, .checkpoint):
            focus = .text
            knobInput = nil
        default:
            break
        }
    }

    /// Where Tab (1) or Shift-Tab (-1) moves the focus; nil when the text is all there is.
    func nextFocus(by direction: Int) -> Focus? {
        var stops: [Focus] = [.text]
        // A follower's knobs are the presenter's: the focus skips them (and goes to the checkpoints).
        if settings != nil, classroom?.isFollowing != true { stops.append(.knobs) }
        stops += (currentPage?.checkpoints.indices ?? 0..<0).map(Focus.checkpoint)
        guard stops.count > 1 else { return nil }
        let here = stops.firstIndex(of: focus) ?? 0
        return stops[(here + direction + stops.count) % stops.count]
    }

    /// The focused checkpoint; with the focus on the text, the page's only checkpoint or else the
    /// first one whose question is on screen (never one the student cannot see).
    func answerTarget() -> (index: Int, checkpoint: Checkpoint)? {
        guard let checkpoints = currentPage?.checkpoints, !checkpoints.isEmpty else { return nil }
        switch focus {
        case .checkpoint(let index):
            return checkpoints.indices.contains(index) ? (index, checkpoints[index]) : nil
        case .knobs:
            return nil
        case .text:
            // The lab view shows no text: a checkpoint is answered only once Tab has brought it back.
            if pageView == .lab { return nil }
            if checkpoints.count == 1 { return (0, checkpoints[0]) }
            guard let layout = pageTextLayout() else { return nil }
            let scroll = effectiveTextScroll(layout)
            let visible = scroll..<(scroll + layout.height)
            return checkpoints.enumerated().first { _, checkpoint in
                layout.checkpointSpans[checkpoint.id].map { $0.overlaps(visible) } ?? false
            }.map { ($0.offset, $0.element) }
        }
    }

    /// Typing a number: digits and number signs edit it, Enter submits, Esc abandons it.
    mutating func handleNumericInput(_ key: Key) -> [Effect] {
        guard var typed = numericInput else { return [] }
        switch key {
        case .enter:
            numericInput = nil
            return answerCheckpoint(with: typed)
        case .escape:
            numericInput = nil
        case .backspace:
            typed.removeLast()
            numericInput = typed.isEmpty ? nil : typed
        case .character(let character) where character.isNumber || "-+.,eE".contains(character):
            if typed.count < 24 { numericInput = typed + String(character) }
        default:
            status = text.typeNumberHint
        }
        return []
    }

    /// Answers the focused checkpoint (see `answerTarget`) with what the student typed; it takes
    /// the focus, so the student sees which question was answered.
    mutating func answerCheckpoint(with typed: String) -> [Effect] {
        guard let lesson = currentLesson else { return [] }
        guard let (index, checkpoint) = answerTarget() else {
            status = currentPage?.checkpoints.isEmpty == false ? text.chooseCheckpoint : text.noCheckpoint
            return []
        }
        focus = .checkpoint(index)
        guard let answer = checkpoint.parseAnswer(typed) else {
            if case .numeric = checkpoint.answer {
                status = text.notANumber(typed)
            } else {
                status = text.answerWithNumber
            }
            return []
        }
        progress.recordAnswer(lesson: lesson.id, checkpoint: checkpoint.id, answer: answer, correct: checkpoint.judge(answer))
        reveal(checkpoint: checkpoint.id, verdict: true)
        return [.saveProgress] + classAnswerEffects(checkpoint, answer)
    }

    /// Marks the page completed once its last line has been on screen; true if that is new.
    mutating func noteEndOfPageSeen() -> Bool {
        guard screen == .lesson, overlay == nil, !isTooSmall, let lesson = currentLesson, let page = currentPage,
              !progress.isCompleted(lesson: lesson.id, page: page.id), let layout = pageTextLayout(),
              effectiveTextScroll(layout) >= layout.maxScroll else { return false }
        progress.markCompleted(lesson: lesson.id, page: page.id)
        return true
    }
}
