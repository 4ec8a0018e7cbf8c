import Course
import Experiments
import TextCharts

extension TutorModel {
    /// The screen as it should look now.
    public func view() -> ScreenBuffer { view(trackingOverlaps: false) }

    /// The screen, recording (for tests) any text drawn over another's (see `ScreenBuffer.overlaps`).
    public func view(trackingOverlaps: Bool) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        if trackingOverlaps { buffer.trackOverlaps() }
        if isTooSmall {
            renderTooSmall(into: &buffer)
            return buffer
        }
        let (header, rest) = buffer.area.splitTop(1)
        let (body, footer) = rest.splitBottom(footerHeight)
        switch screen {
        case .overview:
            renderHeader(options.text("dltutor — " + text.tagline), into: &buffer, area: header)
            renderOverview(into: &buffer, area: body.inset(by: 1))
        case .lesson:
            renderLessonHeader(into: &buffer, area: header)
            renderLesson(into: &buffer, area: body)
        }
        renderFooter(into: &buffer, area: footer)
        renderClassroom(into: &buffer, header: header, footer: footer)
        if let overlay {
            renderOverlay(overlay, into: &buffer)
        }
        // The terminal draws ambiguous-width characters two columns wide: none may reach it.
        if options.ambiguousWide { buffer = buffer.narrowingAmbiguous() }
        return buffer
    }

    // MARK: Frame

    private func renderTooSmall(into buffer: inout ScreenBuffer) {
        let lines = text.tooSmall(width: width, height: height, minimumWidth: Self.minimumSize.width,
                                  minimumHeight: Self.minimumSize.height).map(options.text)
        let top = max(0, (height - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let wrapped = DisplayWidth.truncate(line, to: width, ellipsis: "")
            buffer.put(wrapped, x: max(0, (width - DisplayWidth.of(wrapped)) / 2), y: top + index, style: index == 0 ? .bold : .plain)
        }
    }

    private func renderHeader(_ text: String, into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, style: .reverse)
        buffer.put(" " + text, x: area.x, y: area.y, style: Style(bold: true, reverse: true), clip: area)
    }

    private func renderLessonHeader(into buffer: inout ScreenBuffer, area: Rect) {
        guard let lesson = currentLesson, let page = currentPage else { return }
        let pageCount = options.text(text.pageNumber(pageIndex + 1, of: lesson.pages.count))
        // The title is shortened before it reaches the classroom badge or the page counter.
        let badge = classroomBadge.map { DisplayWidth.of($0) + 2 } ?? 0
        let room = area.width - DisplayWidth.of(pageCount) - 3 - badge
        let title = DisplayWidth.truncate(options.text("\(lesson.title) › \(page.title)"), to: max(0, room),
                                          ellipsis: options.glyph("…", ascii: "~"))
        renderHeader(title, into: &buffer, area: area)
        let x = area.maxX - DisplayWidth.of(pageCount) - 1
        buffer.put(pageCount, x: x, y: area.y, style: Style(reverse: true), clip: area)
    }

    /// A status too long for one line (a failed save names a path and the system's reason) is
    /// wrapped over up to `maximumStatusLines` lines instead of being cut at the screen's edge.
    static let maximumStatusLines = 4

    var statusLines: [String] {
        guard let status else { return [] }
        return Array(TextWrap.wrap(options.text(status), width: max(1, width)).prefix(Self.maximumStatusLines))
    }

    var footerHeight: Int { max(1, statusLines.count) }

    private func renderFooter(into buffer: inout ScreenBuffer, area: Rect) {
        if status != nil {
            // A status of several lines takes rows the page was drawn on: blank them first.
            buffer.fill(area, style: .plain)
            for (row, line) in statusLines.enumerated() {
                buffer.put(line, x: area.x, y: area.y + row, style: options.apply(Style(foreground: .yellow, bold: true)), clip: area)
            }
            return
        }
        var hints: [FooterHint]
        switch (screen, overlay) {
        case (_, .help?): hints = Keymap.helpOverlayHints
        case (_, .confirmQuit?): hints = Keymap.confirmQuitHints
        case (_, .createExercises?): hints = Keymap.createExercisesHints
        case (_, .glossary?): hints = Keymap.glossaryHints
        case (.overview, nil): hints = (resumeTarget != nil ? [Keymap.continueHint] : []) + Keymap.overviewHints
        case (.lesson, nil):
            if numericInput != nil {
                hints = Keymap.typingHints
            } else if knobInput != nil {
                hints = Keymap.knobTypingHints
            } else if isRunning {
                hints = Keymap.runningHints + (hasPreviousRun ? [Keymap.previousHint] : [])
            } else if focus == .knobs {
                let typable = focusedKnob.map { if case .number = $0.kind { true } else if case .integer = $0.kind { true } else { false } } ?? false
                hints = Keymap.knobHints(presets: presets.count, typable: typable)
            } else {
                // Digits answer a checkpoint the student can see: none in the lab view (Tab brings one back).
                let checkpoints = pageView == .lab && answerTarget() == nil ? [] : currentPage?.checkpoints ?? []
                let numeric = answerTarget().map { if case .numeric = $0.checkpoint.answer { true } else { false } } ?? false
                hints = Keymap.lessonHints(canRun: settings != nil, checkpoints: checkpoints.count, numeric: numeric,
                                           presets: presets.count, lastPage: pageIndex == (currentLesson?.pages.count ?? 0) - 1,
                                           tabTo: nextFocus(by: 1), canCompare: hasPreviousRun,
                                           canEdit: currentExercise != nil, collectsAnswers: collectsAnswers,
                                           view: pageView)
            }
        }
        let keys = Keymap.footer(hints, language: course.language, width: area.width) { DisplayWidth.of(options.text($0)) }
        buffer.put(options.text(keys), x: area.x, y: area.y, style: .dim, clip: area)
    }

    // MARK: Overview

    private func renderOverview(into buffer: inout ScreenBuffer, area: Rect) {
        var y = area.y
        for line in TextWrap.wrap(options.text(text.chooseLesson), width: area.width) {
            buffer.put(line, x: area.x, y: y, clip: area)
            y += 1
        }
        if let target = resumeTarget, let lesson = entries[target.entryIndex].lesson {
            let page = lesson.pages[target.pageIndex]
            let hint = text.resume(lesson.title, page.title)
            y += 1
            buffer.put(DisplayWidth.truncate(options.text(hint), to: area.width), x: area.x, y: y,
                       style: options.apply(Style(foreground: .cyan, bold: true)), clip: area)
            y += 1
        }
        y += 1
        for (index, entry) in entries.enumerated() where y < area.maxY {
            let selected = index == lessonIndex
            let marker = selected ? options.glyph("▶ ", ascii: "> ") : "  "
            let number = "\(index + 1). "
            var style: Style = selected ? Style(reverse: true) : .plain
            if entry.isBroken { style = options.apply(style.with(foreground: .red)) }
            var text = marker + number + options.text(entry.title)
            if let error = entry.error {
                text += options.text(self.text.broken + error.message)
            } else if let lesson = entry.lesson {
                let done = progress.completedCount(of: lesson)
                let mark = progress.isDone(lesson) ? options.glyph(" ✓", ascii: self.text.lessonDoneASCII) : ""
                text += "  " + options.text(self.text.pagesDone(done, of: lesson.pages.count)) + mark
                let exercises = lesson.exerciseIDs.count
                if exercises > 0 {
                    text += " " + options.text(self.text.exercisesDone(progress.passedExerciseCount(of: lesson), of: exercises))
                }
            }
            buffer.put(DisplayWidth.truncate(text, to: area.width, ellipsis: options.glyph("…", ascii: "~")),
                       x: area.x, y: y, style: style, clip: area)
            y += 1
        }
        if entries.isEmpty {
            buffer.put(options.text(text.noLessons), x: area.x, y: y, style: .bold, clip: area)
        }
        // The highlighted lesson's checkpoints not yet answered right, once the student has started it.
        if let lesson = currentEntry?.lesson, progress.isStarted(lesson), y + 1 < area.maxY {
            let open = progress.openCheckpoints(of: lesson)
            guard !open.isEmpty else { return }
            let names = open.map { entry in
                let onPage = entry.page.checkpoints
                let number = onPage.count > 1 ? (onPage.firstIndex { $0.id == entry.checkpoint.id } ?? 0) + 1 : nil
                return text.checkpointOnPage(entry.page.title, number: number)
            }
            for line in TextWrap.wrap(options.text(text.openCheckpoints(lesson.title, names)), width: area.width).prefix(area.maxY - y - 1) {
                y += 1
                buffer.put(line, x: area.x, y: y, style: .dim, clip: area)
            }
        }
    }

    // MARK: Lesson

    private func renderLesson(into buffer: inout ScreenBuffer, area: Rect) {
        guard currentPage != nil, let layout = lessonLayout() else { return }
        buffer.graphics { buffer in
            for divider in layout.dividers {
                switch divider {
                case .vertical(let x):
                    for row in area.y..<area.maxY {
                        buffer.put(options.glyph("│", ascii: "|"), x: x, y: row, style: .dim)
                    }
                case .horizontal(let y):
                    buffer.put(String(repeating: options.glyph("─", ascii: "-"), count: area.width), x: area.x, y: y, style: .dim)
                }
            }
        }
        if let textArea = layout.text {
            renderPageText(into: &buffer, area: textArea)
        }
        if let strip = layout.strip {
            renderStrip(into: &buffer, area: strip)
        }
        if let instruction = layout.instruction {
            renderInstruction(into: &buffer, area: instruction)
        }
        if let exerciseArea = layout.exercise, let section = exerciseSection() {
            buffer.put(section.stripLine(width: exerciseArea.width, options: options), x: exerciseArea.x, y: exerciseArea.y, clip: exerciseArea)
        }
        if var panelArea = layout.panel {
            if pageView != .lab, var section = exerciseSection() {
                section.compact = currentPage?.experiment != nil
                // Alone, the exercise has the panel; under an experiment, the rows it needs (at most half).
                let rows = currentPage?.experiment == nil ? panelArea.height
                    : min(section.lines(width: panelArea.width, options: options).count + 1, panelArea.height / 2)
                let (top, bottom) = panelArea.splitBottom(rows)
                section.render(in: currentPage?.experiment == nil ? bottom : bottom.splitTop(1).1, buffer: &buffer, options: options)
                panelArea = top
            }
            if currentPage?.experiment != nil, !panelArea.isEmpty {
                if pageView == .lab {
                    renderLab(into: &buffer, area: panelArea)
                } else {
                    renderExperimentPanel(into: &buffer, area: panelArea)
                }
            }
        }
    }

    /// "↑" and "↓" in the column just right of `area` (kept free for them), where more is above or below.
    private func renderScrollMarkers(into buffer: inout ScreenBuffer, area: Rect, scroll: Int, maxScroll: Int) {
        guard maxScroll > 0, area.height > 0 else { return }
        if scroll > 0 {
            buffer.put(options.glyph("↑", ascii: "^"), x: area.maxX, y: area.y, style: .bold)
        }
        if scroll < maxScroll {
            buffer.put(options.glyph("↓", ascii: "v"), x: area.maxX, y: area.maxY - 1, style: .bold)
        }
    }

    private func renderPageText(into buffer: inout ScreenBuffer, area: Rect) {
        guard let text = pageTextLayout() else { return }
        let scroll = effectiveTextScroll(text)
        for (row, line) in text.lines.dropFirst(scroll).prefix(area.height).enumerated() {
            buffer.put(line, x: area.x, y: area.y + row, clip: area)
        }
        renderScrollMarkers(into: &buffer, area: area, scroll: scroll, maxScroll: text.maxScroll)
    }

    /// The text view's one line about the experiment: its name, its state and the key to use.
    private func renderStrip(into buffer: inout ScreenBuffer, area: Rect) {
        guard let experiment = currentExperiment else { return }
        let title = options.text(experiment.title[text.language])
        // The state's glyph, chosen here so that ASCII gets no "v" (the view key) for a check mark.
        let line: String
        if let live {
            if live.isFinished {
                line = options.glyph("✓ ", ascii: "* ") + text.stripDone(title)
            } else if live.cancelled {
                line = options.glyph("■ ", ascii: "x ") + text.stripCancelled(title)
            } else {
                line = options.glyph("▶ ", ascii: "> ") + text.stripRunning(title)
            }
        } else {
            line = options.glyph("▶ ", ascii: "> ") + text.stripBeforeRun(title)
        }
        let shown = DisplayWidth.truncate(options.text(line), to: area.width, ellipsis: options.glyph("…", ascii: "~"))
        buffer.put(shown, x: area.x, y: area.y, style: options.apply(Style(foreground: .cyan, bold: true)), clip: area)
    }

    /// The lab view's reminder of what the page asks the student to do.
    private func renderInstruction(into buffer: inout ScreenBuffer, area: Rect) {
        let lines = instructionLines(width: area.width)
        for (row, line) in lines.prefix(area.height).enumerated() {
            var shown = line
            if row == area.height - 1, lines.count > area.height {
                // The last row that fits ends in an ellipsis so the cut is visible.
                let ellipsis = options.glyph("…", ascii: "~")
                var width = 0
                shown = []
                for span in line {
                    let room = area.width - DisplayWidth.of(ellipsis) - width
                    guard room > 0 else { break }
                    let text = DisplayWidth.truncate(span.text, to: room, ellipsis: "")
                    shown.append(Span(text, style: span.style))
                    width += DisplayWidth.of(text)
                }
                shown.append(Span(ellipsis, style: .dim))
            }
            buffer.put(shown, x: area.x, y: area.y + row, clip: area)
        }
    }

    /// The knobs as wrapped lines, or as a panel of one knob a row while the student adjusts them;
    /// under them the presets the text asks for.
    private func renderKnobs(into buffer: inout ScreenBuffer, area: Rect, presetArea: Rect, settings: KnobSettings) {
        if focus == .knobs {
            KnobPanel(settings: settings, selected: knobIndex, typing: knobInput, text: text)
                .render(in: area, buffer: &buffer, options: options)
        } else {
            KnobLine(settings: settings).render(in: area, buffer: &buffer, options: options)
        }
        PresetLine(presets: presets, text: text).render(in: presetArea, buffer: &buffer, options: options)
    }

    private var runState: String {
        guard let live else { return "" }
        if live.isFinished { return text.runDone }
        if live.cancelled { return text.runCancelled }
        return text.running
    }

    private func renderExperimentPanel(into buffer: inout ScreenBuffer, area: Rect) {
        guard let experiment = currentExperiment, let settings else {
            buffer.put(options.text(status ?? text.experimentUnavailable), x: area.x, y: area.y, style: .bold, clip: area)
            return
        }
        let rows = knobRows(settings: settings, width: area.width, height: area.height)
        let (knobArea, belowKnobs) = area.splitTop(rows.knobs)
        let (presetArea, panelArea) = belowKnobs.splitTop(rows.presets)
        renderKnobs(into: &buffer, area: knobArea, presetArea: presetArea, settings: settings)
        if let live {
            ExperimentPanel(title: options.text(experiment.title[text.language]), frame: shownFrame ?? live.frame,
                            status: options.text(runState), text: text, runs: runsTable)
                .render(in: panelArea, buffer: &buffer, options: options)
        } else {
            renderBeforeRun(experiment, into: &buffer, area: panelArea)
        }
    }

    private func renderBeforeRun(_ experiment: any Experiment, into buffer: inout ScreenBuffer, area: Rect) {
        let lines = [experiment.title[text.language], experiment.summary[text.language], "", text.pressRun]
        var y = area.y
        for (index, line) in lines.enumerated() {
            for wrapped in TextWrap.wrap(options.text(line), width: area.width) where y < area.maxY {
                buffer.put(wrapped, x: area.x, y: y, style: index == 0 ? .bold : .plain, clip: area)
                y += 1
            }
        }
    }

    /// The page's exercise section, when the page asks for one.
    func exerciseSection() -> ExerciseSection? {
        guard let embed = currentPage?.exercise, let request = currentExercise else { return nil }
        return ExerciseSection(embed: embed, summary: catalog.exercise(id: embed.exerciseID)?.summary, request: request,
                               report: exerciseReports[embed.exerciseID], checking: checkingExercise == embed.exerciseID, text: text)
    }

    /// The lab view: the knobs, then the whole run drawn once at full height and shown through a
    /// viewport that scrolls.
    private func renderLab(into buffer: inout ScreenBuffer, area: Rect) {
        guard let experiment = currentExperiment, let settings, let lab = labLayout() else {
            buffer.put(options.text(status ?? text.experimentUnavailable), x: area.x, y: area.y, style: .bold, clip: area)
            return
        }
        renderKnobs(into: &buffer, area: lab.knobs, presetArea: lab.presets, settings: settings)
        guard let live else {
            renderBeforeRun(experiment, into: &buffer, area: lab.viewport)
            return
        }
        var content = ScreenBuffer(width: lab.viewport.width, height: lab.contentHeight)
        if buffer.isTrackingOverlaps { content.trackOverlaps() }
        ExperimentPanel(title: options.text(experiment.title[text.language]), frame: shownFrame ?? live.frame,
                        status: options.text(runState), text: text, runs: runsTable)
            .renderFull(in: content.area, viewport: lab.viewport.height, buffer: &content, options: options)
        let scroll = effectiveLabScroll(lab)
        buffer.blit(content, x: lab.viewport.x, y: lab.viewport.y, rows: scroll..<(scroll + lab.viewport.height))
        // The markers one column right of the viewport, clear of a table's last digit.
        let markerArea = Rect(x: lab.viewport.x, y: lab.viewport.y, width: lab.viewport.width + 1, height: lab.viewport.height)
        renderScrollMarkers(into: &buffer, area: markerArea, scroll: scroll, maxScroll: lab.maxScroll)
    }

    // MARK: Overlays

    private func renderOverlay(_ overlay: Overlay, into buffer: inout ScreenBuffer) {
        let lines: [String]
        switch overlay {
        case .help:
            lines = Keymap.helpLines(language: course.language)
        case .confirmQuit:
            lines = text.confirmQuitLines
        case .createExercises(let request):
            lines = text.createExercisesLines(request)
        case .glossary(let browser):
            renderGlossary(browser, into: &buffer)
            return
        }
        let shown = lines.map(options.text)
        let boxWidth = min(width - 4, (shown.map { DisplayWidth.of($0) }.max() ?? 0) + 4)
        let boxHeight = min(height - 2, shown.count + 2)
        let box = Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        buffer.beginLayer()
        Border(title: nil).render(in: box, buffer: &buffer, options: options)
        for (index, line) in shown.prefix(boxHeight - 2).enumerated() {
            buffer.put(line, x: box.x + 2, y: box.y + 1 + index, style: index == 0 ? .bold : .plain,
                       clip: box.inset(by: 1))
        }
    }
}
