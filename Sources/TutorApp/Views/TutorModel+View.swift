import Course
import Experiments
import TextCharts

extension TutorModel {
    /// The screen as it should look now.
    public func view() -> ScreenBuffer {
        var buffer = ScreenBuffer(width: width, height: height)
        if isTooSmall {
            renderTooSmall(into: &buffer)
            return buffer
        }
        let (header, rest) = buffer.area.splitTop(1)
        let (body, footer) = rest.splitBottom(1)
        switch screen {
        case .overview:
            renderHeader(options.text("dltutor — " + (course.language == .zh ? "深度学习实践课程" : "the practical side of deep learning")), into: &buffer, area: header)
            renderOverview(into: &buffer, area: body.inset(by: 1))
        case .lesson:
            renderLessonHeader(into: &buffer, area: header)
            renderLesson(into: &buffer, area: body)
        }
        renderFooter(into: &buffer, area: footer)
        if let overlay {
            renderOverlay(overlay, into: &buffer)
        }
        return buffer
    }

    // MARK: Frame

    private func renderTooSmall(into buffer: inout ScreenBuffer) {
        let lines = [
            "dltutor needs a terminal of at least \(Self.minimumSize.width)×\(Self.minimumSize.height).",
            "This one is \(width)×\(height): please enlarge the window.",
            "(q quits)",
        ].map(options.text)
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
        let pageCount = options.text(course.language == .zh ? "第 \(pageIndex + 1)/\(lesson.pages.count) 页" : "page \(pageIndex + 1)/\(lesson.pages.count)")
        renderHeader(options.text("\(lesson.title) › \(page.title)"), into: &buffer, area: area)
        let x = area.maxX - DisplayWidth.of(pageCount) - 1
        buffer.put(pageCount, x: x, y: area.y, style: Style(reverse: true), clip: area)
    }

    private func renderFooter(into buffer: inout ScreenBuffer, area: Rect) {
        if let status {
            buffer.put(options.text(status), x: area.x, y: area.y, style: options.apply(Style(foreground: .yellow, bold: true)), clip: area)
            return
        }
        let keys: String
        switch (screen, overlay) {
        case (_, .help?): keys = "Esc close help"
        case (_, .confirmQuit?): keys = "y quit and stop the run   n keep going"
        case (.overview, nil): keys = (resumeTarget != nil ? "c continue   " : "") + "↑↓ choose   Enter open   ? help   q quit"
        case (.lesson, nil):
            if isRunning {
                keys = "Esc cancel run   n/p page   ? help   q back"
            } else if numericInput != nil {
                keys = "0-9 . - e  type   Backspace erase   Enter answer   Esc stop"
            } else if focus == .knobs {
                keys = "↑↓ knob   ←→ −/+ change   r run   Tab text   Esc done"
            } else {
                let run = settings != nil ? "r run   Tab knobs   " : ""
                keys = "n/p page   ↑↓ scroll   \(run)1-9 answer   ? help   q back"
            }
        }
        buffer.put(options.text(keys), x: area.x, y: area.y, style: .dim, clip: area)
    }

    // MARK: Overview

    private func renderOverview(into buffer: inout ScreenBuffer, area: Rect) {
        var y = area.y
        let intro = course.language == .zh
            ? "选择一课，按 Enter 打开。每一页都配有一个可以实时运行的实验。"
            : "Choose a lesson and press Enter. Every page comes with a live experiment you can run."
        for line in TextWrap.wrap(options.text(intro), width: area.width) {
            buffer.put(line, x: area.x, y: y, clip: area)
            y += 1
        }
        if let target = resumeTarget, let lesson = entries[target.entryIndex].lesson {
            let page = lesson.pages[target.pageIndex]
            let hint = course.language == .zh
                ? "按 c 从上次离开的地方继续：\(lesson.title) › \(page.title)"
                : "Press c to continue where you left off: \(lesson.title) › \(page.title)"
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
                text += options.text(" — broken: " + error.message)
            } else if let lesson = entry.lesson {
                let done = progress.completedCount(of: lesson)
                let mark = done == lesson.pages.count ? options.glyph(" ✓", ascii: " [done]") : ""
                text += "  " + options.text("(\(done)/\(lesson.pages.count) " + (course.language == .zh ? "页)" : "pages)")) + mark
            }
            buffer.put(DisplayWidth.truncate(text, to: area.width, ellipsis: options.glyph("…", ascii: "~")),
                       x: area.x, y: y, style: style, clip: area)
            y += 1
        }
        if entries.isEmpty {
            buffer.put(options.text("No lessons were found. Run 'dltutor lint' to see why."), x: area.x, y: y, style: .bold, clip: area)
        }
    }

    // MARK: Lesson

    private func renderLesson(into buffer: inout ScreenBuffer, area: Rect) {
        guard let page = currentPage else { return }
        let hasExperiment = page.experiment != nil
        var textArea = area
        var panelArea: Rect?
        if hasExperiment {
            if area.width >= 120 {
                let textWidth = max(40, area.width * 2 / 5)
                let (left, right) = area.splitLeft(textWidth)
                textArea = Rect(x: left.x + 1, y: left.y, width: left.width - 2, height: left.height)
                panelArea = Rect(x: right.x + 2, y: right.y, width: right.width - 2, height: right.height)
                for row in right.y..<right.maxY {
                    buffer.put(options.glyph("│", ascii: "|"), x: right.x, y: row, style: .dim)
                }
            } else {
                // Once a run is on screen the chart needs the room; the text scrolls.
                let textRows = live == nil ? max(5, area.height * 2 / 5) : max(3, area.height / 6)
                let (top, bottom) = area.splitTop(textRows)
                textArea = Rect(x: top.x + 1, y: top.y, width: top.width - 2, height: top.height)
                let rule = options.glyph("─", ascii: "-")
                buffer.put(String(repeating: rule, count: bottom.width), x: bottom.x, y: bottom.y, style: .dim)
                panelArea = Rect(x: bottom.x + 1, y: bottom.y + 1, width: bottom.width - 2, height: bottom.height - 1)
            }
        } else {
            textArea = Rect(x: area.x + 1, y: area.y, width: area.width - 2, height: area.height)
        }
        renderPageText(page, into: &buffer, area: textArea)
        if let panelArea {
            renderExperimentPanel(into: &buffer, area: panelArea)
        }
    }

    private func renderPageText(_ page: Page, into buffer: inout ScreenBuffer, area: Rect) {
        var lines = PageText.lines(for: page.blocks, width: area.width, options: options)
        let typingTo = numericInput == nil ? nil : pendingCheckpoint?.id
        for checkpoint in page.checkpoints {
            lines.append([])
            lines += CheckpointView.lines(checkpoint, answer: progress.answer(lesson: currentLesson?.id ?? "", checkpoint: checkpoint.id)?.answer,
                                          typing: typingTo == checkpoint.id ? numericInput : nil,
                                          language: course.language, width: area.width, options: options)
        }
        let maxScroll = max(0, lines.count - area.height)
        let scroll = min(textScroll, maxScroll)
        for (row, line) in lines.dropFirst(scroll).prefix(area.height).enumerated() {
            buffer.put(line, x: area.x, y: area.y + row, clip: area)
        }
        if maxScroll > 0 {
            let more = scroll < maxScroll ? options.glyph("↓ more", ascii: "v more") : options.glyph("↑ top: g", ascii: "^ top: g")
            buffer.put(more, x: area.maxX - DisplayWidth.of(more), y: area.maxY - 1, style: .dim)
        }
    }

    private func renderExperimentPanel(into buffer: inout ScreenBuffer, area: Rect) {
        guard let experiment = currentExperiment, let settings else {
            buffer.put(options.text(status ?? "This page's experiment is not available."), x: area.x, y: area.y, style: .bold, clip: area)
            return
        }
        let (knobRow, rest) = area.splitTop(1)
        KnobLine(settings: settings, selected: focus == .knobs ? knobIndex : nil)
            .render(in: knobRow, buffer: &buffer, options: options)
        let panelArea = rest
        if let live {
            let state: String
            if live.isFinished {
                state = course.language == .zh ? "完成" : "done"
            } else if live.cancelled {
                state = course.language == .zh ? "已取消" : "cancelled"
            } else {
                state = course.language == .zh ? "运行中" : "running"
            }
            ExperimentPanel(title: options.text(experiment.title), frame: live.frame, status: options.text(state))
                .render(in: panelArea, buffer: &buffer, options: options)
        } else {
            let lines = [
                experiment.title,
                experiment.summary,
                "",
                course.language == .zh ? "按 r 或 Enter 运行实验；Tab 调节参数。" : "Press r or Enter to run it; Tab to adjust its knobs.",
            ]
            var y = panelArea.y
            for (index, line) in lines.enumerated() {
                for wrapped in TextWrap.wrap(options.text(line), width: panelArea.width) where y < panelArea.maxY {
                    buffer.put(wrapped, x: panelArea.x, y: y, style: index == 0 ? .bold : .plain, clip: panelArea)
                    y += 1
                }
            }
        }
    }

    // MARK: Overlays

    private func renderOverlay(_ overlay: Overlay, into buffer: inout ScreenBuffer) {
        let lines: [String]
        switch overlay {
        case .help:
            lines = [
                "Keys",
                "",
                "↑ ↓  j k      move / scroll / choose a knob",
                "Enter         open a lesson; run the page's experiment",
                "n p  PgDn PgUp  next / previous page   (← → too)",
                "Tab           move focus between the text and the knobs",
                "← →  - +      change the focused knob",
                "r             run again with the current knobs",
                "Esc           cancel a run; close this help",
                "g G           top / bottom of the page",
                "1-9           answer a checkpoint question",
                "?             this help",
                "q             back to the lesson list; quit",
            ]
        case .confirmQuit:
            lines = ["A run is in progress.", "", "Stop it and quit?  y / n"]
        }
        let shown = lines.map(options.text)
        let boxWidth = min(width - 4, (shown.map { DisplayWidth.of($0) }.max() ?? 0) + 4)
        let boxHeight = min(height - 2, shown.count + 2)
        let box = Rect(x: (width - boxWidth) / 2, y: (height - boxHeight) / 2, width: boxWidth, height: boxHeight)
        Border(title: nil).render(in: box, buffer: &buffer, options: options)
        for (index, line) in shown.prefix(boxHeight - 2).enumerated() {
            buffer.put(line, x: box.x + 2, y: box.y + 1 + index, style: index == 0 ? .bold : .plain,
                       clip: box.inset(by: 1))
        }
    }
}
